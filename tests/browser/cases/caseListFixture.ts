// A desk with a handful of cases of different status, urgency, category and destination, for
// the case list and follow-up tests.
import { createDatabase, openDatabase, type WriteContext } from '../../../renderer/db';
import { addFollowUp } from '../../../renderer/features/cases/caseEventRepository';
import { changeStatus, createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };

export async function deskWithCases() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const at = (iso: string): WriteContext => ({ db, actor: staffId, now: () => new Date(iso) });
  const ctx = at('2026-03-01T09:00:00Z');
  const rosario = await createPerson(ctx, {
    givenName: 'Rosario',
    familyName: 'Dela Cruz',
    phone: '0917 555 1234',
  });
  const maria = await createPerson(ctx, { givenName: 'Maria', familyName: 'Dela Cruz' });
  const pedro = await createPerson(ctx, {
    givenName: 'Pedro',
    familyName: 'Santos',
    phone: '0918 222 3333',
  });
  const intake = (clientId: string, extra: object) => ({
    clientId,
    clientRole: 'ofwLandBased',
    ofwDetails: {},
    channel: 'walkIn' as const,
    categories: ['welfareCheck'],
    urgency: 'normal' as const,
    description: 'Asked for help.',
    consents: [{ purpose: 'caseHandling' as const, legalBasis: 'consent' as const }],
    ...extra,
  });
  const welfare = await createCase(
    at('2026-01-10T09:00:00Z'),
    desk,
    intake(rosario.id, {
      clientRole: 'familyParent',
      ofwId: maria.id,
      relationship: 'child',
      urgency: 'high',
      ofwDetails: { destinationCountry: 'SA' },
    }),
  );
  const wages = await createCase(
    at('2026-02-03T09:00:00Z'),
    desk,
    intake(pedro.id, {
      categories: ['contractViolation', 'legalAssistance'],
      ofwDetails: { destinationCountry: 'AE' },
    }),
  );
  const info = await createCase(
    at('2026-02-20T09:00:00Z'),
    desk,
    intake(pedro.id, {
      categories: ['preEmploymentInfo'],
      urgency: 'low',
    }),
  );
  const repatriation = await createCase(
    at('2026-03-01T09:00:00Z'),
    desk,
    intake(maria.id, {
      categories: ['repatriation'],
      urgency: 'critical',
      ofwDetails: { destinationCountry: 'SA' },
    }),
  );
  await changeStatus(ctx, 'ofw-ph', info.id, 'closedResolved', 'Information given.');
  await addFollowUp(ctx, wages.id, '2026-02-05T09:00:00.000Z', 'Call the agency back');
  await addFollowUp(ctx, repatriation.id, '2099-01-01T09:00:00.000Z', 'Check the flight');
  db.close();
  return { databaseName, staffId, cases: { welfare, wages, info, repatriation } };
}
