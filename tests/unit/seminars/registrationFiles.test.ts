// Real-looking files as desks save them (tests/fixtures/seminars/): a 60-row list from a PDOS
// with a title line, blank lines, a remark over two lines and bad rows; a Spanish city's list
// in Windows-1252 with semicolons; a social-services registry chosen by mistake; a file with an
// unclosed quote; a photo renamed .csv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistrationList } from '../../../domain/seminars/registrationCsv';
import { readRegistrationFile } from '../../../renderer/features/seminars/import/parseRegistrationCsv';

const TODAY = '2026-12-04';
const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/seminars', name)));

function checkFile(name: string) {
  const read = readRegistrationFile(fixture(name));
  if (read.kind !== 'table') throw new Error(`${name} was not read as a table: ${read.kind}`);
  return checkRegistrationList(read.rows, TODAY);
}

describe('registration files as desks save them', () => {
  it('reads the 60-row PDOS list: destinations and occupations kept, bad rows at their lines', () => {
    const list = checkFile('legazpi-pdos-60-rows.csv');
    expect(list.verdict).toEqual({ kind: 'ok' });
    expect(list.headerLine).toBe(3);
    expect(list.rows).toHaveLength(60);
    expect(list.unknownColumns).toEqual(['No.', 'Remarks']);
    const problems = list.rows
      .filter((row) => row.problems.length > 0)
      .map((row) => [row.line, row.problems.map((p) => `${p.column}: ${p.value ?? ''}`)]);
    expect(problems).toEqual([
      [16, ['givenName: ']],
      [22, ['birthDate: 07/21/1994']],
      [29, ['destination: Middle East']],
      [41, ['birthDate: 2031-05-02']],
      [48, ['sex: MF']],
      [54, ['familyName: ']],
      [60, ['destination: Narnia']],
    ]);
    const good = list.rows.filter((row) => row.registrant);
    expect(good).toHaveLength(53);
    expect(good.every((row) => /^[A-Z]{2}$/.test(row.registrant!.destination ?? ''))).toBe(true);
    expect(good.every((row) => row.registrant!.occupation)).toBe(true);
    const byLine = new Map(list.rows.map((row) => [row.line, row.registrant]));
    expect(byLine.get(8)).toMatchObject({
      givenName: 'Jun-jun',
      familyName: 'Peñaflor',
      destination: 'AE',
      occupation: 'Nurse',
    });
    // "Dubai, UAE" and "Riyadh, KSA"; the row after the two-line remark keeps its own line.
    expect(byLine.get(9)?.destination).toBe('AE');
    expect(byLine.get(15)?.destination).toBe('SA');
    expect(byLine.get(15)?.givenName).toBe('Analyn');
  });

  it("reads a Spanish city's Windows-1252 list with semicolons, accents and a two-line remark", () => {
    const list = checkFile('terrassa-inscripciones-cp1252.csv');
    expect(list.verdict).toEqual({ kind: 'ok' });
    expect(list.unknownColumns).toEqual(['DNI/NIE', 'Observaciones']);
    expect(list.rows.map((row) => [row.line, row.name])).toEqual([
      [2, 'José Núñez Peña'],
      [3, 'María Begoña Ibáñez Muñoz'],
      [5, 'Fátima El Amrani'],
      [7, 'Joan Puigdomènech i Solà'],
      [8, 'Iñaki Garaño'],
      [9, 'Ñusta Quispe Mamani'],
      [10, 'Aitana Ferrer Gómez'],
    ]);
    expect(list.rows.map((row) => row.registrant?.destination ?? null)).toEqual([
      ...['DE', 'GB', 'FR', 'CH', 'NL', 'IT'],
      null,
    ]);
    expect(list.rows[3]!.registrant).toMatchObject({ sex: 'male', occupation: 'Electricista' });
    expect(list.rows[6]!.problems).toEqual([
      { column: 'birthDate', message: 'import.errors.badDate', value: '15/04/1991' },
    ]);
  });

  it('stops at a social-services registry of 300 rows: not a registration list', () => {
    const registry = checkFile('servicios-sociales-registro-300.csv');
    expect(registry.rows).toHaveLength(300);
    expect(registry.verdict).toEqual({ kind: 'notAList', reason: 'columns', known: 5, total: 16 });
  });

  it('refuses a file with an unclosed quote at the line where it opens', () => {
    expect(readRegistrationFile(fixture('unclosed-quote.csv'))).toEqual({
      kind: 'brokenQuotes',
      line: 5,
    });
  });

  it('says a photo renamed .csv is not a text file', () => {
    expect(readRegistrationFile(fixture('photo-renamed.csv'))).toEqual({
      kind: 'notText',
      spreadsheet: false,
    });
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(readRegistrationFile(xlsx)).toEqual({ kind: 'notText', spreadsheet: true });
  });

  it('reads a list Excel saved as "Unicode text" (UTF-16, tabs)', () => {
    const text = '\uFEFFFirst name\tLast name\tIntended destination\nAna\tCruz\tQatar\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    const read = readRegistrationFile(utf16);
    expect(read.kind).toBe('table');
    if (read.kind !== 'table') return;
    expect(checkRegistrationList(read.rows, TODAY).rows[0]!.registrant).toMatchObject({
      givenName: 'Ana',
      destination: 'QA',
    });
  });
});
