// The desk presets, and the small rules the rest of the app asks of them: which status may
// follow which, and where each id's label lives in the `presets` i18n namespace.
import type { PresetId } from '../records/desk';
import { migrantDeskPreset } from './migrantDesk';
import { ofwDeskPreset } from './ofwDesk';
import type { DeskPreset } from './types';

export type {
  DeskPreset,
  DetailFieldDefinition,
  OfwFieldDefinition,
  ReferralPartner,
  StatusDefinition,
} from './types';
export { migrantDeskPreset, ofwDeskPreset };

export const PRESETS: Readonly<Record<PresetId, DeskPreset>> = {
  'ofw-ph': ofwDeskPreset,
  migrant: migrantDeskPreset,
};

export function getPreset(id: PresetId): DeskPreset {
  const preset = PRESETS[id];
  // A preset id read from an old or hand-edited setting must fail loudly, not show an empty desk.
  if (!preset) throw new Error(`Unknown desk preset "${String(id)}"`);
  return preset;
}

/** The statuses a case may move to from `status`; none for a status the preset does not know. */
export function allowedNextStatuses(preset: DeskPreset, status: string): readonly string[] {
  return preset.statuses.find((s) => s.id === status)?.next ?? [];
}

export function canTransition(preset: DeskPreset, from: string, to: string): boolean {
  return allowedNextStatuses(preset, from).includes(to);
}

export function isClosingStatus(preset: DeskPreset, status: string): boolean {
  return preset.statuses.some((s) => s.id === status && s.closing === true);
}

/** The i18n namespace that holds every preset label (locales/<lng>/presets.json). */
export const PRESETS_NAMESPACE = 'presets';

export type PresetLabelGroup =
  'categories' | 'clientRoles' | 'statuses' | 'partners' | 'seminarTypes' | 'fields';

/** Key of a label in the `presets` namespace, e.g. `ofw-ph.categories.repatriation`. */
export function presetLabelKey<P extends PresetId, G extends PresetLabelGroup, I extends string>(
  presetId: P,
  group: G,
  id: I,
): `${P}.${G}.${I}` {
  return `${presetId}.${group}.${id}`;
}

/** Key of a choice field's option, e.g. `ofw-ph.fieldOptions.deploymentStatus.deployed`. */
export function presetFieldOptionKey<P extends PresetId, F extends string, O extends string>(
  presetId: P,
  fieldId: F,
  optionId: O,
): `${P}.fieldOptions.${F}.${O}` {
  return `${presetId}.fieldOptions.${fieldId}.${optionId}`;
}

/** Key of the preset's human name, e.g. "OFW help desk — Philippines". */
export function presetNameKey<P extends PresetId>(presetId: P): `${P}.name` {
  return `${presetId}.name`;
}
