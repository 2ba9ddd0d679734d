// Step 1: the file. A CSV's encoding is detected and shown, and the officer can read the file in
// another one (the first rows show at once whether "Peña" reads right); a workbook's sheet is
// chosen. A file that is not a logbook is refused with what to do instead.
import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format';
import { StepButtons } from './StepButtons';
import { detectEncoding, ENCODINGS, type Encoding } from './readLogbookFile';
import type { FileProblem, LogbookImport } from './useLogbookImport';

const FIRST_ROWS = 5;

function ProblemAlert({ problem }: { problem: FileProblem }) {
  const { t } = useTranslation('logbook');
  return (
    <Alert color="red" role="alert" data-testid="logbook-file-problem">
      {problem.kind === 'brokenQuotes'
        ? t('fileProblems.brokenQuotes', { line: problem.line })
        : t(`fileProblems.${problem.kind}`)}
    </Alert>
  );
}

function FirstRows({ flow }: { flow: LogbookImport }) {
  const { t } = useTranslation('logbook');
  const rows = flow.table.filter((row) => row.cells.some((c) => c.trim())).slice(0, FIRST_ROWS);
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  return (
    <Table.ScrollContainer minWidth={500}>
      <Table
        verticalSpacing={2}
        fz="xs"
        withTableBorder
        captionSide="top"
        data-testid="logbook-first-rows"
      >
        <Table.Caption ta="start">{t('file.firstRows')}</Table.Caption>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              {Array.from({ length: width }, (_, i) => (
                <Table.Td key={i}>
                  <bdi>{row.cells[i] ?? ''}</bdi>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function LogbookFileStep({
  flow,
  onPick,
  onNext,
}: {
  flow: LogbookImport;
  onPick: () => Promise<void>;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('logbook');
  const { source } = flow;
  const n = (value: number) => formatNumber(i18n.language, value);
  const detected = useMemo(() => (source ? detectEncoding(source.data) : null), [source]);
  const rowCount = flow.table.filter((row) => row.cells.some((c) => c.trim())).length;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('file.accepted')}</Text>
      <Group>
        <Button
          variant={source ? 'default' : 'filled'}
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          onClick={() => void onPick()}
        >
          {source ? t('file.chooseAnother') : t('file.choose')}
        </Button>
      </Group>
      {flow.problem && <ProblemAlert problem={flow.problem} />}
      {source && (
        <>
          <Group gap="lg" align="flex-end">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('file.name')}
              </Text>
              <Text fw={600} data-testid="logbook-file-name">
                <bdi>{source.fileName}</bdi>
              </Text>
            </Stack>
            {source.file.kind === 'csv' && detected && (
              <NativeSelect
                label={t('file.encoding')}
                description={t('file.encodingHint', {
                  encoding: t(`file.encodings.${detected}`),
                })}
                value={source.file.encoding}
                onChange={(event) => flow.chooseEncoding(event.currentTarget.value as Encoding)}
                data={ENCODINGS.map((e) => ({ value: e, label: t(`file.encodings.${e}`) }))}
                maw={420}
              />
            )}
            {source.file.kind === 'workbook' && (
              <NativeSelect
                label={t('file.sheet')}
                value={String(source.sheet)}
                onChange={(event) => flow.chooseSheet(Number(event.currentTarget.value))}
                data={source.file.sheets.map((sheet, i) => ({
                  value: String(i),
                  label: t('file.sheetRows', {
                    name: sheet.name,
                    number: n(sheet.rows.filter((r) => r.cells.some((c) => c.trim())).length),
                  }),
                }))}
                maw={420}
              />
            )}
          </Group>
          <Text size="sm" data-testid="logbook-row-count">
            {t('file.rows', { number: n(rowCount) })}
          </Text>
          <FirstRows flow={flow} />
        </>
      )}
      <StepButtons onNext={onNext} nextDisabled={!source || rowCount === 0} />
    </Stack>
  );
}
