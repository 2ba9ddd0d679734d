import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import arCommon from '../../../locales/ar/common.json';
import ar from '../../../locales/ar/seminars.json';
import common from '../../../locales/en/common.json';
import en from '../../../locales/en/seminars.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { issueCertificates } from '../../../renderer/features/seminars/certificateRepository';
import { checkIn } from '../../../renderer/features/seminars/checkInRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import { platform } from '../../../renderer/platform';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

/** A session that began an hour ago, two places, three registered (one waits), one checked in
 *  with a certificate, and a second session nobody registered for. */
async function deskWithAttendance() {
  const desk = await deskWithSession({
    registrations: 3,
    capacity: 2,
    startsAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  const db = createDatabase(desk.databaseName);
  await openDatabase(db);
  const ctx = { db, actor: 'staff-test' };
  const first = desk.attendance.find((a) => a.status === 'registered')!;
  await checkIn(ctx, first.id);
  await issueCertificates(ctx, 'LGZ', desk.seminar.id);
  const empty = await createSeminar(ctx, {
    type: 'peos',
    title: '=cmd|calc PEOS',
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    facilitators: [],
    language: 'fil',
    capacity: 30,
  });
  db.close();
  return { ...desk, first, empty };
}

let open: ReturnType<typeof createDatabase> | undefined;
afterEach(() => {
  open?.close();
  vi.restoreAllMocks();
});

async function exportAs(button: string, item: string) {
  await waitFor(() =>
    expect(screen.getByRole('button', { name: button })).toHaveProperty('disabled', false),
  );
  await userEvent.click(screen.getByRole('button', { name: button }));
  await userEvent.click(await screen.findByRole('menuitem', { name: item }));
}

async function exportEntries(databaseName: string) {
  open?.close();
  open = createDatabase(databaseName);
  await openDatabase(open);
  return open.audit.filter((a) => a.action === 'export').toArray();
}

describe('exporting seminars with their attendance', () => {
  it('writes every session and every registration as two CSV files, audited per table', async () => {
    const save = vi
      .spyOn(platform, 'saveFile')
      .mockImplementation((r) => Promise.resolve(r.suggestedName));
    const desk = await deskWithAttendance();
    await renderApp({ databaseName: desk.databaseName, path: '/seminars', language: 'en' });
    await screen.findByTestId('seminar-list', {}, { timeout: 5000 });
    await exportAs(common.export.button, common.export.csv);
    // The file is written in a worker that first loads its code.
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 15_000 });

    const [sessions, attendees] = save.mock.calls.map((call) => call[0]);
    expect(sessions!.suggestedName).toMatch(/^seminars-\d{4}-\d{2}-\d{2} - Sessions\.csv$/);
    expect(attendees!.suggestedName).toMatch(/ - Attendees\.csv$/);
    for (const file of [sessions!, attendees!]) {
      expect((file.data as string).charCodeAt(0)).toBe(0xfeff);
    }
    const sessionLines = (sessions!.data as string).slice(1).split('\r\n');
    expect(sessionLines[0]!.split(',').slice(0, 3)).toEqual([
      en.fields.title,
      en.fields.type,
      en.fields.date,
    ]);
    expect(sessionLines).toHaveLength(3);
    const pdos = sessionLines.find((l) => l.startsWith('PDOS for household workers'))!;
    // Capacity 2, registered 2, waitlist 1, cancelled 0, present 1, places left 0, certificates 1.
    expect(pdos.endsWith(',2,2,1,0,1,0,1')).toBe(true);
    // The empty session is listed, its formula-like title neutralised.
    const peos = sessionLines.find((l) => l.includes('PEOS'))!;
    expect(peos.startsWith("'=cmd|calc PEOS,")).toBe(true);
    expect(peos.endsWith(',30,0,0,0,0,30,0')).toBe(true);

    const attendeeLines = (attendees!.data as string).slice(1).split('\r\n');
    expect(attendeeLines).toHaveLength(4);
    const waiting = attendeeLines.filter((l) => l.includes(`,${en.export.status.waitlisted},`));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toContain(`,${en.export.no},`);
    const certified = attendeeLines.filter((l) => /,LGZ-CERT-\d{4}-00001,/.test(l));
    expect(certified).toHaveLength(1);
    expect(certified[0]).toContain(desk.first.registrationCode);
    expect(certified[0]).toContain(`,${en.export.yes},`);
    expect(await screen.findByTestId('export-status')).toHaveProperty(
      'textContent',
      common.export.savedTo.replace('{{path}}', attendees!.suggestedName),
    );

    const audit = await exportEntries(desk.databaseName);
    expect(audit.map((a) => [a.table, a.detail])).toEqual(
      expect.arrayContaining([
        ['seminars', { filters: {}, rows: 2, format: 'csv' }],
        ['attendance', { filters: {}, rows: 3, format: 'csv' }],
      ]),
    );
    expect(audit).toHaveLength(2);
    const seminarsEntry = audit.find((a) => a.table === 'seminars')!;
    expect([...seminarsEntry.recordIds!].sort()).toEqual([desk.seminar.id, desk.empty.id].sort());
    const attendanceEntry = audit.find((a) => a.table === 'attendance')!;
    expect([...attendanceEntry.recordIds!].sort()).toEqual(desk.attendance.map((a) => a.id).sort());
  });

  it('writes one session from its page as an Arabic Excel workbook of two sheets', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('ندوة.xlsx');
    const desk = await deskWithAttendance();
    await renderApp({
      databaseName: desk.databaseName,
      path: `/seminars/${desk.seminar.id}`,
      language: 'ar',
    });
    await screen.findByTestId('seminar-title', {}, { timeout: 5000 });
    await exportAs(arCommon.export.button, arCommon.export.xlsx);
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });

    const request = save.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/\.xlsx$/);
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(request.data, { type: 'array' });
    expect(book.SheetNames).toEqual([ar.export.sessionsSheet, ar.export.attendeesSheet]);
    const read = (name: string) =>
      XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[name]!, { header: 1 });
    const sessions = read(ar.export.sessionsSheet);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]![0]).toBe(ar.fields.title);
    expect(sessions[1]![0]).toBe('PDOS for household workers');
    // Counts are numbers in the workbook, not text.
    expect(sessions[1]!.slice(-7)).toEqual([2, 2, 1, 0, 1, 0, 1]);
    const attendees = read(ar.export.attendeesSheet);
    expect(attendees).toHaveLength(4);
    expect(attendees[0]).toContain(ar.roster.name);
    expect(attendees.flat()).toContain(ar.export.status.waitlisted);

    // The export is audited once the file is saved, one entry per table, one after the other.
    await waitFor(async () => {
      const audit = await exportEntries(desk.databaseName);
      expect(audit.map((a) => [a.table, a.detail])).toEqual(
        expect.arrayContaining([
          ['seminars', { filters: { seminar: desk.seminar.id }, rows: 1, format: 'xlsx' }],
          ['attendance', { filters: { seminar: desk.seminar.id }, rows: 3, format: 'xlsx' }],
        ]),
      );
    });
  });
});
