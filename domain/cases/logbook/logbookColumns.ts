// The columns of a desk's hand-kept logbook, and the header names they are recognised by in
// English, Filipino, Spanish, Catalan and Arabic ("Pangalan ng OFW", "Nombre", "Bansa",
// "Uri ng Problema" …). A column the header does not name can be chosen by hand.
import { columnReader } from '../../spreadsheet/headerColumns';

export const LOGBOOK_FIELDS = [
  'reference',
  'openedDate',
  'fullName',
  'givenName',
  'familyName',
  'sex',
  'birthDate',
  'phone',
  'barangay',
  'country',
  'category',
  'status',
  'relationship',
  'description',
] as const;
export type LogbookField = (typeof LOGBOOK_FIELDS)[number];
export type LogbookChoice = LogbookField | 'ignore';

const HEADER_NAMES: Record<LogbookField, readonly string[]> = {
  reference: [
    ...['reference', 'ref', 'ref no', 'reference number', 'case no', 'case number', 'no', '#'],
    ...['numero ng kaso', 'blg', 'bilang'],
    ...['referencia', 'n expediente', 'expediente', 'numero de caso'],
    ...['referencia del cas', 'numero de cas'],
    ...['المرجع', 'رقم الحالة', 'رقم الملف'],
  ],
  openedDate: [
    ...['date', 'date opened', 'opened', 'date of visit', 'date received', 'intake date'],
    ...['petsa', 'petsa ng pagdulog', 'araw'],
    ...['fecha', 'fecha de apertura', 'fecha de atencion', 'fecha de visita'],
    ...['data', "data d'obertura", 'data de visita'],
    ...['التاريخ', 'تاريخ الفتح', 'تاريخ الزيارة'],
  ],
  fullName: [
    ...['name', 'full name', 'name of ofw', 'ofw name', 'client', 'client name', 'ofw'],
    ...['pangalan ng ofw', 'buong pangalan', 'pangalan ng kliyente'],
    ...['nombre completo', 'nombre y apellidos', 'nombre del ofw', 'cliente'],
    ...['nom complet', 'nom i cognoms', 'usuari'],
    ...['الاسم الكامل', 'اسم العامل', 'العميل'],
  ],
  givenName: [
    ...['given name', 'first name', 'firstname', 'forename'],
    ...['pangalan', 'unang pangalan'],
    ...['nombre', 'nombres', 'nombre de pila'],
    ...['nom', 'nom de pila'],
    ...['الاسم', 'الاسم الاول'],
  ],
  familyName: [
    ...['family name', 'last name', 'lastname', 'surname'],
    ...['apelyido'],
    ...['apellido', 'apellidos'],
    ...['cognom', 'cognoms'],
    ...['اسم العائلة', 'الكنية', 'اللقب'],
  ],
  sex: [
    ...['sex', 'gender'],
    ...['kasarian'],
    ...['sexo', 'genero'],
    ...['sexe', 'genere'],
    ...['الجنس'],
  ],
  birthDate: [
    ...['birth date', 'date of birth', 'birthdate', 'birthday', 'dob'],
    ...['kaarawan', 'petsa ng kapanganakan'],
    ...['fecha de nacimiento', 'nacimiento'],
    ...['data de naixement', 'naixement'],
    ...['تاريخ الميلاد'],
  ],
  phone: [
    ...['phone', 'phone number', 'mobile', 'mobile no', 'contact', 'contact no', 'contact number'],
    ...['cellphone', 'cp no', 'telepono', 'numero ng telepono', 'selpon'],
    ...['telefono', 'celular', 'movil', 'tel'],
    ...['telefon', 'mobil'],
    ...['الهاتف', 'رقم الهاتف', 'الجوال'],
  ],
  barangay: [
    ...['barangay', 'brgy', 'address'],
    ...['tirahan'],
    ...['barrio'],
    ...['barri'],
    ...['الحي'],
  ],
  country: [
    ...['country', 'destination', 'country of work', 'country of deployment', 'jobsite'],
    ...['bansa', 'bansang pinagtatrabahuhan', 'bansa ng trabaho'],
    ...['pais', 'destino', 'pais de trabajo'],
    ...['pais de treball', 'destinacio'],
    ...['البلد', 'الدولة', 'بلد العمل'],
  ],
  category: [
    ...['problem', 'type of problem', 'problem type', 'category', 'concern', 'nature of case'],
    ...['uri ng problema', 'problema', 'suliranin', 'kategorya'],
    ...['tipo de problema', 'categoria', 'motivo', 'asunto'],
    ...['tipus de problema', 'motiu'],
    ...['نوع المشكلة', 'المشكلة', 'الفئة'],
  ],
  status: [
    ...['status', 'case status', 'action taken'],
    ...['katayuan', 'kalagayan'],
    ...['estado', 'situacion'],
    ...['estat', 'situacio'],
    ...['الحالة', 'وضع الحالة'],
  ],
  relationship: [
    ...['relationship', 'relation to ofw', 'relationship to ofw', 'client is', 'role'],
    ...['relasyon', 'kaugnayan', 'relasyon sa ofw'],
    ...['parentesco', 'relacion', 'relacion con el ofw'],
    ...['parentiu', 'relacio'],
    ...['صلة القرابة', 'العلاقة'],
  ],
  description: [
    ...['description', 'details', 'notes', 'remarks', 'remarks notes', 'narrative', 'summary'],
    ...['paglalarawan', 'detalye', 'salaysay'],
    ...['descripcion', 'detalles', 'observaciones', 'notas'],
    ...['descripcio', 'observacions', 'notes del cas'],
    ...['الوصف', 'التفاصيل', 'ملاحظات'],
  ],
};

export const { recogniseColumn: recogniseLogbookColumn, mapHeader: mapLogbookHeader } =
  columnReader(LOGBOOK_FIELDS, HEADER_NAMES);
