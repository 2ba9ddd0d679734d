// The OFW details of a sample case: occupation, employer, recruitment agency,
// deployment status and contract dates that agree with the client's role and the categories.
// Employers and agencies are made up from common words, never names of real companies.
import { localDay } from '../localDay';
import type { DetailsInput, DetailsResult } from './profile';
import type { Random } from './random';

const DAY = 86_400_000;

const LAND_FEMALE = ['Household service worker', 'Caregiver', 'Nurse', 'Factory worker'];
const LAND_FEMALE_MORE = ['Hotel housekeeper', 'Waitress', 'Salesclerk', 'Nanny', 'Beautician'];
const LAND_MALE = ['Construction worker', 'Driver', 'Welder', 'Electrician', 'Factory worker'];
const LAND_MALE_MORE = ['Mason', 'Cook', 'Engineer', 'Farm worker', 'Plumber'];
const SEA = ['Able seaman', 'Oiler', 'Messman', 'Ship cook', 'Third engineer', 'Bosun', 'Wiper'];

const GULF = new Set(['SA', 'AE', 'KW', 'QA', 'OM', 'BH']);
const GULF_FAMILIES = ['Al-Harbi', 'Al-Otaibi', 'Al-Qahtani', 'Al-Shammari', 'Al-Mutairi'];
const GULF_FIRMS = ['Al Noor', 'Al Safwa', 'Gulf Star', 'Al Fajr', 'Desert Rose', 'Al Waha'];
const ASIA_FAMILIES = ['Chan', 'Wong', 'Lee', 'Tan', 'Lim', 'Ng', 'Cheung', 'Tanaka', 'Kim'];
const WEST_FIRMS = ['Northfield', 'St. Clare', 'Maple Grove', 'Riverside', 'Green Valley'];
const FIRM_KINDS = ['Contracting Co.', 'Trading Est.', 'Cleaning Services', 'Manufacturing Ltd.'];
const SHIPPING = ['Blue Ocean Shipping', 'Pacific Star Maritime', 'Northern Cross Shipmanagement'];

// Where Filipino workers are in each top destination (DOMAIN §1), most common first.
const CITIES: Readonly<Record<string, readonly string[]>> = {
  SA: ['Riyadh', 'Jeddah', 'Dammam', 'Al Khobar', 'Mecca'],
  AE: ['Dubai', 'Abu Dhabi', 'Sharjah', 'Al Ain'],
  KW: ['Kuwait City', 'Hawalli', 'Farwaniya'],
  QA: ['Doha', 'Al Wakrah', 'Al Rayyan'],
  HK: ['Hong Kong'],
  SG: ['Singapore'],
  TW: ['Taipei', 'Taichung', 'Kaohsiung', 'Taoyuan'],
  JP: ['Tokyo', 'Nagoya', 'Osaka'],
  MY: ['Kuala Lumpur', 'Kota Kinabalu', 'Johor Bahru'],
  OM: ['Muscat', 'Salalah', 'Sohar'],
  BH: ['Manama', 'Muharraq'],
  IT: ['Rome', 'Milan', 'Florence', 'Naples'],
  CA: ['Toronto', 'Vancouver', 'Winnipeg', 'Calgary'],
  US: ['Los Angeles', 'New York', 'Honolulu', 'Houston'],
  KR: ['Seoul', 'Gimhae', 'Ansan'],
  GB: ['London', 'Manchester', 'Birmingham'],
};

const AGENCY_FIRST = ['Bicol', 'Mayon', 'Magayon', 'Ibalong', 'Golden', 'Sunrise', 'Pacific'];
const AGENCY_MID = ['Manpower', 'Overseas Placement', 'Recruitment', 'Employment', 'Manning'];
const AGENCY_LAST = ['Services, Inc.', 'Agency', 'International Inc.', 'Corp.'];
const ILLEGAL = ['A recruiter on Facebook', 'An unregistered recruiter in Daraga', 'A neighbour'];

