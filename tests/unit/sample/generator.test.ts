import { describe, expect, it } from 'vitest';
import { canTransition, getPreset, isClosingStatus } from '../../../domain/presets';
import { recordSchemas, type PresetId } from '../../../domain/records';
import {
  createSampleGenerator,
  LEGAZPI_BARANGAYS,
  TERRASSA_NEIGHBOURHOODS,
  type SampleBatch,
} from '../../../domain/sample';

const NOW = new Date('2026-03-16T04:00:00Z');
const DAY = 86_400_000;

function countingIds() {
  let n = 0;
  return () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
}

function generate(presetId: PresetId, cases: number, seed = 7, sizes = [cases]): SampleBatch[] {
  const generator = createSampleGenerator({
    preset: getPreset(presetId),
    cases,
    seed,
    now: NOW,
    actor: 'staff-1',
    newId: countingIds(),
  });
  return sizes.map((size) => generator.next(size));
}

const merge = (batches: SampleBatch[]): SampleBatch => ({
  people: batches.flatMap((b) => b.people),
  households: batches.flatMap((b) => b.households),
  cases: batches.flatMap((b) => b.cases),
  consents: batches.flatMap((b) => b.consents),
  caseEvents: batches.flatMap((b) => b.caseEvents),
});

describe('sample data generator', () => {
  it('gives the same data for the same seed, however the batches are cut', () => {
    const whole = merge(generate('ofw-ph', 120, 42));
    const cut = merge(generate('ofw-ph', 120, 42, [7, 50, 63]));
    expect(cut).toEqual(whole);
    const other = merge(generate('ofw-ph', 120, 43));
    expect(other.cases.map((c) => c.record.description)).not.toEqual(
      whole.cases.map((c) => c.record.description),
    );
  });

  it.each(['ofw-ph', 'migrant'] as const)(
    'makes %s records that pass their schemas and carry the sample marker',
    (presetId) => {
      const batch = merge(generate(presetId, 400));
      const check = (table: keyof typeof recordSchemas, records: object[]) => {
        for (const record of records) {
          const result = recordSchemas[table].safeParse(record);
          expect(result.error?.issues ?? [], `${table} ${JSON.stringify(record)}`).toEqual([]);
          expect(record).toMatchObject({ sample: true });
        }
      };
      check('people', batch.people);
      check('households', batch.households);
      check('consents', batch.consents);
      check('caseEvents', batch.caseEvents);
      check(
        'cases',
        batch.cases.map((c) => ({ ...c.record, reference: 'LGZ-2026-000001' })),
      );
    },
  );

  it.each(['ofw-ph', 'migrant'] as const)(
    'moves %s cases only along the preset transitions, closing with an outcome',
    (presetId) => {
      const preset = getPreset(presetId);
      const batch = merge(generate(presetId, 500));
      for (const { record } of batch.cases) {
        const changes = batch.caseEvents
          .filter((e) => e.caseId === record.id && e.type === 'statusChange')
          .sort((a, b) => a.at.localeCompare(b.at));
        let status = preset.initialStatus;
        for (const change of changes) {
          expect(change.fromStatus).toBe(status);
          expect(canTransition(preset, status, change.toStatus!)).toBe(true);
          status = change.toStatus!;
        }
        expect(record.status).toBe(status);
        const closed = isClosingStatus(preset, record.status);
        expect(Boolean(record.closedAt && record.outcome)).toBe(closed);
      }
      const statuses = new Set(batch.cases.map((c) => c.record.status));
      expect(statuses.size).toBeGreaterThan(4);
    },
  );

  it('opens cases over the last two years in office hours, in order, with events after them', () => {
    const batch = merge(generate('ofw-ph', 300));
    const opened = batch.cases.map((c) => Date.parse(c.record.openedAt));
    expect(opened).toEqual([...opened].sort((a, b) => a - b));
    expect(opened[0]!).toBeGreaterThan(NOW.getTime() - 731 * DAY);
    expect(opened.at(-1)!).toBeLessThanOrEqual(NOW.getTime());
    for (const at of opened) {
      const manila = new Date(at + 8 * 3_600_000);
      expect(manila.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(manila.getUTCHours()).toBeLessThan(17);
      expect([0, 6]).not.toContain(manila.getUTCDay());
    }
    const openedById = new Map(batch.cases.map((c) => [c.record.id, c.record.openedAt]));
    for (const event of batch.caseEvents) {
      expect(event.at >= openedById.get(event.caseId)!).toBe(true);
      expect(Date.parse(event.at)).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('refers to preset partners with consent, and leaves some follow-ups overdue', () => {
    const preset = getPreset('ofw-ph');
    const batch = merge(generate('ofw-ph', 600));
    const partners = new Set(preset.referralPartners.map((p) => p.id));
    const referrals = batch.caseEvents.filter((e) => e.type === 'referral');
    expect(referrals.length).toBeGreaterThan(100);
    for (const referral of referrals) {
      expect(partners.has(referral.partnerId!)).toBe(true);
      const consent = batch.consents.find(
        (c) => c.caseId === referral.caseId && c.purpose === 'referral',
      );
      expect(consent).toBeDefined();
    }
    expect(batch.caseEvents.some((e) => e.type === 'referralResponse')).toBe(true);
    const overdue = batch.caseEvents.filter(
      (e) => e.type === 'followUpDue' && !e.doneAt && Date.parse(e.dueAt!) < NOW.getTime(),
    );
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('uses the stakeholder that stands for a preset partner when the desk has one', () => {
    const generator = createSampleGenerator({
      preset: getPreset('ofw-ph'),
      cases: 300,
      seed: 1,
      now: NOW,
      actor: 'staff-1',
      partnerIds: { owwa: 'stakeholder-owwa' },
    });
    const { caseEvents } = generator.next(300);
    const named = new Set(caseEvents.filter((e) => e.partnerId).map((e) => e.partnerId));
    expect(named.has('stakeholder-owwa')).toBe(true);
    expect(named.has('owwa')).toBe(false);
  });

  it('names Filipino clients with particles, from real barangays, with Philippine mobiles', () => {
    const { people, households, cases } = merge(generate('ofw-ph', 500));
    expect(people.some((p) => /^(Dela|De los|San|Del|De|Santa) /.test(p.familyName))).toBe(true);
    const clients = new Set(cases.map((c) => c.record.clientId));
    for (const person of people.filter((p) => clients.has(p.id))) {
      expect(LEGAZPI_BARANGAYS).toContain(person.barangay);
      if (person.phone) expect(person.phone).toMatch(/^09\d{2} \d{3} \d{4}$/);
    }
    expect(cases.filter((c) => c.record.ofwId).length / cases.length).toBeGreaterThan(0.3);
    expect(households.length).toBeGreaterThan(100);
  });

  it('names the city abroad of most OFWs, in their destination country', () => {
    const { cases } = merge(generate('ofw-ph', 300));
    const details = cases.map((c) => c.record.ofwDetails ?? {});
    const withCity = details.filter((d) => d.destinationCity);
    expect(withCity.length / details.length).toBeGreaterThan(0.5);
    for (const d of withCity) expect(d.destinationCountry).toBeTruthy();
    const saudiCities = new Set(
      withCity.filter((d) => d.destinationCountry === 'SA').map((d) => d.destinationCity),
    );
    expect(saudiCities.has('Riyadh')).toBe(true);
    expect(saudiCities.has('Dubai')).toBe(false);
  });

  it('names migrant clients by their origin and places them in Terrassa', () => {
    const { people, cases } = merge(generate('migrant', 300));
    const clients = people.filter((p) => cases.some((c) => c.record.clientId === p.id));
    for (const person of clients) expect(TERRASSA_NEIGHBOURHOODS).toContain(person.barangay);
    const moroccan = cases.filter((c) => c.record.migrantDetails?.countryOfOrigin === 'MA');
    expect(moroccan.length).toBeGreaterThan(30);
  });
});
