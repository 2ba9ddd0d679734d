// Correcting the facts of a saved case: the intake's rules, and only what changed is recorded.
import { afterEach, describe, expect, it } from 'vitest';
import {
  caseFactsSchema,
  caseFactsValues,
  toCaseFacts,
  type CaseFactsValues,
} from '../../../domain/cases/caseFactsForm';
import { emptyIntake, intakeFormSchema } from '../../../domain/cases/intakeForm';
import { getPreset } from '../../../domain/presets';
import { DESCRIPTION_MAX } from '../../../domain/records';
import type { TulayDatabase } from '../../../renderer/db';
import { createCase, updateCaseFacts } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { freshDatabase, writer } from '../db/testDatabase';

const ofw = getPreset('ofw-ph');
const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };

async function savedCase(db: TulayDatabase) {
  const ctx = writer(db);
  const client = await createPerson(ctx, { givenName: 'Maria', familyName: 'Dela Cruz' });
  const created = await createCase(ctx, desk, {
    clientId: client.id,
    clientRole: 'ofwLandBased',
    ofwDetails: { destinationCountry: 'SA', employer: 'Al Noor Trading Est.' },
    channel: 'walkIn',
    categories: ['contractViolation'],
    urgency: 'normal',
    description: 'Salary unpaid for three months.',
    consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
  });
  // The intake has been pushed and acknowledged: the next change starts an outbox entry of its own.
  await db.outbox.clear();
  return created;
}

const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('case facts', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('records only the changed field in the audit trail and the outbox', async () => {
    db = await freshDatabase();
    const created = await savedCase(db);
    const values = caseFactsValues(ofw, created);
    const edited: CaseFactsValues = {
      ...values,
      details: { ...values.details, destinationCity: 'Riyadh' },
    };
    const updated = await updateCaseFacts(writer(db), 'ofw-ph', created.id, toCaseFacts(edited));

    expect(updated.ofwDetails).toEqual({
      destinationCountry: 'SA',
      destinationCity: 'Riyadh',
      employer: 'Al Noor Trading Est.',
    });
    expect(updated.description).toBe('Salary unpaid for three months.');
    const audit = await db.audit.filter((a) => a.recordId === created.id).toArray();
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['create', expect.any(Array)],
      ['update', ['ofwDetails']],
    ]);
    expect((await db.outbox.toArray()).map((o) => [o.recordId, o.fields])).toEqual([
      [created.id, ['ofwDetails']],
    ]);

    await updateCaseFacts(
      writer(db),
      'ofw-ph',
      created.id,
      toCaseFacts({ ...edited, urgency: 'high', description: ' Salary unpaid for three months. ' }),
    );
    const last = (await db.audit.filter((a) => a.recordId === created.id).toArray()).at(-1);
    expect(last?.fields).toEqual(['urgency']);
  });

  it('writes nothing when nothing changed', async () => {
    db = await freshDatabase();
    const created = await savedCase(db);
    const values = caseFactsValues(ofw, created);
    await updateCaseFacts(writer(db), 'ofw-ph', created.id, toCaseFacts(values));
    expect(await db.audit.filter((a) => a.recordId === created.id).count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.cases.get(created.id))!.updatedAt).toBe(created.updatedAt);
  });

  it('removes a detail the officer cleared', async () => {
    db = await freshDatabase();
    const created = await savedCase(db);
    const values = caseFactsValues(ofw, created);
    const cleared = { ...values, details: { ...values.details, employer: ' ' } };
    const updated = await updateCaseFacts(writer(db), 'ofw-ph', created.id, toCaseFacts(cleared));
    expect(updated.ofwDetails).toEqual({ destinationCountry: 'SA' });
  });

  it('checks the facts with the intake rules, naming each field', () => {
    const facts: CaseFactsValues = {
      details: { employer: 'x'.repeat(201), destinationCity: '' },
      channel: 'phone',
      categories: [],
      urgency: 'high',
      description: 'y'.repeat(DESCRIPTION_MAX + 1),
    };
    const expected = [
      ['categories', 'errors.categoryRequired'],
      ['description', 'errors.tooLong'],
      ['details.employer', 'errors.tooLong'],
    ];
    expect(problems(caseFactsSchema(ofw).safeParse(facts)).sort()).toEqual(expected);
    const intake = { ...emptyIntake(), ...facts, clientId: 'p1', clientRole: 'ofwLandBased' };
    const intakeProblems = problems(intakeFormSchema(ofw).safeParse(intake));
    expect(intakeProblems.filter(([path]) => !path!.startsWith('consents')).sort()).toEqual(
      expected,
    );
    expect(
      caseFactsSchema(ofw).safeParse({
        ...facts,
        categories: ['abuse'],
        description: 'ok',
        details: {},
      }).success,
    ).toBe(true);
  });
});
