// The stakeholders feature's public face: its pages, the referral-partner picker's options for
// the cases feature, the hook that turns the preset's partners into stakeholders, and the world map
// (the reports shade it by cases).
export { StakeholdersPage } from './StakeholdersPage';
export { StakeholderPage } from './detail/StakeholderPage';
export { StakeholderFormPage } from './form/StakeholderFormPage';
export { TypeBadge } from './TypeBadge';
export { useStakeholderOptions, type StakeholderOption } from './useStakeholderOptions';
export { useEnsurePresetPartners } from './useEnsurePresetPartners';
export { WorldMapSvg } from './map/WorldMapSvg';
export { BUCKETS as MAP_BUCKETS, type Bucket as MapBucket } from './map/mapScale';
