// What the sample generator hands to the app: record inputs for the write path, each with its
// id (so that records can point at each other) and the `sample: true` marker.
import type { NamedPerson } from '../people/personTokens';
import type { RecordInput } from '../records';

type Sample<T> = T & { id: string; sample: true };

/** A person; the app adds the search tokens, exactly as the people repository does. */
export type SamplePerson = Sample<Omit<RecordInput<'people'>, 'searchTokens'>>;
export type SampleHousehold = Sample<RecordInput<'households'>>;
export type SampleConsent = Sample<RecordInput<'consents'>>;
export type SampleCaseEvent = Sample<RecordInput<'caseEvents'>>;

/** A case without its reference number, which the app takes from the desk's counter. */
export interface SampleCase {
  record: Sample<Omit<RecordInput<'cases'>, 'reference' | 'searchTokens'>>;
  /** The client and the person concerned, whose names and phones the case is found by. */
  people: NamedPerson[];
}

export interface SampleBatch {
  people: SamplePerson[];
  households: SampleHousehold[];
  cases: SampleCase[];
  consents: SampleConsent[];
  caseEvents: SampleCaseEvent[];
}

export const emptyBatch = (): SampleBatch => ({
  people: [],
  households: [],
  cases: [],
  consents: [],
  caseEvents: [],
});
