// The columns of a registration list, and the header names they are recognised by: English,
// Filipino, Spanish, Catalan and Arabic, in any case, with or without spaces, accents, hyphens,
// underscores or Arabic vowel marks. The officer can read any other column as one of these
// fields by hand (or ignore it): `choices` then override what the header says.
import {
  columnReader,
  type ColumnSource,
  type HeaderMapping as GenericMapping,
} from '../spreadsheet/headerColumns';

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

export const { recogniseColumn, mapHeader } = columnReader(CSV_FIELDS, HEADER_NAMES);
export type HeaderMapping = GenericMapping<CsvField>;
export type { ColumnSource };
