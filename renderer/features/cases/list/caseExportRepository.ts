// Reads the cases of an export a page at a time (with their people's names), so that 100,000
// cases become rows without holding the page still: the caller yields between pages.
import type { StoredRecord } from '../../../../domain/records';
import type { TulayDatabase } from '../../../db';
import { peopleNames } from './caseSummaryRepository';

export const EXPORT_PAGE = 2_000;

export interface CaseExportPage {
  cases: StoredRecord<'cases'>[];
  names: Map<string, string>;
}

/** The cases with these ids (in this order, deleted ones left out) and their people's names. */
export async function readCaseExportPage(
  db: TulayDatabase,
  ids: readonly string[],
): Promise<CaseExportPage> {
  const found = await db.cases.bulkGet([...ids]);
  const cases = found.filter((c): c is StoredRecord<'cases'> => c !== undefined && !c.deletedAt);
  const people = new Set(cases.flatMap((c) => [c.clientId, c.ofwId ?? c.clientId]));
  return { cases, names: await peopleNames(db, [...people]) };
}
