// Who a sample case is about: the client at the desk and, when the client is a relative, the
// OFW or migrant concerned, with the household link between them (a mother speaking for her
// daughter abroad is the most common visit at an OFW desk).
import type { DeskPreset } from '../presets';
import { localDay } from '../localDay';
import { foldText } from '../search/normalize';
import { personName, type NameSet, type PersonName, type Sex } from './nameSet';
import type { SampleProfile } from './profile';
import type { Random } from './random';
import { relatedName, type Relationship } from './relatedNames';
import type { SampleHousehold, SamplePerson } from './types';

export interface PartyContext {
  preset: DeskPreset;
  profile: SampleProfile;
  random: Random;
  now: number;
  newId: () => string;
}

export interface Party {
  role: string;
  /** Destination (OFW desk) or country of origin (migrant desk). */
  country: string;
  client: SamplePerson;
  /** The person concerned, when the client speaks for someone else. */
  subject?: SamplePerson;
  /** What the subject is to the client. */
  relationship?: Relationship;
}

export interface NewParty {
  party: Party;
  people: SamplePerson[];
  households: SampleHousehold[];
}

const YEAR = 365.25 * 86_400_000;

/** Sexes of client and subject: OFW mothers and wives come to the desk most. */
function sexes(random: Random, role: string, relationship?: Relationship): [Sex, Sex] {
  const female = (p: number): Sex => (random.chance(p) ? 'female' : 'male');
  if (role === 'ofwSeaBased') return [female(0.04), 'male'];
  if (relationship === 'spouse') {
    const client = female(0.78);
    return [client, client === 'female' ? 'male' : 'female'];
  }
  if (relationship === 'child') return [female(0.72), female(0.6)];
  return [female(0.58), female(0.55)];
}

/** Ages of client and subject, consistent with their relationship. */
function ages(random: Random, role: string, relationship?: Relationship): [number, number] {
  if (role === 'prospectiveOfw') return [random.int(20, 40), 0];
  if (role === 'returnedOfw') return [random.int(28, 60), 0];
  if (relationship === 'child') {
    const parent = random.int(45, 75);
    return [parent, Math.max(21, parent - random.int(20, 34))];
  }
  if (relationship === 'parent') {
    const child = random.int(18, 35);
    return [child, child + random.int(20, 34)];
  }
  const client = random.int(21, 58);
  return [client, Math.max(21, client + random.int(-8, 8))];
}

function emailOf(name: PersonName, random: Random): string {
  const part = (text: string) => foldText(text).replace(/[^a-z]/g, '');
  const domain = random.pick(['example.com', 'example.org', 'example.net']);
  return `${part(name.givenName)}.${part(name.familyName)}${random.int(1, 99)}@${domain}`;
}

function person(
  ctx: PartyContext,
  name: PersonName,
  sex: Sex,
  age: number,
  fields: Partial<SamplePerson>,
): SamplePerson {
  const { random, now } = ctx;
  const born = now - age * YEAR - random.int(0, 364) * 86_400_000;
  return {
    id: ctx.newId(),
    sample: true,
    ...name,
    sex,
    birthDate: random.chance(0.92) ? localDay(new Date(born)) : undefined,
    ...fields,
  };
}

/** Where a local client lives and how to reach them. */
function localFields(ctx: PartyContext, name: PersonName, nationality: string) {
  const { profile, random } = ctx;
  return {
    phone: random.chance(0.92) ? profile.phone(random) : undefined,
    email: random.chance(0.12) ? emailOf(name, random) : undefined,
    barangay: random.weighted(profile.neighbourhoods, profile.neighbourhoodWeights),
    city: profile.city,
    country: profile.country,
    nationality,
  };
}

export function createParty(ctx: PartyContext, role: string, country: string): NewParty {
  const { preset, profile, random } = ctx;
  const kind = profile.openerKind(role);
  const relationship = kind === 'relative' ? (preset.relativeRoles?.[role] ?? 'other') : undefined;
  const [clientSex, subjectSex] = sexes(random, role, relationship);
  const [clientAge, subjectAge] = ages(random, role, relationship);
  const names = profile.namesFor(kind === 'host' ? undefined : country);
  const nationality = kind === 'host' ? profile.country : profile.nationalityFor(country);
  const clientName = personName(names, clientSex, random);
  const client = person(
    ctx,
    clientName,
    clientSex,
    clientAge,
    localFields(ctx, clientName, nationality),
  );
  if (!relationship) {
    const alone = { party: { role, country, client }, people: [client], households: [] };
    return withSpouse(ctx, alone, names, clientName, clientSex);
  }
  const subjectName = relatedName(names, subjectSex, relationship, clientName, clientSex, random);
  // The person concerned shares the family's address: an OFW's home is in the barangay, and a
  // migrant's relative lives with the client. Some keep a local number the family can call.
  const home = {
    barangay: client.barangay,
    city: client.city,
    country: client.country,
    phone: random.chance(0.4) ? profile.phone(random) : undefined,
  };
  const subject = person(ctx, subjectName, subjectSex, subjectAge, { ...home, nationality });
  const link: SampleHousehold = {
    id: ctx.newId(),
    sample: true,
    personId: client.id,
    relatedPersonId: subject.id,
    relationship,
  };
  return {
    party: { role, country, client, subject, relationship },
    people: [client, subject],
    households: [link],
  };
}

/** Some clients who come for themselves are recorded with their spouse, for the household. */
function withSpouse(
  ctx: PartyContext,
  created: NewParty,
  names: NameSet,
  clientName: PersonName,
  clientSex: Sex,
): NewParty {
  const { random } = ctx;
  if (!random.chance(0.1)) return created;
  const { client } = created.party;
  const sex: Sex = clientSex === 'female' ? 'male' : 'female';
  const name = relatedName(names, sex, 'spouse', clientName, clientSex, random);
  const spouse = person(ctx, name, sex, random.int(21, 60), {
    barangay: client.barangay,
    city: client.city,
    country: client.country,
    nationality: client.nationality,
  });
  const link: SampleHousehold = {
    id: ctx.newId(),
    sample: true,
    personId: client.id,
    relatedPersonId: spouse.id,
    relationship: 'spouse',
  };
  return { ...created, people: [...created.people, spouse], households: [link] };
}
