// A conflict's field label and values in the officer's language, with the labels the case,
// person and seminar screens use: a status or category by its preset label, a person by name,
// a country by its name, an urgency or channel by its translated word — never the stored id.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictEntry } from '../../domain/records/internal';
import { usePreset, useStaffList } from '../features/settings';
import { countryName, localeOf } from '../ui/format';
import { formatConflictValue, isLabelled, type ValueLabels } from './conflictText';
import { valueKindOf, type ValueKind } from './conflictValueKinds';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ConflictValueContext {
  table: ConflictEntry['table'];
  field: string;
  /** Names of the records the values point at, by id (useConflictsToReview). */
  names: Record<string, string>;
}

function languageName(lng: string, code: string) {
  try {
    return new Intl.DisplayNames([localeOf(lng)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function useConflictWords() {
  const { t, i18n } = useTranslation('sync');
  const preset = usePreset();
  const staff = useStaffList();
  const lng = i18n.language;
  return useMemo(() => {
    const tr = t as unknown as Translate;
    const words = { empty: t('review.empty'), yes: t('review.yes'), no: t('review.no') };
    const staffNames = new Map(staff.map((s) => [s.id, s.name]));
    const presetLabel = (group: string, id: string) =>
      tr(`${preset.id}.${group}.${id}`, { ns: 'presets', defaultValue: id });
    // A case's details: each key is a preset detail field, labelled as on the case page.
    const detailEntry = (fieldId: string): { name: string; labels: ValueLabels } => {
      const definition = preset.detailFields.find((f) => f.id === fieldId);
      const name = presetLabel('fields', fieldId);
      if (definition?.kind === 'country') {
        return { name, labels: { item: (code) => countryName(lng, code) } };
      }
      if (definition?.kind === 'choice') {
        return { name, labels: { item: (id) => presetLabel(`fieldOptions.${fieldId}`, id) } };
      }
      return { name, labels: {} };
    };
    const labelsOf = (kind: ValueKind | undefined, names: Record<string, string>): ValueLabels => {
      switch (kind?.kind) {
        case undefined:
          return {};
        case 'key':
          return { item: (id) => tr(`${kind.prefix}.${id}`, { ns: kind.ns, defaultValue: id }) };
        case 'preset':
          return { item: (id) => presetLabel(kind.group, id) };
        case 'country':
          return { item: (code) => countryName(lng, code) };
        case 'language':
          return { item: (code) => languageName(lng, code) };
        case 'staff':
          return { item: (id) => staffNames.get(id) || t('review.unknownRecord') };
        case 'details':
          return { entry: detailEntry };
        default:
          return { item: (id) => names[id] || t('review.unknownRecord') };
      }
    };
    return {
      field: (name: string) =>
        isLabelled(name) ? t(`fields.${name}`) : t('review.otherField', { field: name }),
      value: (context: ConflictValueContext, value: unknown) =>
        formatConflictValue(
          lng,
          value,
          words,
          labelsOf(valueKindOf(context.table, context.field), context.names),
        ),
    };
  }, [t, lng, preset, staff]);
}
