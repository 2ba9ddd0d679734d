// Retention selects exactly the expired cases (issue 15): closed, past the longest period of their
// categories on the desk's local day, and nothing else — never an open or re-opened case.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../../domain/localDay';
import { isClosingStatus, ofwDeskPreset } from '../../../domain/presets';
import {
  dueDay,
  isExpired,
  parseRetentionPeriods,
  retentionYears,
  selectExpiredCases,
  type RetentionCase,
  type RetentionPeriods,
} from '../../../domain/retention/periods';

const zone = process.env.TZ;
beforeAll(() => {
  // Manila is 8 hours ahead of UTC: an evening closing is already the next day in UTC.
  process.env.TZ = 'Asia/Manila';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const closing = (status: string) => isClosingStatus(ofwDeskPreset, status);
const periods: RetentionPeriods = {
  defaultYears: 5,
  byCategory: { abuse: 10, legalAssistance: 7, welfareCheck: 2 },
};

let n = 0;
function kase(over: Partial<RetentionCase> = {}): RetentionCase {
  return {
    id: `c${n++}`,
    status: 'closedResolved',
    categories: ['repatriation'],
    // 10 March 2021, 07:00 in Manila: still 9 March in UTC.
    closedAt: '2021-03-09T23:00:00.000Z',
    ...over,
  };
}

describe('the day a closed case is due', () => {
  it('is the local closing day, the period later: not the day before, from that day on', () => {
    const c = kase();
    expect(dueDay(c.closedAt!, 5)).toBe('2026-03-10');
    expect(isExpired(c, periods, closing, '2026-03-09')).toBe(false);
    expect(isExpired(c, periods, closing, '2026-03-10')).toBe(true);
    expect(isExpired(c, periods, closing, '2031-01-01')).toBe(true);
  });

  it('counts an evening closing on its local day, not the UTC one', () => {
    // 23:30 on 31 December 2020 in Manila is 15:30 UTC the same day; 01:00 on 1 January 2021
    // in Manila is still 31 December in UTC.
    expect(dueDay('2021-01-01T17:00:00.000Z', 5)).toBe('2026-01-02');
    expect(dueDay('2020-12-31T17:00:00.000Z', 5)).toBe('2026-01-01');
  });

  it('for a closing on 29 February, is 1 March of a year without one', () => {
    // 29 February 2024, 10:00 in Manila.
    expect(dueDay('2024-02-29T02:00:00.000Z', 5)).toBe('2029-03-01');
    expect(dueDay('2024-02-29T02:00:00.000Z', 4)).toBe('2028-02-29');
  });

  it('is never the day before the period is over, and always from that day on', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (closedAt, years) => {
          const c = kase({ closedAt: closedAt.toISOString(), categories: ['x'] });
          const p = { defaultYears: years, byCategory: {} };
          const due = dueDay(c.closedAt!, years);
          const [y, m, d] = due.split('-').map(Number) as [number, number, number];
          const dayBefore = localDay(new Date(y, m - 1, d), -1);
          expect(isExpired(c, p, closing, dayBefore)).toBe(false);
          expect(isExpired(c, p, closing, due)).toBe(true);
          // Whole years: `years` calendar years after the local closing day.
          expect(Number(due.slice(0, 4))).toBe(Number(localDay(closedAt).slice(0, 4)) + years);
        },
      ),
    );
  });
});

describe('the period of a case', () => {
  it('is the longest of its categories, the default for a category without one', () => {
    expect(retentionYears(periods, ['repatriation'])).toBe(5);
    expect(retentionYears(periods, ['welfareCheck'])).toBe(2);
    expect(retentionYears(periods, ['welfareCheck', 'repatriation'])).toBe(5);
    expect(retentionYears(periods, ['welfareCheck', 'abuse', 'legalAssistance'])).toBe(10);
  });

  it('keeps a case with several categories until its longest period is over', () => {
    const c = kase({ categories: ['welfareCheck', 'legalAssistance'] });
    expect(isExpired(c, periods, closing, '2023-03-10')).toBe(false); // welfare check alone: due
    expect(isExpired(c, periods, closing, '2028-03-09')).toBe(false);
    expect(isExpired(c, periods, closing, '2028-03-10')).toBe(true);
  });
});

describe('selecting the expired cases', () => {
  it('selects exactly the closed cases past their period, and none of the others', () => {
    const today = '2026-03-10';
    const expired = [
      kase(),
      kase({ status: 'closedNoContact', closedAt: '2019-06-01T02:00:00.000Z' }),
      kase({ categories: ['welfareCheck'], closedAt: '2024-03-09T23:00:00.000Z' }),
    ];
    const kept = [
      // One day short.
      kase({ closedAt: '2021-03-10T23:00:00.000Z' }),
      // Open: never, however old.
      kase({ status: 'inProgress', closedAt: undefined }),
      kase({ status: 'new', closedAt: undefined, categories: ['welfareCheck'] }),
      // Re-opened: the status is open again (the closing date cleared, or left behind by an
      // older record); never.
      kase({ status: 'followUp', closedAt: undefined }),
      kase({ status: 'inProgress', closedAt: '2015-01-01T02:00:00.000Z' }),
      // A closing date without a closing status, or a closing status without a date.
      kase({ status: 'closedResolved', closedAt: undefined }),
      // Its longest category's period is not over.
      kase({ categories: ['repatriation', 'abuse'] }),
      // Deleted, anonymised already, sample data.
      kase({ deletedAt: '2022-01-01T00:00:00.000Z' }),
      kase({ anonymisedAt: '2026-01-01T00:00:00.000Z' }),
      kase({ sample: true }),
    ];
    const all = [...kept.slice(0, 3), ...expired, ...kept.slice(3)];
    expect(selectExpiredCases(all, periods, closing, today).map((c) => c.id)).toEqual(
      all.filter((c) => expired.includes(c)).map((c) => c.id),
    );
  });

  it('selects a re-opened and closed again case by its last closing date', () => {
    // Re-opening clears the closing date; closing again sets a new one.
    const again = kase({ closedAt: '2023-08-01T02:00:00.000Z' });
    expect(selectExpiredCases([again], periods, closing, '2026-03-10')).toEqual([]);
    expect(selectExpiredCases([again], periods, closing, '2028-08-01')).toEqual([again]);
  });
});

describe('the stored periods', () => {
  it('fall back to five years, and keep only whole years from 1 to 100', () => {
    expect(parseRetentionPeriods(undefined)).toEqual({ defaultYears: 5, byCategory: {} });
    expect(
      parseRetentionPeriods({
        defaultYears: 0,
        byCategory: { abuse: 10, a: 2.5, b: -1, c: 101, d: '3' },
      }),
    ).toEqual({ defaultYears: 5, byCategory: { abuse: 10 } });
  });
});
