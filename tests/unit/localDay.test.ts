// "Today" is the day where the desk is. The clock is set to 23:30 UTC on 4 December 2026,
// which is 07:30 on 5 December in Legazpi: the officer's today is the 5th, UTC's the 4th.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../domain/localDay';
import { monthOf } from '../../domain/seminars/seminarStats';
import { seminarFormValues } from '../../domain/seminars/seminarForm';
import { emptyPersonForm, personFormSchema } from '../../renderer/features/people/personFormSchema';

const MORNING_IN_MANILA = new Date('2026-12-04T23:30:00Z');
const zone = process.env.TZ;

describe('localDay', () => {
  beforeAll(() => {
    // Node reads TZ again when it is assigned: every local date below is Manila's.
    process.env.TZ = 'Asia/Manila';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  beforeEach(() => {
    vi.useFakeTimers({ now: MORNING_IN_MANILA, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs in a zone where the UTC day is not the local day', () => {
    expect(new Date().getHours()).toBe(7);
    expect(new Date().toISOString().startsWith('2026-12-04')).toBe(true);
  });

  it('gives the day in Legazpi before 08:00, not the day in UTC', () => {
    expect(localDay()).toBe('2026-12-05');
    expect(localDay(new Date('2026-12-05T15:59:00Z'))).toBe('2026-12-05');
    expect(localDay(new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06');
  });

  it('counts days ahead as calendar days, across months and years', () => {
    expect(localDay(new Date(), 2)).toBe('2026-12-07');
    expect(localDay(new Date('2026-12-30T23:30:00Z'), 2)).toBe('2027-01-02');
    expect(localDay(new Date(), -5)).toBe('2026-11-30');
  });

  it('accepts a baby born this morning and refuses a birth date tomorrow', () => {
    const person = { ...emptyPersonForm(), givenName: 'Ana', familyName: 'Reyes' };
    expect(personFormSchema.safeParse({ ...person, birthDate: '2026-12-05' }).success).toBe(true);
    expect(personFormSchema.safeParse({ ...person, birthDate: '2026-12-06' }).success).toBe(false);
  });

  it('puts a seminar at 07:00 on the 1st in its own month and day', () => {
    const starts = new Date(2027, 0, 1, 7, 0).toISOString();
    expect(monthOf(starts)).toBe('2027-01');
    const seminar = {
      type: 'pdos',
      title: 'PDOS',
      startsAt: starts,
      facilitators: [],
      language: 'en' as const,
      capacity: 40,
    };
    expect(seminarFormValues(seminar).date).toBe('2027-01-01');
  });
});
