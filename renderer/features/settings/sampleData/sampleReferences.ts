// Reference numbers for sample cases, in the desk's format and from the desk's own counter, as
// createCase takes them: each chunk reserves a block per year and advances the counter, so a
// real case recorded later never gets a number a sample case holds. Numbers an imported case
// already holds above the counter are skipped.
import {
  formatReference,
  MAX_SEQUENCE,
  referenceCounterKey,
} from '../../../../domain/cases/reference';
import type { WriteContext } from '../../../db';
import { readSetting, writeSetting } from '../settingsRepository';
import { KnownError } from '../../../../domain/knownError';

async function reserveYear(ctx: WriteContext, prefix: string, year: number, count: number) {
  const key = referenceCounterKey(year);
  const last = (await readSetting<number>(ctx.db, key)) ?? 0;
  const upper = formatReference(prefix, year, MAX_SEQUENCE);
  const taken = new Set(
    (await ctx.db.cases
      .where('reference')
      .between(formatReference(prefix, year, last + 1), upper, true, true)
      .keys()) as string[],
  );
  const references: string[] = [];
  let sequence = last;
  while (references.length < count) {
    sequence++;
    if (sequence > MAX_SEQUENCE) throw new KnownError('caseNumbersExhausted', { year });
    const reference = formatReference(prefix, year, sequence);
    if (!taken.has(reference)) references.push(reference);
  }
  await writeSetting(ctx, key, sequence);
  return references;
}

/**
 * One reference per opening date, numbered in the order given, with the year of the date (the
 * year createCase would use). Call inside the transaction that writes the cases.
 */
export async function reserveReferences(
  ctx: WriteContext,
  prefix: string,
  openedAt: readonly string[],
): Promise<string[]> {
  const years = openedAt.map((at) => new Date(at).getFullYear());
  const blocks = new Map<number, string[]>();
  for (const year of new Set(years)) {
    const count = years.filter((y) => y === year).length;
    blocks.set(year, await reserveYear(ctx, prefix, year, count));
  }
  const used = new Map<number, number>();
  return years.map((year) => {
    const index = used.get(year) ?? 0;
    used.set(year, index + 1);
    return blocks.get(year)![index]!;
  });
}
