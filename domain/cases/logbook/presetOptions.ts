// The options a logbook's values are mapped to: the preset's categories, statuses and client
// roles, each with its labels in every language (the caller passes each language's "presets"
// translations, as locales/<language>/presets.json holds them).
import type { DeskPreset } from '../../presets/types';
import type { ValueOption } from './logbookValues';

/** One language's presets.json: preset id → group → option id → label. */
type PresetLabels = object;

const at = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

function optionsOf(
  ids: readonly string[],
  group: string,
  preset: DeskPreset,
  languages: readonly PresetLabels[],
): ValueOption[] {
  return ids.map((id) => ({
    id,
    labels: languages.flatMap((labels) => {
      const label = at(at(at(labels, preset.id), group), id);
      return typeof label === 'string' ? [label] : [];
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
