import { describe, expect, it } from 'vitest';
import { mapHeader } from '../../../domain/seminars/csvColumns';
import { readDestination } from '../../../domain/seminars/destinations';
import { checkRegistrationList } from '../../../domain/seminars/registrationCsv';
import {
  decodeCsv,
  parseCsvTable,
} from '../../../renderer/features/seminars/import/parseRegistrationCsv';

const TODAY = '2026-03-01';
const check = (csv: string) => checkRegistrationList(parseCsvTable(csv), TODAY);

describe('registration list CSV', () => {
  it('reads English, Filipino and Spanish headers, and reports unknown columns', () => {
    expect(
      mapHeader(['Given name', 'APELYIDO', 'fecha_de_nacimiento', 'Bansa', 'Shoe size']),
    ).toEqual({
      fields: ['givenName', 'familyName', 'birthDate', 'destination', null],
      unknown: ['Shoe size'],
      repeated: [],
    });
    expect(mapHeader(['givenName', 'familyName', 'email']).fields).toEqual([
      'givenName',
      'familyName',
      'email',
    ]);
  });

  it('turns a good row into a registrant and names the problems of a bad one', () => {
    const result = check(
      [
        'givenName,familyName,sex,birthDate,phone,destination,notes',
        'Maria,Dela Cruz,F,1994-07-21,0917 555 1234,Saudi Arabia,x',
        ',Reyes,M,21/07/1994,,Qatar,',
        'Ana,Santos,maybe,2030-01-01,,Atlantis,',
        '',
      ].join('\n'),
    );
    expect(result.unknownColumns).toEqual(['notes']);
    expect(result.rows).toHaveLength(3);
    expect(result.rows[0]).toEqual({
      line: 2,
      name: 'Maria Dela Cruz',
      registrant: {
        givenName: 'Maria',
        familyName: 'Dela Cruz',
        middleName: undefined,
        sex: 'female',
        birthDate: '1994-07-21',
        phone: '0917 555 1234',
        barangay: undefined,
        email: undefined,
        destination: 'SA',
      },
      problems: [],
    });
    expect(result.rows[1]).toMatchObject({ line: 3, registrant: null });
    expect(result.rows[1]!.problems).toEqual([
      { column: 'givenName', message: 'import.errors.missingName' },
      { column: 'birthDate', message: 'import.errors.badDate' },
    ]);
    expect(result.rows[2]!.problems.map((p) => p.message)).toEqual([
      'import.errors.futureDate',
      'import.errors.badSex',
      'import.errors.badDestination',
    ]);
  });

  it('rejects impossible dates and reports a file without a name column', () => {
    expect(check('givenName,familyName,birthDate\nA,B,2026-02-30').rows[0]!.problems).toEqual([
      { column: 'birthDate', message: 'import.errors.badDate' },
    ]);
    const nameless = check('nombre,telefono\nMaria,0917');
    expect(nameless.missingColumns).toEqual(['familyName']);
    expect(nameless.rows[0]!.registrant).toBeNull();
  });

  it('reads destinations as codes, English, Filipino or Spanish names, and common short forms', () => {
    expect(
      [
        'sa',
        'Saudi Arabia',
        'Arabia Saudí',
        'KSA',
        'Estados Unidos',
        'Timog Korea',
        'Dubai',
        'hongkong',
      ].map(readDestination),
    ).toEqual(['SA', 'SA', 'SA', 'SA', 'US', 'KR', 'AE', 'HK']);
    expect(readDestination('')).toBeUndefined();
    expect(readDestination('Narnia')).toBeNull();
  });

  it('reads a semicolon-separated UTF-8 file with a byte-order mark, and a Windows-1252 one', () => {
    const utf8 = new TextEncoder().encode('\uFEFFNombre;Apellido;País\nJosé;Peña;España\n');
    expect(check(decodeCsv(utf8)).rows[0]!.registrant).toMatchObject({
      givenName: 'José',
      familyName: 'Peña',
      destination: 'ES',
    });
    const latin1 = Uint8Array.from(
      [...'Nombre,Apellido\nJos', 0xe9, ...',Pe', 0xf1, 'a'].flatMap((c) =>
        typeof c === 'number' ? [c] : [...c].map((ch) => ch.charCodeAt(0)),
      ),
    );
    expect(check(decodeCsv(latin1)).rows[0]!.registrant).toMatchObject({
      givenName: 'José',
      familyName: 'Peña',
    });
  });
});
