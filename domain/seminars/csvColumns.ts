// The columns of a registration list, and the header names they are recognised by: English,
// Filipino and Spanish, in any case, with or without spaces, accents or underscores.
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
  'email',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

const HEADER_NAMES: Record<CsvField, readonly string[]> = {
  givenName: [
    'given name',
    'first name',
    'firstname',
    'pangalan',
    'unang pangalan',
    'nombre',
    'nombres',
  ],
  familyName: ['family name', 'last name', 'surname', 'apelyido', 'apellido', 'apellidos'],
  middleName: ['middle name', 'gitnang pangalan', 'segundo nombre'],
  sex: ['sex', 'gender', 'kasarian', 'sexo', 'genero'],
  birthDate: [
    'birth date',
    'date of birth',
    'birthday',
    'dob',
    'kaarawan',
    'petsa ng kapanganakan',
    'fecha de nacimiento',
  ],
  phone: [
    'phone',
    'mobile',
    'telephone',
    'cellphone',
    'telepono',
    'numero',
    'telefono',
    'celular',
    'movil',
  ],
  barangay: ['barangay', 'brgy'],
  destination: [
    'destination',
    'destination country',
    'country',
    'bansa',
    'bansang pupuntahan',
    'destino',
    'pais',
    'pais de destino',
  ],
  email: ['email', 'e mail', 'correo', 'correo electronico'],
};

/** "Given name", "given_name", "GIVENNAME" → "givenname". */
const headerKey = (text: string) =>
  foldText(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/ /g, '');

const FIELD_OF = new Map<string, CsvField>();
for (const field of CSV_FIELDS) {
  FIELD_OF.set(headerKey(field), field);
  for (const name of HEADER_NAMES[field]) FIELD_OF.set(headerKey(name), field);
}

export interface HeaderMapping {
  /** Column index → field. */
  fields: (CsvField | null)[];
  /** Header cells that name no known column, as written. */
  unknown: string[];
  /** Fields named by more than one column (only the first is read). */
  repeated: CsvField[];
}

export function mapHeader(header: readonly string[]): HeaderMapping {
  const seen = new Set<CsvField>();
  const unknown: string[] = [];
  const repeated: CsvField[] = [];
  const fields = header.map((cell) => {
    if (cell.trim() === '') return null;
    const field = FIELD_OF.get(headerKey(cell));
    if (!field) {
      unknown.push(cell.trim());
      return null;
    }
    if (seen.has(field)) {
      repeated.push(field);
      return null;
    }
    seen.add(field);
    return field;
  });
  return { fields, unknown, repeated };
}
