// "Hidden means not rendered and not read": a clerk's session never decrypts the details of a
// health, legal or abuse case, nor a person's administrative status; a case officer's does; a
// clerk's edit keeps what they never read; sync still pushes the whole record.
import { afterEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../domain/sync';
import {
  applyReadPolicy,
  createRecord,
  type TulayDatabase,
  updateRecord,
} from '../../../renderer/db';
import { addNote } from '../../../renderer/features/cases/caseEventRepository';
import {
  changeStatus,
  createCase,
  TransitionError,
} from '../../../renderer/features/cases/caseRepository';
import { createPerson, updatePerson } from '../../../renderer/features/people';
import type { CatalogueClient } from '../../../renderer/sync/client';
import { runSync } from '../../../renderer/sync/runSync';
import { freshDatabase, writer } from './testDatabase';

const STORY = 'Beaten by her employer; treated for a broken arm.';
const NOTE = 'The X-ray confirms the fracture.';
const CONSENT_NOTE = 'Agreed by phone with her sister present.';

async function deskWithAbuseCase(db: TulayDatabase) {
  const ctx = writer(db);
  const client = await createPerson(ctx, { givenName: 'Amina', familyName: 'Benali' });
  const saved = await createCase(
    ctx,
    { presetId: 'migrant', referencePrefix: 'BCN' },
    {
      clientId: client.id,
      clientRole: 'migrant',
      ofwDetails: {},
      migrantDetails: { administrativeStatus: 'irregular', documentNumber: 'Y1234567X' },
      channel: 'walkIn',
      categories: ['genderBasedViolence', 'housing'],
      urgency: 'high',
      description: STORY,
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    },
  );
  await addNote(ctx, saved.id, NOTE);
  await db.consents.where('caseId').equals(saved.id).modify({ note: CONSENT_NOTE });
  return { client, saved };
}

/** A catalogue that takes every push and has nothing to give back. */
function recordingClient(pushed: Mutation[]) {
  return {
    push: (mutations: Mutation[]) => {
      pushed.push(...mutations);
      return Promise.resolve({ results: mutations.map((_, i) => ({ seq: i + 1 })) });
    },
    pull: (cursor: number) =>
      Promise.resolve({ records: [], conflicts: [], hasMore: false, nextCursor: cursor }),
  } as unknown as CatalogueClient;
}

describe('the read policy of a clerk', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('reads a restricted case without its details, its clear fields intact', async () => {
    db = await freshDatabase();
    const { saved } = await deskWithAbuseCase(db);
    await applyReadPolicy(db, 'clerk');

    const record = await db.cases.get(saved.id);
    expect(record?.reference).toBe(saved.reference);
    expect(record?.status).toBe(saved.status);
    expect(record?.categories).toEqual(['genderBasedViolence', 'housing']);
    expect(record && 'description' in record).toBe(false);
    expect(record?.migrantDetails).toEqual({ documentNumber: 'Y1234567X' });
    const events = await db.caseEvents.where('caseId').equals(saved.id).toArray();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.text === undefined)).toBe(true);
    const consents = await db.consents.where('caseId').equals(saved.id).toArray();
    expect(consents.map((c) => c.note)).toEqual([undefined]);
    // Nothing comes back sealed either.
    expect(JSON.stringify([record, events, consents])).not.toContain('enc1:');
  });

  it('lets a case officer read all of it', async () => {
    db = await freshDatabase();
    const { saved } = await deskWithAbuseCase(db);
    await applyReadPolicy(db, 'officer');
    const record = await db.cases.get(saved.id);
    expect(record?.description).toBe(STORY);
    expect(record?.migrantDetails.administrativeStatus).toBe('irregular');
    const events = await db.caseEvents.where('caseId').equals(saved.id).toArray();
    expect(events.map((e) => e.text)).toContain(NOTE);
    expect((await db.consents.where('caseId').equals(saved.id).first())?.note).toBe(CONSENT_NOTE);
  });

  it("keeps the hidden description and status through a clerk's edits", async () => {
    db = await freshDatabase();
    const { client, saved } = await deskWithAbuseCase(db);
    await applyReadPolicy(db, 'clerk');
    await updateRecord(writer(db), 'cases', saved.id, { urgency: 'critical' });
    // Renaming the client rewrites the search tokens of their cases, restricted ones included.
    await updatePerson(writer(db), client.id, { familyName: 'Benali Haddad' });

    await applyReadPolicy(db, 'officer');
    const record = await db.cases.get(saved.id);
    expect(record?.urgency).toBe('critical');
    expect(record?.searchTokens).toContain('haddad');
    expect(record?.description).toBe(STORY);
    expect(record?.migrantDetails.administrativeStatus).toBe('irregular');
  });

  it('sees a case that becomes restricted restricted at once', async () => {
    db = await freshDatabase();
    const { saved } = await deskWithAbuseCase(db);
    const ctx = writer(db);
    const other = await createCase(
      ctx,
      { presetId: 'migrant', referencePrefix: 'BCN' },
      {
        clientId: saved.clientId,
        clientRole: 'migrant',
        ofwDetails: {},
        channel: 'walkIn',
        categories: ['housing'],
        urgency: 'normal',
        description: 'Looking for a room.',
        consents: [],
      },
    );
    await addNote(ctx, other.id, 'She mentioned the police.');
    await applyReadPolicy(db, 'clerk');
    const before = await db.caseEvents.where('caseId').equals(other.id).toArray();
    expect(before.map((e) => e.text)).toContain('She mentioned the police.');
    await db.transaction('rw', db.cases, async () => {
      const row = await db.cases.get(other.id);
      await db.cases.put({ ...row!, categories: ['housing', 'legalAid'] });
    });
    const after = await db.caseEvents.where('caseId').equals(other.id).toArray();
    expect(after.every((e) => e.text === undefined)).toBe(true);
  });

  it('refuses a status change of a restricted case to a clerk', async () => {
    db = await freshDatabase();
    const { saved } = await deskWithAbuseCase(db);
    const staff = (
      await createRecord(writer(db), 'staff', { displayName: 'Clerk', role: 'clerk', active: true })
    ).id;
    await applyReadPolicy(db, 'clerk');
    await expect(
      changeStatus(writer(db, staff), 'migrant', saved.id, 'closedResolved', 'Done'),
    ).rejects.toEqual(new TransitionError('restricted'));
    await applyReadPolicy(db, 'officer');
    expect((await db.cases.get(saved.id))?.status).toBe(saved.status);
  });

  it('still pushes the whole record to sync during a clerk session', async () => {
    db = await freshDatabase();
    const { saved } = await deskWithAbuseCase(db);
    await applyReadPolicy(db, 'clerk');
    const pushed: Mutation[] = [];
    await runSync(db, recordingClient(pushed));
    const fields = pushed.find((m) => m.table === 'cases' && m.id === saved.id)?.fields as
      Record<string, unknown> | undefined;
    expect(fields?.description).toBe(STORY);
    expect(fields?.migrantDetails).toMatchObject({ administrativeStatus: 'irregular' });
    const notes = pushed.filter((m) => m.table === 'caseEvents').map((m) => m.fields?.text);
    expect(notes).toContain(NOTE);
  });
});
