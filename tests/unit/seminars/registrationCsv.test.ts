import { describe, expect, it } from 'vitest';
import { mapHeader, recogniseColumn } from '../../../domain/seminars/csvColumns';
import { readDestination } from '../../../domain/seminars/destinations';
import { checkRegistrationList, type SourceRow } from '../../../domain/seminars/registrationCsv';
import {
  decodeCsv,
  parseCsvTable,
} from '../../../renderer/features/seminars/import/parseRegistrationCsv';

const TODAY = '2026-03-01';

function rowsOf(csv: string): SourceRow[] {
  const read = parseCsvTable(csv);
  if (read.kind !== 'table') throw new Error(`not a table: ${read.kind}`);
  return read.rows;
}
const check = (csv: string) => checkRegistrationList(rowsOf(csv), TODAY);

describe('registration list CSV', () => {
  it('reads headers in English, Filipino, Spanish, Catalan and Arabic, and reports unknown ones', () => {
    expect(
      mapHeader(['Given name', 'APELYIDO', 'fecha_de_nacimiento', 'Bansa', 'Shoe size']),
    ).toMatchObject({
      fields: ['givenName', 'familyName', 'birthDate', 'destination', null],
      unknown: ['Shoe size'],
      repeated: [],
    });
    const headers = {
      destination: [
        'Intended Destination',
        'Country of destination',
        'Bansang pupuntahan',
        'Destino previsto',
        'País de destinació',
        'الوجهة',
        'بلد الوجهة',
      ],
      occupation: ['Occupation', 'Job title', 'Trabaho', 'Ocupación', 'Ocupació', 'المهنة'],
      givenName: ['First Name', 'Pangalan', 'Nombre', 'Nom', 'الاسم الأول'],
      familyName: ['Last Name', 'Apellidos', 'Cognoms', 'اسم العائلة'],
      birthDate: ['Date of Birth', 'Data de naixement', 'تاريخ الميلاد'],
      phone: ['Mobile No.', 'Contact #', 'Telèfon', 'رقم الهاتف'],
      sex: ['Sexe', 'الجنس', 'Kasarian'],
      email: ['Email address', 'Correu electrònic', 'البريد الإلكتروني'],
    };
    for (const [field, names] of Object.entries(headers)) {
      expect(names.map((name) => [name, recogniseColumn(name)])).toEqual(
        names.map((name) => [name, field]),
      );
    }
  });

  it('lets the officer read any column as a field, or leave it out, over what the header says', () => {
    const table = rowsOf('Apelyido,Pangalan,Where to?,Notes\nCruz,Ana,Qatar,x\n');
    expect(checkRegistrationList(table, TODAY).rows[0]!.registrant?.destination).toBeUndefined();
    const chosen = checkRegistrationList(
      table,
      TODAY,
      new Map([
        [2, 'destination'],
        [3, 'ignore'],
      ]),
    );
    expect(chosen.rows[0]!.registrant).toMatchObject({ givenName: 'Ana', destination: 'QA' });
    expect(chosen.columns.map((c) => c.source)).toEqual([
      'recognised',
      'recognised',
      'chosen',
      'ignored',
    ]);
    expect(chosen.unknownColumns).toEqual([]);
    // A column the officer gives a field that the header gave another column: the choice wins.
    const swapped = checkRegistrationList(table, TODAY, new Map([[1, 'familyName']]));
    expect(swapped.columns.map((c) => c.field)).toEqual([null, 'familyName', null, null]);
    expect(swapped.missingColumns).toEqual(['givenName']);
  });

  it('turns a good row into a registrant and names the problems of a bad one, with the value', () => {
    const result = check(
      [
        'givenName,familyName,sex,birthDate,phone,destination,occupation,notes',
        'Maria,Dela Cruz,F,1994-07-21,0917 555 1234,Saudi Arabia,Caregiver,x',
        ',Reyes,M,21/07/1994,,Qatar,,',
        'Ana,Santos,maybe,2030-01-01,,Atlantis,,',
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
        occupation: 'Caregiver',
      },
      problems: [],
    });
    expect(result.rows[1]).toMatchObject({ line: 3, registrant: null });
    expect(result.rows[1]!.problems).toEqual([
      { column: 'givenName', message: 'import.errors.missingName' },
      { column: 'birthDate', message: 'import.errors.badDate', value: '21/07/1994' },
    ]);
    expect(result.rows[2]!.problems).toEqual([
      { column: 'birthDate', message: 'import.errors.futureDate', value: '2030-01-01' },
      { column: 'sex', message: 'import.errors.badSex', value: 'maybe' },
      { column: 'destination', message: 'import.errors.badDestination', value: 'Atlantis' },
    ]);
  });

  it('rejects impossible dates and reports a file without a name column', () => {
    expect(check('givenName,familyName,birthDate\nA,B,2026-02-30').rows[0]!.problems).toEqual([
      { column: 'birthDate', message: 'import.errors.badDate', value: '2026-02-30' },
    ]);
    const nameless = check('nombre,telefono\nMaria,0917');
    expect(nameless.missingColumns).toEqual(['familyName']);
    expect(nameless.verdict).toEqual({ kind: 'missingColumns' });
    expect(nameless.rows[0]!.registrant).toBeNull();
  });

  it('reads destinations as codes and names in five languages, with a city or short forms', () => {
    expect(
      [
        'sa',
        'Saudi Arabia',
        'Arabia Saudí',
        'Aràbia Saudita',
        'المملكة العربية السعودية',
        'السعودية',
        'KSA',
        'SAU',
        'Riyadh, KSA',
        'Dubai, UAE',
        'Estados Unidos',
        'Estats Units',
        'Timog Korea',
        'Dubai',
        'hongkong',
        'Hong Kong (RAE Xina)',
        'قطر',
      ].map(readDestination),
    ).toEqual([
      ...['SA', 'SA', 'SA', 'SA', 'SA', 'SA', 'SA', 'SA', 'SA', 'AE'],
      ...['US', 'US', 'KR', 'AE', 'HK', 'HK', 'QA'],
    ]);
    expect(readDestination('')).toBeUndefined();
    expect(readDestination('Narnia')).toBeNull();
    expect(readDestination('Middle East')).toBeNull();
    // Two countries in one cell is not a destination.
    expect(readDestination('Qatar / Kuwait')).toBeNull();
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

  it("numbers rows by the file's own lines, across blank lines and cells over several lines", () => {
    const csv = [
      'givenName;familyName;birthDate;notes',
      '',
      'Ana;Cruz;1990-01-01;"two',
      'lines"',
      '',
      'Bad;Date;1990-13-01;',
      'Rosa;Lim;1991-02-02;"a ""quoted"" word"',
      'Late;Date;01/02/1990;',
    ].join('\r\n');
    const result = check(csv);
    expect(result.rows.map((r) => [r.line, r.name])).toEqual([
      [3, 'Ana Cruz'],
      [6, 'Bad Date'],
      [7, 'Rosa Lim'],
      [8, 'Late Date'],
    ]);
  });

  it('refuses an unclosed quote at its line instead of merging the rows after it', () => {
    expect(parseCsvTable('a,b\n1,2\n\n3,"four\n5,6\n7,8\n')).toEqual({
      kind: 'brokenQuotes',
      line: 4,
    });
  });

  it('skips a title above the header, and says when most columns mean nothing to a list', () => {
    const titled = check('PDOS registration list,,\n,,\nFirst name,Last name,Country\nAna,Cruz,QA');
    expect(titled.headerLine).toBe(3);
    expect(titled.rows).toHaveLength(1);
    expect(titled.rows[0]).toMatchObject({ line: 4, registrant: { destination: 'QA' } });

    const registry = 'Nombre;Apellidos;DNI;Domicilio;Importe;Prestación\nAna;Cruz;1;C/ Major;10;X';
    expect(check(registry).verdict).toEqual({
      kind: 'notAList',
      reason: 'columns',
      known: 2,
      total: 6,
    });
    // Once the officer has said what the other columns are (here: nothing to import), it is.
    const decided = new Map([2, 3, 4, 5].map((column) => [column, 'ignore' as const]));
    expect(checkRegistrationList(rowsOf(registry), TODAY, decided).verdict).toEqual({
      kind: 'ok',
    });
  });

  it('says a list whose rows mostly lack what a registration needs is not one', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `Name${i};Family${i};0${i}/03/1985`);
    const result = check(['Nombre;Apellidos;Fecha de nacimiento', ...rows].join('\n'));
    expect(result.verdict).toEqual({ kind: 'notAList', reason: 'rows', bad: 8, total: 8 });
  });
});
