// The end of an import: cases and people created, people already recorded that the cases were
// linked to, rows refused — and the refused rows as a CSV (UTF-8 with a byte-order mark, so
// Excel reads "Peña" right) with the reason of each, to fix and import again.
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconList } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { refusedRowsCsv } from '../../../../domain/cases/logbook/refusedRows';
import { localDay } from '../../../../domain/localDay';
import { platform } from '../../../platform';
import { formatNumber } from '../../../ui/format';
import { useErrorText } from '../../../ui/useErrorText';
import type { LogbookSummary } from './logbookRepository';
import type { LogbookImport } from './useLogbookImport';
import { useReasonText } from './useReasonText';

function Figure({ label, testId }: { label: string; testId: string }) {
  return (
    <Text fw={600} data-testid={testId}>
      {label}
    </Text>
  );
}

export function LogbookSummaryStep({
  flow,
  summary,
}: {
  flow: LogbookImport;
  summary: LogbookSummary;
}) {
  const { t, i18n } = useTranslation('logbook');
  const describe = useReasonText();
  const describeError = useErrorText();
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const n = (value: number) => formatNumber(i18n.language, value);

  const download = useCallback(async () => {
    setFailure(null);
    try {
      const data = refusedRowsCsv(
        flow.checked?.header ?? [],
        summary.refused,
        { line: t('summary.line'), reason: t('summary.reason') },
        describe,
      );
      const path = await platform.saveFile({
        suggestedName: `${t('summary.fileName')}-${localDay()}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        data,
      });
      if (path) setSaved(path);
    } catch (error) {
      setFailure(describeError(error));
    }
  }, [flow.checked, summary.refused, t, describe, describeError]);

  return (
    <Stack gap="md">
      <Alert color="teal" role="status" data-testid="logbook-summary">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Figure
            testId="summary-cases"
            label={t('summary.casesCreated', { number: n(summary.casesCreated) })}
          />
          <Figure
            testId="summary-people"
            label={t('summary.peopleCreated', { number: n(summary.peopleCreated) })}
          />
          <Figure
            testId="summary-matched"
            label={t('summary.peopleMatched', { number: n(summary.peopleMatched) })}
          />
          <Figure
            testId="summary-refused"
            label={t('summary.refused', { number: n(summary.refused.length) })}
          />
        </SimpleGrid>
      </Alert>
      <Group gap="sm">
        {summary.refused.length > 0 && (
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            onClick={() => void download()}
          >
            {t('summary.download')}
          </Button>
        )}
        <Button component={Link} to="/cases" leftSection={<IconList size={18} aria-hidden />}>
          {t('summary.openCases')}
        </Button>
        <Button variant="subtle" onClick={flow.restart}>
          {t('summary.another')}
        </Button>
      </Group>
      {saved && (
        <Text size="sm" role="status" data-testid="logbook-saved">
          {t('summary.downloaded', { path: saved })}
        </Text>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
