// Chooses the language of the client handout and opens its print view. A language without a
// handout is marked and cannot be printed: the client never gets another language instead.
import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../../domain/records';
import { handoutLanguages } from '../../../domain/records/handout';
import { formatList } from '../../ui/format';
import type { Service } from './serviceTypes';

export function handoutPrintPath(id: string, language: Language) {
  return `/print/service/${id}?lang=${language}`;
}

export function HandoutPrintPanel({ service, dirty }: { service: Service; dirty: boolean }) {
  const { t, i18n } = useTranslation('services');
  const written = handoutLanguages(service.content);
  const [language, setLanguage] = useState<Language>(() => {
    const ui = i18n.language as Language;
    return written.includes(ui) ? ui : (written[0] ?? ui);
  });
  const nameOf = (lng: Language) => t(`languages.${lng}`, { ns: 'common' });
  const state = (lng: Language) =>
    written.includes(lng) ? t('handout.written') : t('handout.notWritten');
  const available = written.includes(language);
  const printIcon = <IconPrinter size={16} aria-hidden />;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="handout-print-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="handout-print-title">
          {t('handout.printTitle')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('handout.language')}
            data={LANGUAGES.map((lng) => ({
              value: lng,
              label: t('handout.languageOption', { language: nameOf(lng), state: state(lng) }),
            }))}
            value={language}
            onChange={(next) => next && setLanguage(next)}
            allowDeselect={false}
            w={300}
            comboboxProps={{ withinPortal: true }}
          />
          {available ? (
            <Button
              component={Link}
              to={handoutPrintPath(service.id, language)}
              leftSection={printIcon}
            >
              {t('handout.print')}
            </Button>
          ) : (
            <Button disabled leftSection={printIcon}>
              {t('handout.print')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed" data-testid="handout-languages">
          {written.length > 0
            ? t('handout.availableIn', {
                languages: formatList(i18n.language, written.map(nameOf)),
              })
            : t('handout.noneWritten')}
        </Text>
        {!available && written.length > 0 && (
          <Text size="sm" role="status">
            {t('handout.notAvailable', { language: nameOf(language) })}
          </Text>
        )}
        {dirty && (
          <Alert color="yellow" icon={<IconAlertTriangle size={16} aria-hidden />} p="xs">
            {t('handout.saveFirst')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
