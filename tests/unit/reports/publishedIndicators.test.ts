// The indicators a desk publishes: the quarter's own figures (cases opened by category, seminars
// held and their attendees, stakeholders mapped by the quarter's end), every count under 5 sent
// as "<5" and never as the number.
import { afterEach, describe, expect, it } from 'vitest';
import {
  publishedIndicators,
  quarterOfDay,
  quarterPeriod,
  recentQuarters,
} from '../../../domain/reports/publishedIndicators';
import { indicatorsInputSchema } from '../../../domain/sync';
import type { ReportCountRow, TulayDatabase } from '../../../renderer/db';
import { readQuarterIndicators } from '../../../renderer/features/catalogue/publish/publicationRepository';
import { monthRowsOf } from '../../../renderer/db/reportMonths';
import { freshDatabase } from '../db/testDatabase';

let db: TulayDatabase;
afterEach(() => db?.close());

describe('quarters', () => {
  it('names the quarter of a day and the days of a quarter, leap years included', () => {
    expect(quarterOfDay('2026-01-01')).toBe('2026-Q1');
    expect(quarterOfDay('2026-03-31')).toBe('2026-Q1');
    expect(quarterOfDay('2026-04-01')).toBe('2026-Q2');
    expect(quarterOfDay('2026-12-31')).toBe('2026-Q4');
    expect(quarterPeriod('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterPeriod('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterPeriod('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterPeriod('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('lists the current quarter and those before it, across the new year', () => {
    expect(recentQuarters('2026-02-14', 4)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
    expect(recentQuarters('2026-12-06', 2)).toEqual(['2026-Q4', '2026-Q3']);
  });
});

describe('publishedIndicators', () => {
  it('sends counts under 5 (0 to 4) as "<5" and 5 or more as the number', () => {
    const published = publishedIndicators({
      categories: [
        ['repatriation', 12],
        ['welfare', 5],
        ['legal', 4],
        ['documents', 1],
      ],
      seminarsHeld: 0,
      seminarAttendees: 87,
      stakeholdersMapped: 3,
    });
    expect(published).toEqual({
      inquiriesByCategory: { repatriation: 12, welfare: 5, legal: '<5', documents: '<5' },
      seminarsHeld: '<5',
      seminarAttendees: 87,
      stakeholdersMapped: '<5',
    });
    // What the desk sends is what the server accepts.
    expect(indicatorsInputSchema.parse(published)).toEqual(published);
    expect(JSON.stringify(published)).not.toMatch(/:\s*[0-4][,}]/);
  });
});

const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00`).toISOString();

describe('readQuarterIndicators', () => {
  it("counts the quarter's cases by category, its past seminars, attendees and the map", async () => {
    db = await freshDatabase();
    const days: ReportCountRow[] = [
      // Q3: 7 repatriation, 2 welfare over two officers; one day in Q2 and one in Q4 stay out.
      {
        id: '2026-07-02|ana',
        day: '2026-07-02',
        staff: 'ana',
        counts: { opened: 4, 'category:repatriation': 4, 'category:welfare': 1 },
      },
      {
        id: '2026-09-30|ben',
        day: '2026-09-30',
        staff: 'ben',
        counts: { opened: 4, 'category:repatriation': 3, 'category:welfare': 1 },
      },
      {
        id: '2026-06-30|ana',
        day: '2026-06-30',
        staff: 'ana',
        counts: { opened: 9, 'category:repatriation': 9 },
      },
      {
        id: '2026-10-01|ana',
        day: '2026-10-01',
        staff: 'ana',
        counts: { opened: 9, 'category:legal': 9 },
      },
    ];
    // Stored with their month totals, as the write path keeps both (renderer/db/reportMonths.ts).
    await db.reportCounts.bulkPut(days);
    await db.reportMonths.bulkPut(monthRowsOf(days));
    const seminar = (id: string, day: string, deletedAt?: string) =>
      ({ id, startsAt: at(day), deletedAt }) as never;
    await db.seminars.bulkPut([
      seminar('s1', '2026-07-15'),
      seminar('s2', '2026-08-20'),
      seminar('s3', '2026-09-01', at('2026-09-02')),
      seminar('s4', '2026-10-05'),
    ]);
    const attendance = (id: string, seminarId: string, checkedIn: boolean) =>
      ({
        id,
        seminarId,
        personId: id,
        status: 'registered',
        checkedInAt: checkedIn ? at('2026-07-15') : undefined,
      }) as never;
    await db.attendance.bulkPut([
      ...Array.from({ length: 6 }, (_, i) => attendance(`a${i}`, 's1', true)),
      attendance('b1', 's2', true),
      attendance('b2', 's2', false),
      attendance('c1', 's3', true),
      attendance('d1', 's4', true),
    ]);
    const stakeholder = (id: string, createdDay: string) =>
      ({ id, name: id, type: 'ngo', createdAt: at(createdDay) }) as never;
    await db.stakeholders.bulkPut([
      ...Array.from({ length: 5 }, (_, i) => stakeholder(`k${i}`, '2026-03-01')),
      stakeholder('late', '2026-10-02'),
    ]);

    const q3 = await readQuarterIndicators(db, '2026-Q3', new Date(at('2026-12-06')));
    expect(q3).toEqual({
      inquiriesByCategory: { repatriation: 7, welfare: '<5' },
      seminarsHeld: '<5',
      seminarAttendees: 7,
      stakeholdersMapped: 5,
    });
    // The quarter in progress counts only the seminars already held.
    const q4 = await readQuarterIndicators(db, '2026-Q4', new Date(at('2026-10-03')));
    expect(q4).toEqual({
      inquiriesByCategory: { legal: 9 },
      seminarsHeld: '<5',
      seminarAttendees: '<5',
      stakeholdersMapped: 6,
    });
  });
});
