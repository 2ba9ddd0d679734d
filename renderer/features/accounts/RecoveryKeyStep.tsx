// Shown once, after the administrator chose a passphrase: the recovery key, a printable sheet,
// and plain words on what losing both means. Nothing is stored until the officer says it is kept.
import { Alert, Button, Checkbox, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSubmit } from '../../ui/useCheckedSubmit';
import { formatDate } from '../../ui/format';
import './recoverySheet.css';

interface Props {
  recoveryText: string;
  deskName: string;
  municipality: string;
  /** Stores the accounts and signs in. */
  onContinue: () => Promise<void>;
}

export function RecoveryKeyStep({ recoveryText, deskName, municipality, onContinue }: Props) {
  const { t, i18n } = useTranslation('accounts');
  const [kept, setKept] = useState(false);
  const { checked, busy, formProps } = useCheckedSubmit(() => kept, onContinue);

  return (
    <form {...formProps}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('recovery.title')}
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('recovery.warning')}
        </Alert>
        <Text>{t('recovery.explain')}</Text>
        <Stack gap={4}>
          <Text fw={600} id="recovery-key-label">
            {t('recovery.keyLabel')}
          </Text>
          <Code
            block
            aria-labelledby="recovery-key-label"
            data-testid="recovery-key"
            dir="ltr"
            fz="xl"
            ta="center"
          >
            {recoveryText}
          </Code>
        </Stack>
        <Group>
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden />}
            onClick={() => window.print()}
          >
            {t('recovery.print')}
          </Button>
        </Group>
        <Checkbox
          label={t('recovery.kept')}
          checked={kept}
          onChange={(event) => setKept(event.currentTarget.checked)}
          error={checked && !kept && t('recovery.keptRequired')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('recovery.continue')}
          </Button>
        </Group>
      </Stack>
      <section className="recovery-sheet" aria-hidden>
        <h1>{t('recovery.sheetTitle')}</h1>
        <p>{t('recovery.sheetDesk', { desk: deskName, municipality })}</p>
        <p>{t('recovery.sheetDate', { date: formatDate(i18n.language, new Date(), 'long') })}</p>
        <p className="recovery-sheet-key">{recoveryText}</p>
        <p>{t('recovery.warning')}</p>
        <p>{t('recovery.sheetUse')}</p>
        <p>{t('recovery.sheetKeep')}</p>
      </section>
    </form>
  );
}
