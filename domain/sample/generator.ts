// The sample-data generator: a seeded stream of realistic cases with their people, households,
// consents and timelines, handed out in batches so that 100,000 cases never sit in memory at
// once. The same seed, preset, count and "now" always give the same data (ids aside, which come
// from `newId`). Cases open in order over the last two years, in office hours.
import { uuidv7 } from '../ids';
import type { DeskPreset } from '../presets';
import { generateCase, type CaseContext } from './caseGenerator';
import { migrantSampleProfile } from './migrantProfile';
import { DAY, officeCalendar } from './officeTime';
import { ofwSampleProfile } from './ofwProfile';
import { createParty, type Party } from './parties';
import type { SampleProfile } from './profile';
import { createRandom, rankWeights } from './random';
import { emptyBatch, type SampleBatch } from './types';

export interface SampleGeneratorOptions {
  preset: DeskPreset;
  /** How many cases in all. */
  cases: number;
  seed: number;
  now: Date;
  /** The staff member the consents and assignments name. */
  actor: string;
  /** Stakeholder ids by preset partner id, for referrals to partners the desk has mapped. */
  partnerIds?: Readonly<Record<string, string>>;
  newId?: () => string;
  /** How far back the first case opens (days); two years unless given. */
  spanDays?: number;
}

export interface SampleGenerator {
  readonly total: number;
  /** Cases handed out so far. */
  readonly generated: number;
  /** The next `count` cases (fewer at the end; none once all are out). */
  next(count: number): SampleBatch;
}

const PROFILES: Readonly<Record<string, SampleProfile>> = {
  'ofw-ph': ofwSampleProfile,
  migrant: migrantSampleProfile,
};

export function sampleProfileFor(preset: DeskPreset): SampleProfile {
  const profile = PROFILES[preset.id];
  if (!profile) throw new Error(`No sample profile for the desk preset "${preset.id}"`);
  return profile;
}

/** Some clients come back with a new matter: a share of cases reuse an earlier client. */
const RETURNING_CLIENT = 0.1;
const REMEMBERED_PARTIES = 500;

export function createSampleGenerator(options: SampleGeneratorOptions): SampleGenerator {
  const { preset, seed, actor } = options;
  const profile = sampleProfileFor(preset);
  const random = createRandom(seed);
  const now = options.now.getTime();
  const newId = options.newId ?? (() => uuidv7());
  const partnerIds = options.partnerIds ?? {};
  const ctx: CaseContext = {
    preset,
    profile,
    random,
    now,
    actor,
    newId,
    partnerRecordId: (id) => partnerIds[id] ?? id,
  };
  const total = Math.max(0, Math.floor(options.cases));
  const start = now - (options.spanDays ?? 730) * DAY;
  const calendar = officeCalendar(start, now, profile.utcOffsetHours);
  const roles = Object.keys(profile.roleWeights).filter((r) => preset.clientRoles.includes(r));
  const roleWeights = roles.map((r) => profile.roleWeights[r]!);
  const destinationWeights = rankWeights(preset.topDestinations.length);
  const parties: Party[] = [];
  let index = 0;

  const others = profile.otherCountries ?? [];
  const country = () =>
    others.length > 0 && random.chance(0.04)
      ? random.pick(others)
      : random.weighted(preset.topDestinations, destinationWeights);

  function nextCase(batch: SampleBatch) {
    const openedAt = calendar.at(((index + random.next()) / total) * calendar.total);
    let party: Party;
    if (parties.length > 0 && random.chance(RETURNING_CLIENT)) {
      party = random.pick(parties);
    } else {
      const created = createParty(ctx, random.weighted(roles, roleWeights), country());
      party = created.party;
      batch.people.push(...created.people);
      batch.households.push(...created.households);
      parties.push(party);
      if (parties.length > REMEMBERED_PARTIES) parties.shift();
    }
    const generated = generateCase(ctx, party, openedAt);
    batch.cases.push(generated.case);
    batch.caseEvents.push(...generated.events);
    batch.consents.push(...generated.consents);
    index++;
  }

  return {
    total,
    get generated() {
      return index;
    },
    next(count) {
      const batch = emptyBatch();
      const end = Math.min(total, index + Math.max(0, count));
      while (index < end) nextCase(batch);
      return batch;
    },
  };
}
