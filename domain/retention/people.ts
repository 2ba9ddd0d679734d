// Which people are anonymised with the expired cases. A person is anonymised only when nothing
// the desk still keeps whole needs their name:
// - they are the client or the OFW of at least one case anonymised in this run;
// - every other case naming them (as client or OFW, deleted ones aside) is anonymised already or
//   in this run: an open case, or a closed one still inside its period, keeps them whole;
// - they have no seminar registration (attendance), deleted ones aside: seminar records follow
//   their own rules, not the case retention period;
// - no household link (deleted ones aside) ties them to a person who is kept whole: the kept
//   person's page lists their household by name. Two linked people who both qualify are both
//   anonymised; the links themselves hold no personal field and stay.
// People anonymised already are not selected again.

export interface RetentionPersonCase {
  id: string;
  clientId: string;
  ofwId?: string | undefined;
  deletedAt?: string | null | undefined;
  anonymisedAt?: string | undefined;
}

export interface RetentionLink {
  personId: string;
  relatedPersonId: string;
  deletedAt?: string | null | undefined;
}

export interface RetentionPeopleInput {
  /** The cases anonymised in this run. */
  expired: readonly RetentionPersonCase[];
  /** Every other case that names one of the candidates (any order; duplicates allowed). */
  otherCases: readonly RetentionPersonCase[];
  /** Seminar registrations of the candidates. */
  registrations: readonly { personId: string; deletedAt?: string | null | undefined }[];
  /** Household links of the candidates. */
  links: readonly RetentionLink[];
  /** Candidates anonymised already. */
  anonymisedPeople: ReadonlySet<string>;
}

const named = (c: RetentionPersonCase) => (c.ofwId ? [c.clientId, c.ofwId] : [c.clientId]);

/** The people named by the expired cases: the candidates, whose other records are to be read. */
export function candidatePeople(expired: readonly RetentionPersonCase[]): string[] {
  return [...new Set(expired.flatMap(named))];
}

/** The ids of the people to anonymise with the expired cases. */
export function selectPeopleToAnonymise(input: RetentionPeopleInput): Set<string> {
  const expiredIds = new Set(input.expired.map((c) => c.id));
  const chosen = new Set(candidatePeople(input.expired));
  for (const id of input.anonymisedPeople) chosen.delete(id);
  for (const c of input.otherCases) {
    if (c.deletedAt || c.anonymisedAt || expiredIds.has(c.id)) continue;
    for (const id of named(c)) chosen.delete(id);
  }
  for (const r of input.registrations) if (!r.deletedAt) chosen.delete(r.personId);
  // A link to someone kept whole keeps the person whole; dropping one may drop another.
  const links = input.links.filter((l) => !l.deletedAt);
  const keptWhole = (id: string) => !chosen.has(id) && !input.anonymisedPeople.has(id);
  for (let changed = true; changed;) {
    changed = false;
    for (const l of links) {
      for (const [a, b] of [
        [l.personId, l.relatedPersonId],
        [l.relatedPersonId, l.personId],
      ] as const) {
        if (chosen.has(a) && keptWhole(b)) {
          chosen.delete(a);
          changed = true;
        }
      }
    }
  }
  return chosen;
}
