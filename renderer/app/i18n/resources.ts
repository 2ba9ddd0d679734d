// Every translation is bundled: the app must speak the staff's language offline.
// locales/<language>/<namespace>.json; English is the reference that types the keys.
import type enCommon from '../../../locales/en/common.json';
import type enPresets from '../../../locales/en/presets.json';
import { LANGUAGES, type Language } from '../../../domain/records/desk';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

export type Namespace = 'common' | 'presets';
export const NAMESPACES: readonly Namespace[] = ['common', 'presets'];

export type Resources = {
  common: typeof enCommon;
  presets: typeof enPresets;
};

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
