import { describe, expect, it } from 'vitest';
import { judgeDateOrder, readLogbookDate } from '../../../../domain/cases/logbook/logbookDates';
import { recogniseLogbookColumn } from '../../../../domain/cases/logbook/logbookColumns';
import { splitFullName } from '../../../../domain/cases/logbook/logbookNames';
import { guessValue } from '../../../../domain/cases/logbook/logbookValues';
import { refusedRowsCsv } from '../../../../domain/cases/logbook/refusedRows';
import { ofwOptions } from './logbookFixture';

describe('logbook dates', () => {
  it('reads the three styles desks write, in either numeric order', () => {
    expect(readLogbookDate('2024-05-23', 'dmy')).toBe('2024-05-23');
    expect(readLogbookDate('12/5/2024', 'dmy')).toBe('2024-05-12');
    expect(readLogbookDate('12/5/2024', 'mdy')).toBe('2024-12-05');
    expect(readLogbookDate('23 May 2024', 'mdy')).toBe('2024-05-23');
    expect(readLogbookDate('May 23, 2024', 'dmy')).toBe('2024-05-23');
    expect(readLogbookDate('23 de mayo de 2024', 'dmy')).toBe('2024-05-23');
    expect(readLogbookDate('Disyembre 1, 2024', 'dmy')).toBe('2024-12-01');
    expect(readLogbookDate('23-may-24', 'dmy')).toBe('2024-05-23');
  });

  it('refuses what is not a day', () => {
    expect(readLogbookDate('31/02/2024', 'dmy')).toBeNull();
    expect(readLogbookDate('next week', 'dmy')).toBeNull();
    expect(readLogbookDate('23 Smarch 2024', 'dmy')).toBeNull();
  });

  it('tells the order when a part is above 12, and counts the dates that stay ambiguous', () => {
    expect(judgeDateOrder(['13/1/2024', '2/3/2024'])).toEqual({
      proven: 'dmy',
      ambiguous: 1,
      mixed: false,
    });
    expect(judgeDateOrder(['1/13/2024']).proven).toBe('mdy');
    expect(judgeDateOrder(['12/5/2024', '2024-01-30'])).toEqual({
      proven: null,
      ambiguous: 1,
      mixed: false,
    });
    expect(judgeDateOrder(['13/1/2024', '1/13/2024']).mixed).toBe(true);
  });
});

describe('logbook columns and values', () => {
  it('recognises headers in five languages', () => {
    expect(recogniseLogbookColumn('Pangalan ng OFW')).toBe('fullName');
    expect(recogniseLogbookColumn('Nombre')).toBe('givenName');
    expect(recogniseLogbookColumn('BANSA')).toBe('country');
    expect(recogniseLogbookColumn('Uri ng Problema')).toBe('category');
    expect(recogniseLogbookColumn('Data de visita')).toBe('openedDate');
    expect(recogniseLogbookColumn('نوع المشكلة')).toBe('category');
  });

  it('splits a full name written either way', () => {
    expect(splitFullName('Maria Luz Dela Cruz')).toEqual({
      givenName: 'Maria Luz',
      familyName: 'Dela Cruz',
    });
    expect(splitFullName('Santos, Ana')).toEqual({ givenName: 'Ana', familyName: 'Santos' });
    expect(splitFullName('Juan de los Santos')).toEqual({
      givenName: 'Juan',
      familyName: 'de los Santos',
    });
  });

  it('guesses the preset value from labels in any language and logbook words, else leaves it', () => {
    expect(guessValue('category', 'Pagpapauwi sa Pilipinas', ofwOptions.category)).toBe(
      'repatriation',
    );
    expect(guessValue('category', 'UNPAID SALARY', ofwOptions.category)).toBe('contractViolation');
    expect(guessValue('status', 'cerrado', ofwOptions.status)).toBe('closedResolved');
    expect(guessValue('relationship', 'Nanay', ofwOptions.relationship)).toBe('familyParent');
    expect(guessValue('country', 'KSA', [])).toBe('SA');
    expect(guessValue('country', 'Riyadh, Saudi', [])).toBe('SA');
    expect(guessValue('category', 'ask the mayor', ofwOptions.category)).toBeNull();
  });
});

describe('the file of refused rows', () => {
  it('is UTF-8 with a byte-order mark, with the reason, and a formula stays text', () => {
    const text = refusedRowsCsv(
      ['Name', 'Date'],
      [
        {
          line: 4,
          cells: ['=HYPERLINK("x")', '31/02/2024'],
          reasons: [{ reason: 'bad', value: '31/02/2024' }],
        },
      ],
      { line: 'Line', reason: 'Reason' },
      (r) => `Not a date: ${r.value}`,
    );
    expect(text.startsWith('\uFEFFLine,Name,Date,Reason\r\n')).toBe(true);
    expect(text).toContain(`4,"'=HYPERLINK(""x"")",31/02/2024,Not a date: 31/02/2024`);
  });
});
