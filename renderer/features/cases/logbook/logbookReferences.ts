// Reference numbers for imported cases: a case takes a number of the year it was opened, one
// above the highest the desk holds for that year (as the intake does, caseRepository.ts) and
// above any Tulay reference the logbook itself carries for that year.
import {
  MAX_SEQUENCE,
  formatReference,
  referenceSequence,
} from '../../../../domain/cases/reference';
import type { LogbookEntry } from '../../../../domain/cases/logbook/checkLogbook';
import { KnownError } from '../../../../domain/knownError';
import type { TulayDatabase } from '../../../db';
import { highestSequence } from '../caseRepository';

const TULAY_REFERENCE = /^[A-Z]{2,5}-\d{4}-\d{6}$/;
export const isTulayReference = (text: string): boolean => TULAY_REFERENCE.test(text);

export class ReferenceBook {
  private constructor(
    private prefix: string,
    private last: Map<number, number>,
  ) {}

  static async open(db: TulayDatabase, prefix: string, entries: readonly LogbookEntry[]) {
    const years = [...new Set(entries.map((e) => Number(e.openedDate.slice(0, 4))))];
    const highest = await Promise.all(years.map((year) => highestSequence(db, prefix, year)));
    const last = new Map(years.map((year, i) => [year, highest[i]!]));
    for (const { reference } of entries) {
      if (!reference || !isTulayReference(reference) || !reference.startsWith(`${prefix}-`))
        continue;
      const year = Number(reference.slice(prefix.length + 1, prefix.length + 5));
      last.set(year, Math.max(last.get(year) ?? 0, referenceSequence(reference)));
    }
    return new ReferenceBook(prefix, last);
  }

  /** The next free reference of the year of `day` (YYYY-MM-DD). */
  next(day: string): string {
    const year = Number(day.slice(0, 4));
    const sequence = (this.last.get(year) ?? 0) + 1;
    if (sequence > MAX_SEQUENCE) throw new KnownError('caseNumbersExhausted', { year });
    this.last.set(year, sequence);
    return formatReference(this.prefix, year, sequence);
  }
}
