// The case list keeps one compact summary per case in memory, so that filtering, sorting and
// counting 100,000 cases is a loop over small objects instead of a database scan. Repeated
// strings (statuses, categories, countries) are interned so that 100k summaries share them.
import type { StoredRecord } from '../../../../domain/records';

export type Urgency = StoredRecord<'cases'>['urgency'];

export interface CaseSummary {
  id: string;
  reference: string;
  status: string;
  urgency: Urgency;
  categories: readonly string[];
  /** Who the client is (an OFW, a relative…): the preset's client role. */
  clientRole: string;
  /** Milliseconds since 1970, so date filters and sorting compare numbers. */
  openedAt: number;
  /** The OFW's destination, or the migrant's country of origin (ISO 3166). */
  country: string | undefined;
  /** The staff member the case is assigned to. */
  assignedTo: string | undefined;
  /** The client's name is read only for the rows on screen (see usePeopleNames). */
  clientId: string;
  /** The OFW or migrant the case is about, when the client asks for someone else. */
  ofwId: string | undefined;
  updatedAt: string;
}

/** Shares one copy of each repeated string and category list between summaries. */
export class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  string<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  list(values: readonly string[]): readonly string[] {
    const key = values.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known;
    const list = Object.freeze(values.map((v) => this.string(v)));
    this.lists.set(key, list);
    return list;
  }
}

type CaseRecord = Pick<
  StoredRecord<'cases'>,
  | 'id'
  | 'reference'
  | 'clientId'
  | 'ofwId'
  | 'clientRole'
  | 'status'
  | 'urgency'
  | 'categories'
  | 'openedAt'
  | 'updatedAt'
> & {
  assignedTo?: string | undefined;
  ofwDetails?: { destinationCountry?: string | undefined } | undefined;
  migrantDetails?: { countryOfOrigin?: string | undefined } | undefined;
};

export function toSummary(record: CaseRecord, intern: Interner): CaseSummary {
  return {
    id: record.id,
    reference: record.reference,
    status: intern.string(record.status),
    urgency: intern.string(record.urgency),
    categories: intern.list(record.categories),
    // None when the session does not read it (a clerk on the migrant desk: renderer/db/readPolicy.ts).
    clientRole: intern.string(record.clientRole ?? ''),
    openedAt: Date.parse(record.openedAt),
    country: intern.string(
      record.ofwDetails?.destinationCountry ?? record.migrantDetails?.countryOfOrigin,
    ),
    assignedTo: intern.string(record.assignedTo),
    clientId: record.clientId,
    ofwId: record.ofwId,
    updatedAt: record.updatedAt,
  };
}
