// The figures of a report from its day rows, the periods it covers, and the age groups.
import { describe, expect, it } from 'vitest';
import { ageGroup } from '../../../domain/reports/contributions';
import { periodOf } from '../../../domain/reports/periods';
import { histogramMedian, reportFigures, type DayRow } from '../../../domain/reports/reportFigures';

describe('periodOf', () => {
  const may20 = new Date(2026, 4, 20, 23, 59);

  it('covers the calendar month, the month before, the quarter and the year of today', () => {
    expect(periodOf('thisMonth', may20)).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(periodOf('lastMonth', may20)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(periodOf('quarter', may20)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('year', may20)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('goes back across the new year, and ends February on its last day', () => {
    expect(periodOf('lastMonth', new Date(2026, 0, 3))).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(periodOf('thisMonth', new Date(2028, 1, 10))).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
  });

  it('takes two custom days in either order', () => {
    const custom = { from: '2026-03-09', to: '2026-02-01' };
    expect(periodOf('custom', may20, custom)).toEqual({ from: '2026-02-01', to: '2026-03-09' });
  });
});

describe('ageGroup', () => {
  it('counts whole years up to the day the case opened', () => {
    expect(ageGroup('2008-05-21', '2026-05-20T10:00:00')).toBe('under18');
    expect(ageGroup('2008-05-20', '2026-05-20T10:00:00')).toBe('18to24');
    expect(ageGroup('1971-01-01', '2026-05-20T10:00:00')).toBe('55plus');
    expect(ageGroup(undefined, '2026-05-20T10:00:00')).toBe('unknown');
  });
});

describe('histogramMedian', () => {
  it('finds the middle value, the lower one for an even count', () => {
    expect(
      histogramMedian(
        new Map([
          [10, 1],
          [2, 1],
          [50, 1],
        ]),
      ),
    ).toBe(10);
    expect(
      histogramMedian(
        new Map([
          [4, 2],
          [30, 2],
        ]),
      ),
    ).toBe(4);
    expect(histogramMedian(new Map())).toBeNull();
  });
});

describe('reportFigures', () => {
  const rows: DayRow[] = [
    {
      day: '2026-05-02',
      staff: 'ana',
      counts: {
        opened: 3,
        'category:repatriation': 2,
        'category:legalAid': 1,
        'country:SA': 2,
        'age:25to34': 2,
        'age:under18': 1,
        'referral:owwa': 2,
        'answered:owwa': 2,
        'hours:owwa:5': 1,
        'hours:owwa:48': 1,
        'followUp:open': 1,
        'followUp:onTime': 2,
      },
    },
    {
      day: '2026-05-25',
      staff: 'ben',
      counts: { opened: 1, closed: 2, 'referral:dmw': 1, 'hours:dmw:100': 0, 'followUp:open': 4 },
    },
  ];

  it('adds the days up, sorts each breakdown by count and puts the age groups in order', () => {
    const figures = reportFigures(rows, '2026-05-20');
    expect(figures.opened).toBe(4);
    expect(figures.closed).toBe(2);
    expect(figures.categories).toEqual([
      ['repatriation', 2],
      ['legalAid', 1],
    ]);
    expect(figures.ages).toEqual([
      ['under18', 1],
      ['25to34', 2],
    ]);
  });

  it('gives each partner its referrals, the share answered and the median response time', () => {
    const figures = reportFigures(rows, '2026-05-20');
    expect(figures.referrals).toEqual([
      { partnerId: 'owwa', sent: 2, answered: 2, medianHours: 5 },
      { partnerId: 'dmw', sent: 1, answered: 0, medianHours: null },
    ]);
    expect(figures.referralTotal).toMatchObject({ sent: 3, answered: 2, medianHours: 5 });
  });

  it('calls open follow-ups due before today overdue and the later ones not yet due', () => {
    expect(reportFigures(rows, '2026-05-20').followUps).toEqual({
      onTime: 2,
      late: 0,
      overdue: 1,
      pending: 4,
    });
  });
});
