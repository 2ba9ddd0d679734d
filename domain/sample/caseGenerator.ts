// One sample case: its categories, urgency and channel, the details of the person concerned, a
// description in an officer's words, its timeline up to now, and the consents behind it.
import type { DeskPreset } from '../presets';
import type { PersonName } from './nameSet';
import type { Party } from './parties';
import type { SampleProfile } from './profile';
import type { Random } from './random';
import { relationWord } from './relatedNames';
import { countryName } from './places';
import { fillText, type TextValues } from './texts';
import { simulateTimeline } from './timeline';
import type { SampleCase, SampleCaseEvent, SampleConsent } from './types';

export interface CaseContext {
  preset: DeskPreset;
  profile: SampleProfile;
  random: Random;
  now: number;
  actor: string;
  newId: () => string;
  partnerRecordId: (presetPartnerId: string) => string;
}

export interface GeneratedCase {
  case: SampleCase;
  events: SampleCaseEvent[];
  consents: SampleConsent[];
}

const URGENT = new Set([
  'abuse',
  'detentionAbroad',
  'deathAndRemains',
  'repatriation',
  'genderBasedViolence',
  'asylumProtection',
]);
const CHANNELS = ['walkIn', 'phone', 'socialMedia', 'email', 'referralIn'] as const;

function chooseCategories(ctx: CaseContext, role: string): string[] {
  const { preset, profile, random } = ctx;
  const boost = profile.categoryBoost[role] ?? {};
  const weighted = preset.categories
    .map((c) => ({ c, w: (profile.categoryWeights[c] ?? 1) * (boost[c] ?? 1) }))
    .filter(({ w }) => w > 0);
  const count = random.weighted([1, 2, 3], [70, 23, 7]);
  return random.distinct(
    weighted.map(({ c }) => c),
    weighted.map(({ w }) => w),
    count,
  );
}

/** Partners suited to the categories (first category first), only those of the preset. */
function partnersFor(ctx: CaseContext, categories: readonly string[]): string[] {
  const known = new Set(ctx.preset.referralPartners.map((p) => p.id));
  const suited = categories.flatMap((c) => ctx.profile.partnersByCategory[c] ?? []);
  const partners = [...new Set(suited)].filter((id) => known.has(id));
  return partners.length > 0 ? partners : [...known].slice(0, 1);
}

const displayName = (name: PersonName) => `${name.givenName} ${name.familyName}`;

function describe(ctx: CaseContext, party: Party, categories: string[], words: TextValues) {
  const { random, profile } = ctx;
  const kind = profile.openerKind(party.role);
  const subject = party.subject;
  const values: TextValues = {
    who: subject ? subject.givenName : 'the client',
    name: subject ? displayName(subject) : '',
    relation:
      subject && party.relationship
        ? relationWord(party.relationship, subject.sex === 'female' ? 'female' : 'male', random)
        : '',
    country: countryName(party.country),
    neighbourhood: party.client.barangay ?? profile.city,
    weeks: random.int(2, 8),
    months: random.int(2, 11),
    years: random.int(2, 9),
    amount: random.pick(['15,000', '25,000', '40,000', '60,000']),
    ...words,
  };
  const texts = profile.texts;
  const sentences = [random.pick(texts.openers[kind] ?? texts.openers.self!)];
  for (const category of categories.slice(0, random.chance(0.5) ? 2 : 1)) {
    sentences.push(random.pick(texts.categories[category] ?? texts.categories.other!));
  }
  if (random.chance(0.35)) sentences.push(random.pick(texts.extras));
  // A filled-in name may end with its own full stop ("Services, Inc.").
  return sentences.map((s) => fillText(s, values).replace(/\.\.$/, '.')).join(' ');
}

function consentsFor(
  ctx: CaseContext,
  caseId: string,
  party: Party,
  openedAt: number,
  critical: boolean,
  referredTo: string[],
): SampleConsent[] {
  const { random, actor, now } = ctx;
  const givenAt = new Date(openedAt + random.int(1, 20) * 60_000).toISOString();
  const base = {
    sample: true as const,
    personId: party.client.id,
    caseId,
    givenAt,
    takenBy: actor,
  };
  const consent = (purpose: SampleConsent['purpose'], extra: Partial<SampleConsent> = {}) => ({
    id: ctx.newId(),
    ...base,
    purpose,
    legalBasis: 'consent' as const,
    ...extra,
  });
  // In an emergency consent is often not free: the desk records vital interest instead.
  const handling = critical && random.chance(0.6) ? 'vitalInterest' : 'consent';
  const consents: SampleConsent[] = [consent('caseHandling', { legalBasis: handling })];
  if (referredTo.length > 0) {
    const named = referredTo.length === 1 && random.chance(0.4) ? referredTo[0] : undefined;
    consents.push(consent('referral', { legalBasis: handling, partnerId: named }));
  }
  if (random.chance(0.7)) consents.push(consent('followUpContact'));
  if (random.chance(0.5)) {
    const withdrawn = openedAt + random.int(10, 200) * 86_400_000;
    const withdrawnAt =
      random.chance(0.05) && withdrawn < now ? new Date(withdrawn).toISOString() : undefined;
    consents.push(consent('statistics', { withdrawnAt }));
  }
  return consents;
}

export function generateCase(ctx: CaseContext, party: Party, openedAt: number): GeneratedCase {
  const { random, preset, profile } = ctx;
  const id = ctx.newId();
  const categories = chooseCategories(ctx, party.role);
  const concerned = party.subject ?? party.client;
  const sex = concerned.sex === 'female' ? 'female' : 'male';
  const input = { role: party.role, categories, country: party.country, openedAt, sex } as const;
  const details = profile.details(random, input);
  const description = describe(ctx, party, categories, details.words);
  const urgent = categories.some((c) => URGENT.has(c));
  const urgency = random.weighted(
    ['low', 'normal', 'high', 'critical'] as const,
    urgent ? [2, 30, 50, 18] : [25, 60, 13, 2],
  );
  const channel = random.weighted(CHANNELS, [55, 18, 15, 5, 7]);
  const timeline = simulateTimeline({
    preset,
    random,
    caseId: id,
    openedAt,
    now: ctx.now,
    utcOffsetHours: profile.utcOffsetHours,
    categories,
    partners: partnersFor(ctx, categories),
    partnerRecordId: ctx.partnerRecordId,
    texts: profile.texts,
    phone: party.client.phone,
    newId: ctx.newId,
  });
  const record: SampleCase['record'] = {
    id,
    sample: true,
    clientId: party.client.id,
    clientRole: party.role,
    ofwId: party.subject?.id,
    categories,
    status: timeline.status,
    urgency,
    channel,
    description,
    assignedTo: ctx.actor,
    openedAt: new Date(openedAt).toISOString(),
    closedAt: timeline.closedAt,
    outcome: timeline.outcome,
    [details.field]: details.value,
  };
  const people = party.subject ? [party.client, party.subject] : [party.client];
  const consents = consentsFor(
    ctx,
    id,
    party,
    openedAt,
    urgency === 'critical',
    timeline.referredTo,
  );
  return { case: { record, people }, events: timeline.events, consents };
}
