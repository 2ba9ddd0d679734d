// Who can apply and how: what the officer explains at the counter.
import { SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../domain/records';
import { FormSection } from './FormSection';
import { ListTextarea } from './ListTextarea';
import { useServiceFormField } from './useServiceFormField';

export function ServiceApplySection() {
  const { t } = useTranslation('services');
  const { register, error, control } = useServiceFormField();
  const languageNames = LANGUAGES.map((lng) => t(`languages.${lng}`, { ns: 'common' }));
  return (
    <FormSection title={t('form.applySection')}>
      <Textarea
        {...register('eligibility')}
        dir="auto"
        label={t('form.eligibility')}
        error={error('eligibility')}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ListTextarea
          name="documents"
          dir="auto"
          label={t('form.documents')}
          description={t('form.documentsHint')}
        />
        <ListTextarea
          name="steps"
          dir="auto"
          label={t('form.steps')}
          description={t('form.stepsHint')}
        />
      </SimpleGrid>
      <Textarea
        {...register('howToApply')}
        dir="auto"
        label={t('form.howToApply')}
        error={error('howToApply')}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput {...register('fees')} dir="auto" label={t('form.fees')} error={error('fees')} />
        <TextInput
          {...register('processingTime')}
          dir="auto"
          label={t('form.processingTime')}
          error={error('processingTime')}
        />
        <TextInput
          {...register('contact')}
          dir="auto"
          label={t('form.contact')}
          description={t('form.contactHint')}
          error={error('contact')}
        />
        <Controller
          control={control}
          name="languages"
          render={({ field }) => (
            <TagsInput
              label={t('form.languages')}
              description={t('form.languagesHint')}
              data={languageNames}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      </SimpleGrid>
    </FormSection>
  );
}
