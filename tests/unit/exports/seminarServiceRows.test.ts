import { describe, expect, it } from 'vitest';
import {
  ATTENDEE_EXPORT_COLUMNS,
  attendeeExportRows,
  SESSION_EXPORT_COLUMNS,
  sessionExportRows,
  type ExportAttendance,
  type ExportSeminar,
  type SeminarExportLabels,
} from '../../../domain/exports/seminarRows';
import {
  SERVICE_EXPORT_COLUMNS,
  serviceExportHeader,
  serviceExportRow,
  type ExportService,
  type ServiceExportLabels,
} from '../../../domain/exports/serviceRows';
import { csvText } from '../../../domain/spreadsheet/csv';
import { xlsxBytes } from '../../../renderer/ui/export/xlsxBytes';

const labels: SeminarExportLabels = {
  sessionHeader: (c) => `S:${c}`,
  attendeeHeader: (c) => `A:${c}`,
  type: (id) => `type ${id}`,
  partner: (id) => (id === 'owwa-1' ? 'OWWA Region V' : ''),
  language: (code) => (code === 'fil' ? 'Filipino' : code),
  status: (s) => ({ registered: 'Registered', waitlisted: 'Waitlist', cancelled: 'Cancelled' })[s],
  yes: 'Yes',
  no: 'No',
  country: (code) => (code === 'SA' ? 'Saudi Arabia' : code),
  person: (id) => ({ p1: 'Maria Santos', p2: 'Juan Dela Cruz', p3: 'Ana Reyes' })[id] ?? '',
};

const pdos: ExportSeminar = {
  id: 's1',
  type: 'pdos',
  title: '=HYPERLINK("http://evil","PDOS")',
  startsAt: new Date(2026, 2, 14, 9, 0).toISOString(),
  endsAt: new Date(2026, 2, 14, 12, 30).toISOString(),
  venue: 'City Hall, Room 2',
  facilitators: ['Ana Lim', 'Ben Cruz'],
  partnerId: 'owwa-1',
  language: 'fil',
  capacity: 1,
};
const empty: ExportSeminar = { ...pdos, id: 's2', title: 'PEOS', partnerId: undefined };

const at = (h: number, m = 0) => new Date(2026, 2, 14, h, m).toISOString();
const registration = (over: Partial<ExportAttendance>): ExportAttendance => ({
  seminarId: 's1',
  personId: 'p1',
  status: 'registered',
  registrationCode: 'PDOS-7K2',
  registeredAt: new Date(2026, 2, 1, 10).toISOString(),
  ...over,
});
const attendance = [
  registration({
    checkedInAt: at(8, 55),
    destination: 'SA',
    occupation: '-Caregiver',
    certificateNumber: 'LGZ-CERT-2026-0001',
    certificateIssuedAt: at(12, 40),
  }),
  registration({ personId: 'p2', status: 'waitlisted', registrationCode: 'PDOS-9QX' }),
  // Walked in at the door over capacity: the room is over-full by one.
  registration({
    personId: 'p3',
    registrationCode: 'PDOS-3AB',
    walkIn: true,
    checkedInAt: at(9, 5),
  }),
  registration({ personId: 'p3', registrationCode: 'PDOS-OLD', deletedAt: at(7) }),
];

describe('the sessions sheet of the seminar export', () => {
  it('writes one row per session with its counts as numbers, negative places left when over-full', () => {
    const [header, row, emptyRow] = sessionExportRows([pdos, empty], attendance, labels);
    expect(header).toEqual(SESSION_EXPORT_COLUMNS.map((c) => `S:${c}`));
    const cell = (r: typeof row, c: (typeof SESSION_EXPORT_COLUMNS)[number]) =>
      r![SESSION_EXPORT_COLUMNS.indexOf(c)];
    expect(cell(row, 'type')).toBe('type pdos');
    expect(cell(row, 'date')).toBe('2026-03-14');
    expect(cell(row, 'starts')).toBe('09:00');
    expect(cell(row, 'ends')).toBe('12:30');
    expect(cell(row, 'facilitators')).toBe('Ana Lim; Ben Cruz');
    expect(cell(row, 'partner')).toBe('OWWA Region V');
    expect(cell(row, 'language')).toBe('Filipino');
    expect(cell(row, 'registered')).toBe(2);
    expect(cell(row, 'waitlisted')).toBe(1);
    expect(cell(row, 'present')).toBe(2);
    expect(cell(row, 'placesLeft')).toBe(-1);
    expect(cell(row, 'certificates')).toBe(1);
    // A session nobody registered for is still listed, with zeros.
    expect(cell(emptyRow, 'title')).toBe('PEOS');
    expect(cell(emptyRow, 'partner')).toBe('');
    expect(
      (['registered', 'waitlisted', 'cancelled', 'present', 'certificates'] as const).map((c) =>
        cell(emptyRow, c),
      ),
    ).toEqual([0, 0, 0, 0, 0]);
    expect(cell(emptyRow, 'placesLeft')).toBe(1);
  });

  it('writes formula-like titles as text and the counts (a negative one included) as numbers', async () => {
    const rows = sessionExportRows([pdos], attendance, labels);
    const csv = csvText(rows);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""PDOS"")"`);
    expect(csv.split('\r\n')[1]!.endsWith(',1,2,1,0,2,-1,1')).toBe(true);

    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(await xlsxBytes([{ name: 'Sessions', rows }]), {
      type: 'array',
      cellFormula: true,
    });
    const sheet = book.Sheets['Sessions']!;
    const title = sheet['A2'] as { t: string; v: unknown; f?: string };
    expect(title.t).toBe('s');
    expect(title.f).toBeUndefined();
    const at = XLSX.utils.encode_cell({ r: 1, c: SESSION_EXPORT_COLUMNS.indexOf('placesLeft') });
    const left = sheet[at] as { t: string; v: unknown };
    expect(left).toMatchObject({ t: 'n', v: -1 });
  });
});

