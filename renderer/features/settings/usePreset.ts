import { getPreset, type DeskPreset } from '../../../domain/presets';
import { useDesk } from './DeskContext';

/** The desk preset (categories, roles, statuses, partners) of the desk set up here. */
export function usePreset(): DeskPreset {
  return getPreset(useDesk().profile.presetId);
}
