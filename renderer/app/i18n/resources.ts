// Every translation is bundled: the app must speak the staff's language offline.
// locales/<language>/<namespace>.json; English is the reference that types the keys.
// A feature's strings live in its own namespace, named after the feature.
import type enCommon from '../../../locales/en/common.json';
import type enPresets from '../../../locales/en/presets.json';
import type enCases from '../../../locales/en/cases.json';
import type enPeople from '../../../locales/en/people.json';
import type enSeminars from '../../../locales/en/seminars.json';
import type enStakeholders from '../../../locales/en/stakeholders.json';
import type enServices from '../../../locales/en/services.json';
import type enCaseList from '../../../locales/en/caseList.json';
import type enSampleData from '../../../locales/en/sampleData.json';
import type enReports from '../../../locales/en/reports.json';
import type enBackup from '../../../locales/en/backup.json';
import type enAudit from '../../../locales/en/audit.json';
import type enSync from '../../../locales/en/sync.json';
import type enCatalogue from '../../../locales/en/catalogue.json';
import type enLogbook from '../../../locales/en/logbook.json';
import type enRetention from '../../../locales/en/retention.json';
import type enPublish from '../../../locales/en/publish.json';
import type enAccounts from '../../../locales/en/accounts.json';
import { LANGUAGES, type Language } from '../../../domain/records/desk';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

export type Resources = {
  common: typeof enCommon;
  presets: typeof enPresets;
  cases: typeof enCases;
  people: typeof enPeople;
  seminars: typeof enSeminars;
  stakeholders: typeof enStakeholders;
  services: typeof enServices;
  caseList: typeof enCaseList;
  sampleData: typeof enSampleData;
  reports: typeof enReports;
  backup: typeof enBackup;
  audit: typeof enAudit;
  sync: typeof enSync;
  catalogue: typeof enCatalogue;
  logbook: typeof enLogbook;
  retention: typeof enRetention;
  publish: typeof enPublish;
  accounts: typeof enAccounts;
};

export type Namespace = keyof Resources;
export const NAMESPACES: readonly Namespace[] = [
  'common',
  'presets',
  'cases',
  'people',
  'seminars',
  'stakeholders',
  'services',
  'caseList',
  'sampleData',
  'reports',
  'backup',
  'audit',
  'sync',
  'catalogue',
  'logbook',
  'retention',
  'publish',
  'accounts',
];

export function bundledResources(): Record<Language, Record<string, Record<string, unknown>>> {
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, {}])) as Record<
    Language,
    Record<string, Record<string, unknown>>
  >;
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, Language, string];
    if (resources[lng]) resources[lng][ns] = content;
  }
  return resources;
}