function occupationFor(random: Random, role: string, sex: DetailsInput['sex']): string {
  if (role === 'ofwSeaBased') return random.pick(SEA);
  const [common, more] =
    sex === 'female' ? [LAND_FEMALE, LAND_FEMALE_MORE] : [LAND_MALE, LAND_MALE_MORE];
  return random.chance(0.75) ? random.pick(common) : random.pick(more);
}

function employerFor(random: Random, country: string, occupation: string, role: string) {
  if (role === 'ofwSeaBased') return random.pick(SHIPPING);
  const household = /Household|Nanny|Caregiver|Driver/.test(occupation) && random.chance(0.8);
  if (GULF.has(country)) {
    return household
      ? `${random.pick(GULF_FAMILIES)} household`
      : `${random.pick(GULF_FIRMS)} ${random.pick(FIRM_KINDS)}`;
  }
  if (household) return `${random.pick(ASIA_FAMILIES)} family`;
  return `${random.pick(WEST_FIRMS)} ${random.pick(['Care Home', 'Foods', 'Hotel', 'Industries'])}`;
}

const isoDay = (ms: number) => localDay(new Date(ms));

function deploymentFor(random: Random, role: string, categories: readonly string[]): string {
  if (role === 'prospectiveOfw') return 'prospective';
  if (role === 'returnedOfw') {
    return random.weighted(['returnedEndOfContract', 'returnedDistressed'], [6, 4]);
  }
  if (categories.includes('illegalRecruitment') && random.chance(0.5)) return 'undocumented';
  return random.weighted(
    ['deployed', 'onLeave', 'undocumented', 'returnedDistressed'],
    [80, 6, 4, 10],
  );
}

function contractFor(random: Random, deployment: string, openedAt: number) {
  if (deployment === 'prospective' || deployment === 'undocumented') return {};
  const returned = deployment.startsWith('returned');
  const start = openedAt - random.int(returned ? 400 : 30, returned ? 1400 : 700) * DAY;
  return { contractStart: isoDay(start), contractEnd: isoDay(start + 730 * DAY) };
}

export function ofwDetails(random: Random, input: DetailsInput): DetailsResult {
  const { role, categories, country, openedAt, sex } = input;
  const occupation = occupationFor(random, role, sex);
  const illegal = categories.includes('illegalRecruitment');
  const agency = illegal
    ? random.pick(ILLEGAL)
    : `${random.pick(AGENCY_FIRST)} ${random.pick(AGENCY_MID)} ${random.pick(AGENCY_LAST)}`;
  const deploymentStatus = deploymentFor(random, role, categories);
  const employer = employerFor(random, country, occupation, role);
  const seaBased = role === 'ofwSeaBased';
  const destinationCountry = seaBased && random.chance(0.5) ? undefined : country;
  const cities = destinationCountry ? CITIES[destinationCountry] : undefined;
  const value = {
    destinationCountry,
    destinationCity: cities && random.chance(0.85) ? random.pick(cities) : undefined,
    occupation,
    employer: deploymentStatus === 'prospective' && random.chance(0.6) ? undefined : employer,
    recruitmentAgency: agency,
    agencyLicensed: illegal
      ? random.weighted(['no', 'unknown'], [7, 3])
      : random.weighted(['yes', 'unknown', 'no'], [85, 12, 3]),
    deploymentStatus,
    ...contractFor(random, deploymentStatus, openedAt),
    owwaMember:
      deploymentStatus === 'prospective'
        ? 'no'
        : random.weighted(['yes', 'no', 'unknown'], [65, 15, 20]),
  };
  const job = occupation.toLowerCase();
  const anOccupation = `${/^[aeiou]/.test(job) ? 'an' : 'a'} ${job}`;
  const agencyWords = illegal ? agency.charAt(0).toLowerCase() + agency.slice(1) : agency;
  return {
    field: 'ofwDetails',
    value,
    words: { occupation: job, anOccupation, agency: agencyWords, employer },
  };
}
