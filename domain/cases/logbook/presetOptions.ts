// The options a logbook's values are mapped to: the preset's categories, statuses and client
// roles, each with its labels in every language (the caller passes each language's "presets"
// translations, as locales/<language>/presets.json holds them).
import type { DeskPreset } from '../../presets/types';
import type { ValueOption } from './logbookValues';

type PresetLabels = Record<string, Record<string, Record<string, string> | string>>;

function optionsOf(
  ids: readonly string[],
  group: string,
  preset: DeskPreset,
  languages: readonly PresetLabels[],
): ValueOption[] {
  return ids.map((id) => ({
    id,
    labels: languages.flatMap((labels) => {
      const groupLabels = labels[preset.id]?.[group];
      const label = typeof groupLabels === 'object' ? groupLabels[id] : undefined;
      return label ? [label] : [];
    }),
  }));
}

export function presetValueOptions(preset: DeskPreset, languages: readonly PresetLabels[]) {
  return {
    category: optionsOf(preset.categories, 'categories', preset, languages),
    status: optionsOf(
      preset.statuses.map((s) => s.id),
      'statuses',
      preset,
      languages,
    ),
    relationship: optionsOf(preset.clientRoles, 'clientRoles', preset, languages),
  };
}
