// The columns of a registration list, and the header names they are recognised by: English,
// Filipino, Spanish, Catalan and Arabic, in any case, with or without spaces, accents, hyphens,
// underscores or Arabic vowel marks. The officer can read any other column as one of these
// fields by hand (or ignore it): `choices` then override what the header says.
import { foldText } from '../search/normalize';

export const CSV_FIELDS = [
  'givenName',
  'familyName',
  'middleName',
  'sex',
  'birthDate',
  'phone',
  'barangay',
  'destination',
  'occupation',
  'email',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** What the officer decided a column holds: a field, or nothing to read. */
export type ColumnChoice = CsvField | 'ignore';

const HEADER_NAMES: Record<CsvField, readonly string[]> = {
  givenName: [
    ...['given name', 'given names', 'first name', 'firstname', 'forename'],
    ...['pangalan', 'unang pangalan', 'ngalan'],
    ...['nombre', 'nombres', 'nombre de pila'],
    ...['nom', 'nom de pila'],
    ...['الاسم', 'الاسم الاول', 'الاسم الشخصي'],
  ],
  familyName: [
    ...['family name', 'last name', 'lastname', 'surname'],
    ...['apelyido', 'apelyido ng pamilya'],
    ...['apellido', 'apellidos', 'primer apellido'],
    ...['cognom', 'cognoms'],
    ...['اسم العائلة', 'الكنية', 'اللقب', 'العائلة'],
  ],
  middleName: [
    ...['middle name', 'middle initial', 'mi'],
    ...['gitnang pangalan', 'gitnang apelyido'],
    ...['segundo nombre', 'segundo apellido'],
    ...['segon nom', 'segon cognom'],
    ...['الاسم الاوسط', 'اسم الاب'],
  ],
  sex: [
    ...['sex', 'gender'],
    ...['kasarian'],
    ...['sexo', 'genero'],
    ...['sexe', 'genere'],
    ...['الجنس', 'النوع'],
  ],
  birthDate: [
    ...['birth date', 'date of birth', 'birthdate', 'birthday', 'dob'],
    ...['kaarawan', 'petsa ng kapanganakan', 'araw ng kapanganakan'],
    ...['fecha de nacimiento', 'fecha nacimiento', 'f nacimiento', 'nacimiento'],
    ...['data de naixement', 'data naixement', 'naixement'],
    ...['تاريخ الميلاد', 'تاريخ الولادة', 'الميلاد'],
  ],
  phone: [
    ...[
      'phone',
      'phone number',
      'mobile',
      'mobile number',
      'mobile no',
      'contact',
      'contact number',
    ],
    ...['contact no', 'telephone', 'cellphone', 'cellphone number', 'cp no', 'cp number'],
    ...['telepono', 'numero ng telepono', 'numero', 'selpon'],
    ...['telefono', 'telefono movil', 'celular', 'movil', 'tel'],
    ...['telefon', 'mobil', 'telefon mobil'],
    ...['الهاتف', 'رقم الهاتف', 'الجوال', 'رقم الجوال', 'الموبايل', 'هاتف'],
  ],
  barangay: [
    ...['barangay', 'brgy', 'brgy address', 'address barangay'],
    ...['barrio', 'barri'],
    ...['الحي'],
  ],
  destination: [
    ...['destination', 'destination country', 'country of destination', 'intended destination'],
    ...['intended country', 'country', 'country of work', 'country of deployment'],
    ...['bansa', 'bansang pupuntahan', 'pupuntahang bansa', 'destinasyon'],
    ...['destino', 'pais', 'pais de destino', 'destino previsto', 'pais de trabajo'],
    ...['destinacio', 'pais de destinacio', 'destinacio prevista'],
    ...['الوجهة', 'بلد الوجهة', 'الدولة', 'البلد', 'بلد العمل', 'الوجهة المقصودة'],
  ],
  occupation: [
    ...['occupation', 'intended occupation', 'job', 'job title', 'position', 'work'],
    ...['profession', 'skill', 'intended job'],
    ...['trabaho', 'hanapbuhay', 'propesyon', 'posisyon'],
    ...['ocupacion', 'profesion', 'oficio', 'puesto', 'trabajo', 'empleo'],
    ...['ocupacio', 'professio', 'ofici', 'feina', 'lloc de treball'],
    ...['المهنة', 'الوظيفة', 'العمل'],
  ],
  email: [
    ...['email', 'e mail', 'email address', 'e mail address'],
    ...['correo', 'correo electronico'],
    ...['correu', 'correu electronic'],
    ...['البريد الالكتروني', 'البريد', 'الايميل'],
  ],
};

/** "Given name", "given_name", "GIVENNAME", "Mobile No." → one key each. */
const headerKey = (text: string) =>
  foldText(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/ /g, '');

const FIELD_OF = new Map<string, CsvField>();
for (const field of CSV_FIELDS) {
  FIELD_OF.set(headerKey(field), field);
  for (const name of HEADER_NAMES[field]) FIELD_OF.set(headerKey(name), field);
}

/** The field a header cell names, or null. */
export function recogniseColumn(cell: string): CsvField | null {
  const key = headerKey(cell);
  return key === '' ? null : (FIELD_OF.get(key) ?? null);
}

export type ColumnSource = 'recognised' | 'chosen' | 'ignored' | 'unknown' | 'repeated' | 'empty';

export interface HeaderMapping {
  /** Column index → field read from it. */
  fields: (CsvField | null)[];
  /** Why each column is read (or not): by its header, by the officer's choice, … */
  sources: ColumnSource[];
  /** Header cells that name no known column and that the officer has not decided, as written. */
  unknown: string[];
  /** Fields named by more than one column (only the first is read). */
  repeated: CsvField[];
}

/** Reads the header row; `choices` (column index → choice) are the officer's, and win. */
export function mapHeader(
  header: readonly string[],
  choices: ReadonlyMap<number, ColumnChoice> = new Map(),
): HeaderMapping {
  const claimed = new Set<CsvField>();
  for (const choice of choices.values()) if (choice !== 'ignore') claimed.add(choice);
  const unknown: string[] = [];
  const repeated: CsvField[] = [];
  const fields: (CsvField | null)[] = [];
  const sources: ColumnSource[] = [];
  const seen = new Set<CsvField>();
  const read = (field: CsvField, source: ColumnSource) => {
    if (seen.has(field)) {
      repeated.push(field);
      return [null, 'repeated'] as const;
    }
    seen.add(field);
    return [field, source] as const;
  };
  header.forEach((cell, index) => {
    const choice = choices.get(index);
    let result: readonly [CsvField | null, ColumnSource];
    if (choice === 'ignore') result = [null, 'ignored'];
    else if (choice) result = read(choice, 'chosen');
    else if (cell.trim() === '') result = [null, 'empty'];
    else {
      const field = recogniseColumn(cell);
      if (!field) unknown.push(cell.trim());
      // A field the officer gave to another column is not read twice from the header.
      if (field && claimed.has(field)) result = [null, 'repeated'];
      else result = field ? read(field, 'recognised') : [null, 'unknown'];
    }
    fields.push(result[0]);
    sources.push(result[1]);
  });
  return { fields, sources, unknown, repeated };
}
