// Step 4: what the import will do, before anything is written: how many rows are ready and
// refused, how many cases and people it will create and who is already recorded (worked out in
// a read-only pass), the first rows as Tulay will store them, and every refused row with its
// reason. Then the import itself: one transaction, a progress bar, and a cancel that leaves the
// database as it was.
import { Alert, Badge, Button, Group, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookEntry, LogbookRow } from '../../../../domain/cases/logbook/checkLogbook';
import { countryName, formatDate, formatNumber } from '../../../ui/format';
import { useErrorText } from '../../../ui/useErrorText';
import { usePresetLabel } from '../../settings';
import { isTulayReference } from './logbookReferences';
import type { RefusedRow } from './logbookRepository';
import { StepButtons } from './StepButtons';
import type { LogbookImport } from './useLogbookImport';
import { reasonsText, useReasonText, type Reason } from './useReasonText';

const FIRST_ROWS = 10;
/** Refused rows listed on the page; the file of refused rows holds them all. */
const LISTED = 2000;

function StoredRows({ rows }: { rows: (LogbookRow & { entry: LogbookEntry })[] }) {
  const { t, i18n } = useTranslation('logbook');
  const label = usePresetLabel();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        verticalSpacing={2}
        fz="sm"
        striped
        captionSide="top"
        data-testid="logbook-stored-rows"
      >
        <Table.Caption ta="start" fw={600} c="var(--mantine-color-text)">
          {t('preview.firstRows')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('preview.line')}</Table.Th>
            <Table.Th>{t('preview.reference')}</Table.Th>
            <Table.Th>{t('preview.date')}</Table.Th>
            <Table.Th>{t('preview.name')}</Table.Th>
            <Table.Th>{t('fields.country')}</Table.Th>
            <Table.Th>{t('fields.category')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>{t('fields.relationship')}</Table.Th>
            <Table.Th>{t('fields.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ line, entry }) => {
            const kept = entry.reference && isTulayReference(entry.reference);
            const description =
              entry.reference && !kept
                ? `Ref. ${entry.reference} — ${entry.description}`
                : entry.description;
            return (
              <Table.Tr key={line}>
                <Table.Td className="ltr-inline">{line}</Table.Td>
                <Table.Td>
                  {kept ? (
                    <span className="ltr-inline">{entry.reference}</span>
                  ) : (
                    <Text span size="xs" c="dimmed">
                      {t('preview.newReference')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(i18n.language, entry.openedDate)}</Table.Td>
                <Table.Td>
                  <bdi>{`${entry.person.givenName} ${entry.person.familyName}`}</bdi>
                </Table.Td>
                <Table.Td>
                  {entry.country ? countryName(i18n.language, entry.country) : ''}
                </Table.Td>
                <Table.Td>{label('categories', entry.category)}</Table.Td>
                <Table.Td>{label('statuses', entry.status)}</Table.Td>
                <Table.Td>{label('clientRoles', entry.clientRole)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} maw={260}>
                    <bdi>{description}</bdi>
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RefusedRows({ rows }: { rows: readonly RefusedRow[] }) {
  const { t, i18n } = useTranslation('logbook');
  const describe = useReasonText();
  return (
    <>
      <Table.ScrollContainer minWidth={520} mah={360}>
        <Table verticalSpacing={2} fz="sm" captionSide="top" data-testid="logbook-refused-rows">
          <Table.Caption ta="start" fw={600} c="var(--mantine-color-text)">
            {t('preview.refusedRows')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('preview.line')}</Table.Th>
              <Table.Th>{t('preview.name')}</Table.Th>
              <Table.Th>{t('summary.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, LISTED).map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td className="ltr-inline">{row.line}</Table.Td>
                <Table.Td>
                  <bdi>{row.name}</bdi>
                </Table.Td>
                <Table.Td c="red.9">{reasonsText(describe, row.reasons as Reason[])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > LISTED && (
        <Text size="sm" c="dimmed">
          {t('preview.refusedListed', {
            listed: formatNumber(i18n.language, LISTED),
            number: formatNumber(i18n.language, rows.length),
          })}
        </Text>
      )}
    </>
  );
}

export function LogbookPreviewStep({
  flow,
  onBack,
  onImport,
}: {
  flow: LogbookImport;
  onBack: () => void;
  onImport: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('logbook');
  const describeError = useErrorText();
  const n = (value: number) => formatNumber(i18n.language, value);
  const { checked, plan, progress, cancelled } = flow;
  const busy = progress !== null;
  const importButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The focused Import button turns busy: the keyboard goes to Cancel, and back after a cancel.
  useEffect(() => {
    if (busy) cancelButton.current?.focus();
    else if (cancelled) importButton.current?.focus();
  }, [busy, cancelled]);
  if (!checked) return null;
  const valid = checked.rows.filter((r): r is LogbookRow & { entry: LogbookEntry } => !!r.entry);
  const refused: RefusedRow[] =
    plan?.refused ??
    checked.rows
      .filter((row) => !row.entry)
      .map((row) => ({ line: row.line, name: row.name, cells: row.cells, reasons: row.problems }));
  const percent =
    progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light">{t('preview.rows', { number: n(checked.rows.length) })}</Badge>
        <Badge color="teal" variant="light" data-testid="logbook-ready">
          {t('preview.valid', { number: n(plan ? plan.casesCreated : valid.length) })}
        </Badge>
        {refused.length > 0 && (
          <Badge color="red" variant="light" data-testid="logbook-refused-count">
            {t('preview.refused', { number: n(refused.length) })}
          </Badge>
        )}
      </Group>
      {flow.planError ? (
        <Alert color="red" role="alert">
          {t('preview.planFailed', { reason: describeError(flow.planError) })}
        </Alert>
      ) : plan ? (
        <Text size="sm" data-testid="logbook-plan">
          {t('preview.plan', {
            cases: n(plan.casesCreated),
            people: n(plan.peopleCreated),
            matched: n(plan.peopleMatched),
          })}
        </Text>
      ) : (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('preview.planning')}</Text>
        </Group>
      )}
      {plan && plan.casesCreated === 0 && (
        <Alert color="orange" role="status" data-testid="logbook-nothing">
          {t('preview.noRows')}
        </Alert>
      )}
      {valid.length > 0 && <StoredRows rows={valid.slice(0, FIRST_ROWS)} />}
      {refused.length > 0 && <RefusedRows rows={refused} />}
      {busy && (
        <Stack gap={4}>
          <Progress
            value={percent}
            size="lg"
            animated
            aria-label={t('preview.progressLabel')}
            data-testid="logbook-progress"
          />
          <Text size="sm" role="status" aria-live="polite">
            {progress.total > 0
              ? t('preview.importing', { done: n(progress.done), total: n(progress.total) })
              : t('preview.preparing')}
          </Text>
        </Stack>
      )}
      {cancelled && !busy && (
        <Alert color="gray" role="status" data-testid="logbook-cancelled">
          {t('preview.cancelled')}
        </Alert>
      )}
      <StepButtons onBack={busy ? undefined : onBack}>
        <Button
          ref={importButton}
          leftSection={<IconFileImport size={18} aria-hidden />}
          onClick={() => void onImport()}
          disabled={!plan || plan.casesCreated === 0 || busy}
          loading={busy}
        >
          {t('preview.import', { number: n(plan?.casesCreated ?? valid.length) })}
        </Button>
        {busy && (
          <Button
            variant="default"
            color="red"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={flow.cancel}
            ref={cancelButton}
          >
            {t('preview.cancel')}
          </Button>
        )}
      </StepButtons>
    </Stack>
  );
}
