// The preview: every problem (row, column, what is wrong) and what the valid rows will do,
// before anything is written. Rows with problems are skipped on confirmation.
import { Alert, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedList } from '../../../../domain/seminars/registrationCsv';
import type { ImportPlan } from '../importRepository';
import { PlannedRowsTable, ProblemRowsTable } from './PreviewTables';

interface Props {
  fileName: string;
  checked: CheckedList;
  plan: ImportPlan | null;
  valid: number;
  onConfirm: () => Promise<void>;
  onBack: () => void;
}

function FileProblems({ checked }: { checked: CheckedList }) {
  const { t } = useTranslation('seminars');
  const column = (field: string) => t(`import.columnNames.${field as 'givenName'}`);
  return (
    <>
      {checked.missingColumns.length > 0 && (
        <Alert color="red" role="alert" data-testid="missing-columns">
          {t('import.missingColumns', { columns: checked.missingColumns.map(column).join(', ') })}
        </Alert>
      )}
      {checked.unknownColumns.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="unknown-columns"
        >
          {t('import.unknownColumns', { columns: checked.unknownColumns.join(', ') })}
        </Alert>
      )}
    </>
  );
}

export function ImportPreview({ fileName, checked, plan, valid, onConfirm, onBack }: Props) {
  const { t } = useTranslation('seminars');
  const [busy, setBusy] = useState(false);
  const bad = checked.rows.filter((r) => r.problems.length > 0);
  const confirm = async () => {
    setBusy(true);
    await onConfirm().finally(() => setBusy(false));
  };
  return (
    <Stack gap="sm" data-testid="import-preview">
      <Group gap="xs">
        <Text fw={600}>{fileName}</Text>
        <Badge variant="light">{t('import.rows', { number: checked.rows.length })}</Badge>
        <Badge color="teal" variant="light">
          {t('import.validRows', { number: valid })}
        </Badge>
        {bad.length > 0 && (
          <Badge color="red" variant="light">
            {t('import.badRows', { number: bad.length })}
          </Badge>
        )}
      </Group>
      <FileProblems checked={checked} />
      {bad.length > 0 && <ProblemRowsTable rows={bad} />}
      {plan ? (
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
      ) : (
        valid > 0 && <Loader size="sm" role="status" aria-label={t('list.loading')} />
      )}
      <Group gap="sm">
        <Button
          leftSection={<IconFileImport size={18} aria-hidden />}
          onClick={() => void confirm()}
          disabled={!plan || plan.registered + plan.waitlisted === 0}
          loading={busy}
          data-autofocus
        >
          {t('import.confirm', { count: plan ? plan.registered + plan.waitlisted : valid })}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
