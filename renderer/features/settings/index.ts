// The settings feature's public face: the desk set-up, the Settings page and the desk context.
export { SetupPage } from './SetupPage';
export { SettingsPage } from './SettingsPage';
export { DeskProvider, useDesk, useDeskMunicipality } from './DeskContext';
export { useDeskState, type DeskState } from './useDesk';
export { requestPersistentStorage } from './storagePersistence';
export { readSetting, writeSetting, SETTING_KEYS } from './settingsRepository';
export { usePreset } from './usePreset';
export { usePresetLabel, type PresetLabel } from './usePresetLabel';
export { usePrivacyLaw } from './usePrivacyLaw';
export { useSampleDataSummary } from './sampleData';
export { useStaffList, type StaffOption } from './useStaffList';