describe('the attendees sheet of the seminar export', () => {
  it('writes registration, attendance and certificate per attendee, deleted registrations left out', () => {
    const [header, ...rows] = attendeeExportRows([pdos, empty], attendance, labels);
    expect(header).toEqual(ATTENDEE_EXPORT_COLUMNS.map((c) => `A:${c}`));
    expect(rows).toHaveLength(3);
    const col = (c: (typeof ATTENDEE_EXPORT_COLUMNS)[number]) => ATTENDEE_EXPORT_COLUMNS.indexOf(c);
    const [maria, juan, ana] = rows;
    expect(maria![col('person')]).toBe('Maria Santos');
    expect(maria![col('status')]).toBe('Registered');
    expect(maria![col('registeredOn')]).toBe('2026-03-01');
    expect(maria![col('checkedIn')]).toBe('2026-03-14 08:55');
    expect(maria![col('attended')]).toBe('Yes');
    expect(maria![col('destination')]).toBe('Saudi Arabia');
    expect(maria![col('certificateNumber')]).toBe('LGZ-CERT-2026-0001');
    expect(maria![col('certificateIssued')]).toBe('2026-03-14');
    // Waitlisted: registered, never attended, no certificate.
    expect(juan![col('status')]).toBe('Waitlist');
    expect(juan![col('attended')]).toBe('No');
    expect(juan![col('checkedIn')]).toBe('');
    expect(juan![col('certificateNumber')]).toBeUndefined();
    expect(ana![col('walkIn')]).toBe('Yes');
    expect(rows.some((r) => r[col('registrationCode')] === 'PDOS-OLD')).toBe(false);
    // The occupation "-Caregiver" is neutralised when written, not in the row.
    expect(csvText([maria!])).toContain(",'-Caregiver,");
  });

  it('has only its header for a session nobody registered for', () => {
    expect(attendeeExportRows([empty], attendance, labels)).toHaveLength(1);
  });
});

describe('the services export', () => {
  const service: ExportService & { agencyName: string } = {
    name: 'OEC — Overseas Employment Certificate',
    agencyName: 'DMW',
    categories: ['documents', 'preEmployment'],
    eligibility: 'Returning OFWs',
    documents: ['Passport', 'Valid visa'],
    fees: '+100 PHP',
    processingTime: '1 day',
    steps: ['Book online', 'Pay the fee'],
    howToApply: '@DMW office, Legazpi',
    contact: '1348',
    languages: ['Filipino', 'Bikol'],
    verificationStatus: 'verified',
    lastVerifiedAt: '2026-02-10',
  };
  const serviceLabels: ServiceExportLabels<typeof service> = {
    header: (c) => `H:${c}`,
    agency: (s) => s.agencyName,
    category: (id) => ({ documents: 'Documents', preEmployment: 'Pre-employment' })[id] ?? id,
    language: (name) => name,
    handouts: () => ['English', 'العربية'],
    status: (s) => (s === 'verified' ? 'Verified' : 'To be verified'),
  };

  it('writes the columns in order, lists joined, steps numbered', () => {
    expect(serviceExportHeader(serviceLabels)).toEqual(SERVICE_EXPORT_COLUMNS.map((c) => `H:${c}`));
    expect(serviceExportRow(service, serviceLabels)).toEqual([
      'OEC — Overseas Employment Certificate',
      'DMW',
      'Documents; Pre-employment',
      'Returning OFWs',
      'Passport; Valid visa',
      '+100 PHP',
      '1 day',
      '1. Book online 2. Pay the fee',
      '@DMW office, Legazpi',
      '1348',
      'Filipino; Bikol',
      'English; العربية',
      'Verified',
      '2026-02-10',
    ]);
  });

  it('neutralises formula-like text and leaves no verification day on a service to verify', () => {
    const row = serviceExportRow(
      { ...service, verificationStatus: 'toVerify' as const },
      serviceLabels,
    );
    expect(row.at(-1)).toBe('');
    const csv = csvText([row]);
    expect(csv).toContain(",'+100 PHP,");
    expect(csv).toContain(`,"'@DMW office, Legazpi",`);
  });
});
