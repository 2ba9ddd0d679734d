// One audit entry in words, for a row of the viewer and a line of its CSV: when (local time),
// who, what was done, to what record, and which fields (their labels, never their values).
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordKey } from '../../../../domain/audit/auditFilter';
import type { AuditEntry } from '../../../../domain/records/internal';
import type { caseEventTypeSchema } from '../../../../domain/records';

type CaseEventType = z.infer<typeof caseEventTypeSchema>;
import { formatDateTime, formatList, formatNumber } from '../../../ui/format';
import type { RecordLabel } from './recordLabels';

/** Fields the write path keeps for itself: no officer ever typed them. */
const INTERNAL_FIELDS = new Set(['searchTokens', 'sample']);

export interface EntryText {
  when: string;
  who: string;
  action: string;
  record: string;
  href?: string;
  fields: string;
}

/** The describer for a set of labels and staff names (also used a page at a time by the export). */
export function entryDescriber(
  t: TFunction<'audit'>,
  lng: string,
  labels: ReadonlyMap<string, RecordLabel>,
  staff: ReadonlyMap<string, string>,
) {
  const recordOf = (e: AuditEntry): { record: string; href?: string } => {
    const table = t(`tables.${e.table}`, { defaultValue: e.table });
    if (e.action === 'backup' || e.action === 'restore') {
      return { record: t('record.wholeDatabase') };
    }
    if (e.action === 'export') {
      const rows = e.detail?.rows ?? e.recordIds?.length ?? 1;
      return { record: t('record.exported', { table, rows: formatNumber(lng, rows) }) };
    }
    if (e.recordIds && e.action !== 'print') {
      return { record: t('record.batch', { table, count: e.recordIds.length }) };
    }
    const label = labels.get(recordKey(e.table, e.recordId));
    const type = label?.eventType
      ? ` · ${t(`eventTypes.${label.eventType as CaseEventType}`)}`
      : '';
    const what = label?.name ? `${label.name}${type}` : undefined;
    if (e.action === 'print' && e.printed) {
      const doc = t(`printed.${e.printed}`);
      return { record: what ? `${doc}: ${what}` : doc, href: label?.href };
    }
    if (!label) return { record: t('record.gone', { table }) };
    return { record: what ? `${table}: ${what}` : table, href: label.href };
  };
  return (e: AuditEntry): EntryText => ({
    when: formatDateTime(lng, e.at),
    who: staff.get(e.actor) ?? e.actor,
    action: t(`actions.${e.action}`, { defaultValue: e.action }),
    ...recordOf(e),
    fields: formatList(
      lng,
      e.fields
        .filter((f) => !INTERNAL_FIELDS.has(f))
        .map((f) => t(`fields.${f}`, { defaultValue: f })),
    ),
  });
}

export function useDescribeEntry(
  labels: ReadonlyMap<string, RecordLabel>,
  staff: ReadonlyMap<string, string>,
) {
  const { t, i18n } = useTranslation('audit');
  const lng = i18n.language;
  return useMemo(() => entryDescriber(t, lng, labels, staff), [t, lng, labels, staff]);
}
