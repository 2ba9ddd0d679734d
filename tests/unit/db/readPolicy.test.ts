// "Hidden means not rendered and not read": a clerk's session never decrypts the details of a
// health, legal or abuse case, nor a person's legal status (administrative status, document type,
// deployment status, a migrant desk's client role), nor the timeline of a case not stored yet; a
// case officer's does; a clerk's edit keeps what they never read; sync still pushes it all.
import { afterEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../domain/sync';
import {
  applyReadPolicy,
  createRecord,
  readWholeInThisTransaction,
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
import { REFUGEE_DOCUMENT_NUMBER, refugeeCaseInput } from '../../fixtures/cases/refugeeCase';
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

async function refugeeCase(db: TulayDatabase) {
  const ctx = writer(db);
  const client = await createPerson(ctx, { givenName: 'Yusuf', familyName: 'Haddad' });
  return createCase(
    ctx,
    { presetId: 'migrant', referencePrefix: 'BCN' },
    refugeeCaseInput(client.id),
  );
}

describe("the read policy and a person's legal status", () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('gives a clerk no client role and no document type on the migrant desk', async () => {
    db = await freshDatabase();
    const saved = await refugeeCase(db);
    await applyReadPolicy(db, 'clerk');
    const record = await db.cases.get(saved.id);
    expect(record?.reference).toBe(saved.reference);
    expect(record && 'clientRole' in record).toBe(false);
    expect(record?.migrantDetails).toEqual({
      countryOfOrigin: 'SY',
      documentNumber: REFUGEE_DOCUMENT_NUMBER,
    });
    const [listed] = await db.cases.where('clientId').equals(saved.clientId).toArray();
    const text = JSON.stringify([record, listed]);
    expect(text).not.toContain('refugee');
    expect(text).not.toContain('asylum');
    expect(text).not.toContain('enc1:');
  });

  it('lets a case officer read the role and the document type', async () => {
    db = await freshDatabase();
    const saved = await refugeeCase(db);
    await applyReadPolicy(db, 'officer');
    const record = await db.cases.get(saved.id);
    expect(record?.clientRole).toBe('refugeeOrAsylumSeeker');
    expect(record?.migrantDetails.documentType).toBe('asylumSeekerDocument');
  });

  it("keeps the role and the document type through a clerk's edit", async () => {
    db = await freshDatabase();
    const saved = await refugeeCase(db);
    await applyReadPolicy(db, 'clerk');
    await updateRecord(writer(db), 'cases', saved.id, {
      urgency: 'high',
      migrantDetails: { countryOfOrigin: 'SY', documentNumber: 'RA-778813' },
    });
    await applyReadPolicy(db, 'officer');
    const record = await db.cases.get(saved.id);
    expect(record?.urgency).toBe('high');
    expect(record?.clientRole).toBe('refugeeOrAsylumSeeker');
    expect(record?.migrantDetails).toMatchObject({
      documentType: 'asylumSeekerDocument',
      documentNumber: 'RA-778813',
    });
  });

  it('gives a clerk the OFW desk’s client roles, but not the deployment status', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const client = await createPerson(ctx, { givenName: 'Rosa', familyName: 'Dizon' });
    const saved = await createCase(
      ctx,
      { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
      {
        clientId: client.id,
        clientRole: 'ofwLandBased',
        ofwDetails: { destinationCountry: 'SA', deploymentStatus: 'undocumented' },
        channel: 'walkIn',
        categories: ['welfareCheck'],
        urgency: 'normal',
        description: 'Asks about going home.',
        consents: [],
      },
    );
    await applyReadPolicy(db, 'clerk');
    const record = await db.cases.get(saved.id);
    expect(record?.clientRole).toBe('ofwLandBased');
    expect(record?.ofwDetails).toEqual({ destinationCountry: 'SA' });
    await applyReadPolicy(db, 'officer');
    expect((await db.cases.get(saved.id))?.ofwDetails.deploymentStatus).toBe('undocumented');
  });
});

describe('the read policy and a timeline pulled before its case', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  /** As a sync's pull stores records: whole, whatever the session reads. */
  const pull = (db: TulayDatabase, write: () => Promise<unknown>) =>
    db.transaction('rw', db.cases, db.caseEvents, db.consents, async () => {
      readWholeInThisTransaction();
      await write();
    });

  async function pulledTimeline(db: TulayDatabase) {
    // A case written elsewhere: its row, held back to be "pulled" after its timeline.
    const { saved } = await deskWithAbuseCase(db);
    const events = await db.caseEvents.where('caseId').equals(saved.id).toArray();
    const consents = await db.consents.where('caseId').equals(saved.id).toArray();
    await db.cases.delete(saved.id);
    await applyReadPolicy(db, 'clerk');
    return { saved, events, consents };
  }

  it('withholds the timeline from a clerk until its case arrives, and after if it is restricted', async () => {
    db = await freshDatabase();
    const { saved, events, consents } = await pulledTimeline(db);
    expect(await db.cases.get(saved.id)).toBeUndefined();
    const readTimeline = async () =>
      JSON.stringify([
        await db.caseEvents.where('caseId').equals(saved.id).toArray(),
        await db.consents.where('caseId').equals(saved.id).toArray(),
      ]);
    expect(await readTimeline()).toContain(saved.id);
    expect(await readTimeline()).not.toContain(NOTE);
    expect(await readTimeline()).not.toContain(CONSENT_NOTE);
    expect(await readTimeline()).not.toContain('enc1:');

    await pull(db, () => db.cases.put(saved));
    expect(await readTimeline()).not.toContain(NOTE);
    expect(await readTimeline()).not.toContain(CONSENT_NOTE);
    expect(events.length + consents.length).toBeGreaterThan(1);
  });

  it('gives a clerk the timeline once its case arrives and is not restricted', async () => {
    db = await freshDatabase();
    const { saved } = await pulledTimeline(db);
    expect(
      (await db.caseEvents.where('caseId').equals(saved.id).toArray()).map((e) => e.text),
    ).not.toContain(NOTE);
    await pull(db, () => db.cases.put({ ...saved, categories: ['housing'] }));
    const texts = (await db.caseEvents.where('caseId').equals(saved.id).toArray()).map(
      (e) => e.text,
    );
    expect(texts).toContain(NOTE);
    const notes = (await db.consents.where('caseId').equals(saved.id).toArray()).map((c) => c.note);
    expect(notes).toEqual([CONSENT_NOTE]);
  });

  it('gives a case officer the timeline before its case arrives', async () => {
    db = await freshDatabase();
    const { saved } = await pulledTimeline(db);
    await applyReadPolicy(db, 'officer');
    const texts = (await db.caseEvents.where('caseId').equals(saved.id).toArray()).map(
      (e) => e.text,
    );
    expect(texts).toContain(NOTE);
  });
});
