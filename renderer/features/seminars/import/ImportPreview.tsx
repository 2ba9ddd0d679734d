// The preview: whether the file is a registration list, how each column is read (the officer
// can change it), every problem (line, column, value, what is wrong), what the valid rows will
// do, and the legal basis for the records, before anything is written. Rows with problems are
// skipped on confirmation.
import { Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnChoice } from '../../../../domain/seminars/csvColumns';
import type { ImportBasis } from '../importRepository';
import { ColumnMapping } from './ColumnMapping';
import { ImportBasisChoice } from './ImportBasisChoice';
import { ListVerdictAlert } from './ListVerdictAlert';
import { PlannedRowsTable, ProblemRowsTable } from './PreviewTables';
import { validRows, type Preview } from './useRegistrationImport';

interface Props {
  preview: Preview;
  onChoose: (column: number, choice: ColumnChoice | null) => void;
  onConfirm: (basis: ImportBasis) => Promise<void>;
  onBack: () => void;
}

/** The file's name takes the focus when the preview opens: reading starts at the top. */
function Counts({ preview }: { preview: Preview }) {
  const { t } = useTranslation('seminars');
  const { rows } = preview.checked;
  const bad = rows.filter((r) => r.problems.length > 0).length;
  const focusOnMount = useCallback((node: HTMLElement | null) => node?.focus(), []);
  return (
    <Group gap="xs">
      <Text fw={600} tabIndex={-1} ref={focusOnMount} data-testid="import-file-name">
        {preview.fileName}
      </Text>
      <Badge variant="light">{t('import.rows', { number: rows.length })}</Badge>
      <Badge color="teal" variant="light">
        {t('import.validRows', { number: validRows(preview.checked).length })}
      </Badge>
      {bad > 0 && (
        <Badge color="red" variant="light">
          {t('import.badRows', { number: bad })}
        </Badge>
      )}
    </Group>
  );
}

function PlanSummary({ preview }: { preview: Preview }) {
  const { t } = useTranslation('seminars');
  const { plan } = preview;
  if (preview.checked.verdict.kind !== 'ok') return null;
  if (!plan) {
    if (validRows(preview.checked).length === 0) return null;
    return <Loader size="sm" role="status" aria-label={t('list.loading')} />;
  }
  return (
    <>
      <Text size="sm" data-testid="import-plan">
        {t('import.plan', {
          registered: t('import.counts.places', { count: plan.registered }),
          waitlisted: t('import.counts.waitlist', { count: plan.waitlisted }),
          newPeople: t('import.counts.newPeople', { count: plan.newPeople }),
          knownPeople: t('import.counts.knownPeople', { count: plan.knownPeople }),
        })}
        {plan.alreadyRegistered > 0
          ? ` ${t('import.planAlready', { number: plan.alreadyRegistered })}`
          : ''}
      </Text>
      <PlannedRowsTable plan={plan} />
    </>
  );
}

export function ImportPreview({ preview, onChoose, onConfirm, onBack }: Props) {
  const { t } = useTranslation('seminars');
  const [busy, setBusy] = useState(false);
  const [basis, setBasis] = useState<ImportBasis | null>(null);
  const [basisMissing, setBasisMissing] = useState(false);
  const firstBasis = useRef<HTMLInputElement>(null);
  const { checked, plan } = preview;
  const bad = checked.rows.filter((r) => r.problems.length > 0);
  const importable = checked.verdict.kind === 'ok' && !!plan && plan.registered + plan.waitlisted;
  const confirm = async () => {
    if (!basis) {
      setBasisMissing(true);
      firstBasis.current?.focus();
      return;
    }
    setBusy(true);
    await onConfirm(basis).finally(() => setBusy(false));
  };
  const pickBasis = (value: ImportBasis) => {
    setBasis(value);
    setBasisMissing(false);
  };
  return (
    <Stack gap="sm" data-testid="import-preview">
      <Counts preview={preview} />
      <ListVerdictAlert checked={checked} />
      <ColumnMapping columns={checked.columns} onChoose={onChoose} />
      {bad.length > 0 && <ProblemRowsTable rows={bad} />}
      <PlanSummary preview={preview} />
      {importable ? (
        <ImportBasisChoice
          value={basis}
          onChange={pickBasis}
          error={basisMissing}
          firstRef={firstBasis}
        />
      ) : null}
      <Group gap="sm">
        <Button
          leftSection={<IconFileImport size={18} aria-hidden />}
          onClick={() => void confirm()}
          disabled={!importable}
          loading={busy}
        >
          {t('import.confirm', {
            count: plan ? plan.registered + plan.waitlisted : validRows(checked).length,
          })}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
