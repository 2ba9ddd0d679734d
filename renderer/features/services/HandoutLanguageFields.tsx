// The handout in one language. Inputs take that language's direction, so Arabic is typed
// right-to-left even on an English screen.
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/records';
import { directionOfLanguage } from '../../ui/directionOfLanguage';
import { ListTextarea } from './ListTextarea';
import { useFillHandoutFromDetails } from './useFillHandoutFromDetails';
import { useServiceFormField } from './useServiceFormField';

export function HandoutLanguageFields({ language }: { language: Language }) {
  const { t } = useTranslation('services');
  const { register, error } = useServiceFormField();
  const fill = useFillHandoutFromDetails(language);
  const path = `content.${language}` as const;
  const input = { lang: language, dir: directionOfLanguage(language) };
  const languageName = t(`languages.${language}`, { ns: 'common' });
  const section = (key: 'summary' | 'eligibility' | 'whereToApply' | 'notes') => (
    <Textarea
      {...register(`${path}.${key}`)}
      {...input}
      label={t(`sheet.sections.${key}`)}
      error={error(`${path}.${key}`)}
      autosize
      minRows={2}
    />
  );
  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconCopy size={14} aria-hidden />}
          onClick={fill}
        >
          {t('handout.fillFromDetails')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('handout.fillFromDetailsHint', { language: languageName })}
        </Text>
      </Group>
      <TextInput
        {...register(`${path}.title`)}
        {...input}
        label={t('handout.title')}
        description={t('handout.titleHint')}
        error={error(`${path}.title`)}
      />
      {section('summary')}
      <ListTextarea
        name={`${path}.keyPoints`}
        {...input}
        label={t('sheet.sections.keyPoints')}
        description={t('handout.keyPointsHint')}
      />
      {section('eligibility')}
      <ListTextarea
        name={`${path}.documents`}
        {...input}
        label={t('sheet.sections.documents')}
        description={t('handout.listHint')}
      />
      <ListTextarea
        name={`${path}.steps`}
        {...input}
        label={t('sheet.sections.steps')}
        description={t('form.stepsHint')}
      />
      {section('whereToApply')}
      {section('notes')}
    </Stack>
  );
}
