// The values a logbook writes in its category, status and relationship columns ("unpaid
// salary", "Repat", "CLOSED", "Nanay") mapped to the preset's ids. A guess comes from the
// preset's labels in every language (passed in: the domain does not read translations), from
// the id itself, and from words logbooks use; what cannot be guessed is left for the officer.
import { readDestination } from '../../seminars/destinations';
import { foldText } from '../../search/normalize';

export type ValueKind = 'category' | 'status' | 'relationship' | 'country';
export const VALUE_KINDS: readonly ValueKind[] = ['category', 'status', 'relationship', 'country'];

/** An option of the preset and its labels in every language. */
export interface ValueOption {
  id: string;
  labels: readonly string[];
}

/** Words written in logbooks that no label holds, by the id they stand for (folded). */
const LOGBOOK_WORDS: Record<string, readonly string[]> = {
  repatriation: ['repat', 'repatriation', 'uwi', 'pauwi', 'repatriacion'],
  welfareCheck: ['welfare', 'whereabouts', 'missing', 'nawawala', 'paradero'],
  contractViolation: ['unpaid', 'salary', 'sahod', 'sweldo', 'wages', 'contract', 'salario'],
  abuse: ['abuse', 'maltreatment', 'maltrato', 'pang aabuso', 'minaltrato'],
  illegalRecruitment: ['illegal recruitment', 'trafficking', 'recruiter', 'trata'],
  detentionAbroad: ['detained', 'jail', 'kulong', 'detencion', 'carcel'],
  deathAndRemains: ['death', 'remains', 'namatay', 'fallecimiento', 'muerte'],
  financialAssistance: ['financial', 'aksyon fund', 'ayuda', 'pinansiyal'],
  documents: ['passport', 'oec', 'pasaporte', 'documents', 'papeles'],
  new: ['new', 'open', 'bukas', 'abierto', 'nuevo', 'nou', 'obert', 'pending'],
  inProgress: ['ongoing', 'in progress', 'on going', 'en curso', 'en tramite', 'inaasikaso'],
  referred: ['referred', 'endorsed', 'derivado', 'isinangguni'],
  closedResolved: ['closed', 'resolved', 'done', 'solved', 'cerrado', 'tancat', 'sarado', 'tapos'],
  closedUnresolved: ['unresolved', 'no resuelto'],
  ofwLandBased: ['ofw', 'self', 'sarili', 'worker'],
  ofwSeaBased: ['seafarer', 'seaman', 'marino'],
  familySpouse: ['wife', 'husband', 'spouse', 'asawa', 'esposa', 'esposo', 'misis', 'mister'],
  familyChild: ['son', 'daughter', 'child', 'anak', 'hijo', 'hija'],
  familyParent: ['mother', 'father', 'parent', 'nanay', 'tatay', 'ina', 'ama', 'madre', 'padre'],
  familySibling: ['brother', 'sister', 'sibling', 'kapatid', 'hermano', 'hermana'],
  familyOther: ['cousin', 'aunt', 'uncle', 'pinsan', 'tita', 'tito', 'relative', 'primo'],
  migrant: ['migrant', 'migrante', 'self'],
  familyMember: ['family', 'familiar', 'familia', 'mother', 'father', 'wife', 'husband'],
  refugeeOrAsylumSeeker: ['refugee', 'asylum', 'refugiado', 'asilo'],
};

/** The guess for one value: the option whose label, id or logbook word the value is or holds. */
export function guessValue(
  kind: ValueKind,
  value: string,
  options: readonly ValueOption[],
): string | null {
  if (kind === 'country') return readDestination(value) ?? null;
  const folded = foldText(value);
  if (folded === '') return null;
  const exact = options.find(
    (o) => foldText(o.id) === folded || o.labels.some((l) => foldText(l) === folded),
  );
  if (exact) return exact.id;
  const words = ` ${folded} `;
  const byWord = options.find((o) =>
    (LOGBOOK_WORDS[o.id] ?? []).some((word) => words.includes(` ${word} `)),
  );
  return byWord?.id ?? null;
}

/** The distinct values of a column (as written, trimmed), most frequent first. */
export function distinctValues(values: readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, { value: string; count: number }>();
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const key = valueKey(value);
    const entry = counts.get(key) ?? { value, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** Values that differ only in case, accents or spaces are one value ("Repat", "REPAT "). */
export const valueKey = (value: string) => foldText(value);

/** The officer's decisions and the guesses: kind → value key → id, or null ("not mapped"). */
export type ValueMapping = Record<ValueKind, ReadonlyMap<string, string | null>>;

/** The guesses for every value of the file, to start from. */
export function guessValueMapping(
  columns: Partial<Record<ValueKind, readonly string[]>>,
  options: Record<Exclude<ValueKind, 'country'>, readonly ValueOption[]>,
): ValueMapping {
  const mapping = {} as Record<ValueKind, Map<string, string | null>>;
  for (const kind of VALUE_KINDS) {
    const map = new Map<string, string | null>();
    for (const { value } of distinctValues(columns[kind] ?? []))
      map.set(valueKey(value), guessValue(kind, value, kind === 'country' ? [] : options[kind]));
    mapping[kind] = map;
  }
  return mapping;
}
