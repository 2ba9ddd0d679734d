// Seminars with their attendance as spreadsheet rows: a sheet of sessions (what, when, where,
// how full) and a sheet of attendees (registration, check-in, certificate), every value in the
// officer's language, days as ISO local days and times as the desk's clock shows them.
import { localDay } from '../localDay';
import type { CellValue } from '../spreadsheet/cells';

export interface ExportSeminar {
  id: string;
  type: string;
  title: string;
  startsAt: string;
  endsAt?: string | undefined;
  venue?: string | undefined;
  onlineUrl?: string | undefined;
  facilitators: readonly string[];
  partnerId?: string | undefined;
  language: string;
  capacity: number;
}

export interface ExportAttendance {
  seminarId: string;
  personId: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
  registrationCode: string;
  registeredAt: string;
  checkedInAt?: string | undefined;
  walkIn?: boolean | undefined;
  destination?: string | undefined;
  occupation?: string | undefined;
  certificateNumber?: string | undefined;
  certificateIssuedAt?: string | undefined;
  deletedAt?: string | null | undefined;
}

export const SESSION_EXPORT_COLUMNS = [
  'title',
  'type',
  'date',
  'starts',
  'ends',
  'venue',
  'online',
  'facilitators',
  'partner',
  'language',
  'capacity',
  'registered',
  'waitlisted',
  'cancelled',
  'present',
  'placesLeft',
  'certificates',
] as const;
export type SessionExportColumn = (typeof SESSION_EXPORT_COLUMNS)[number];

export const ATTENDEE_EXPORT_COLUMNS = [
  'seminar',
  'date',
  'person',
  'registrationCode',
  'status',
  'registeredOn',
  'walkIn',
  'checkedIn',
  'attended',
  'destination',
  'occupation',
  'certificateNumber',
  'certificateIssued',
] as const;
export type AttendeeExportColumn = (typeof ATTENDEE_EXPORT_COLUMNS)[number];

export interface SeminarExportLabels {
  sessionHeader: (column: SessionExportColumn) => string;
  attendeeHeader: (column: AttendeeExportColumn) => string;
  type: (id: string) => string;
  partner: (id: string) => string;
  language: (code: string) => string;
  status: (status: ExportAttendance['status']) => string;
  yes: string;
  no: string;
  country: (code: string) => string;
  person: (id: string) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (iso: string | undefined) => (iso ? localDay(new Date(iso)) : '');
/** "09:30" on the desk's clock. */
const time = (iso: string | undefined) => {
  if (!iso) return '';
  const at = new Date(iso);
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
};
const dayAndTime = (iso: string | undefined) => (iso ? `${day(iso)} ${time(iso)}` : '');

const attended = (a: ExportAttendance) => a.status === 'registered' && !!a.checkedInAt;

/** Each session's live registrations, in the order given. */
function bySession<A extends ExportAttendance>(attendance: readonly A[]) {
  const map = new Map<string, A[]>();
  for (const a of attendance) {
    if (a.deletedAt) continue;
    const list = map.get(a.seminarId);
    if (list) list.push(a);
    else map.set(a.seminarId, [a]);
  }
  return map;
}

/** The session's counts as numbers (a spreadsheet can add them up). */
function sessionCounts(seminar: ExportSeminar, own: readonly ExportAttendance[]) {
  const registered = own.filter((a) => a.status === 'registered').length;
  return [
    seminar.capacity,
    registered,
    own.filter((a) => a.status === 'waitlisted').length,
    own.filter((a) => a.status === 'cancelled').length,
    own.filter(attended).length,
    // Negative when walk-ins were admitted beyond the room's capacity.
    seminar.capacity - registered,
    own.filter((a) => a.certificateNumber).length,
  ];
}

export function sessionExportRows(
  seminars: readonly ExportSeminar[],
  attendance: readonly ExportAttendance[],
  l: SeminarExportLabels,
): CellValue[][] {
  const header: CellValue[] = SESSION_EXPORT_COLUMNS.map(l.sessionHeader);
  const own = bySession(attendance);
  return [
    header,
    ...seminars.map((s): CellValue[] => [
      s.title,
      l.type(s.type),
      day(s.startsAt),
      time(s.startsAt),
      time(s.endsAt),
      s.venue,
      s.onlineUrl,
      s.facilitators.join('; '),
      s.partnerId ? l.partner(s.partnerId) : '',
      l.language(s.language),
      ...sessionCounts(s, own.get(s.id) ?? []),
    ]),
  ];
}

/** One row per registration (cancelled ones included, as such), session by session. */
export function attendeeExportRows(
  seminars: readonly ExportSeminar[],
  attendance: readonly ExportAttendance[],
  l: SeminarExportLabels,
): CellValue[][] {
  const rows: CellValue[][] = [ATTENDEE_EXPORT_COLUMNS.map(l.attendeeHeader)];
  const own = bySession(attendance);
  for (const s of seminars) {
    for (const a of own.get(s.id) ?? []) {
      rows.push([
        s.title,
        day(s.startsAt),
        l.person(a.personId),
        a.registrationCode,
        l.status(a.status),
        day(a.registeredAt),
        a.walkIn ? l.yes : l.no,
        dayAndTime(a.checkedInAt),
        attended(a) ? l.yes : l.no,
        a.destination ? l.country(a.destination) : '',
        a.occupation,
        a.certificateNumber,
        day(a.certificateIssuedAt),
      ]);
    }
  }
  return rows;
}
