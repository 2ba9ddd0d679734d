// The stakeholders feature's public face: its pages, the referral-partner picker's options for
// the cases feature, and the hook that turns the preset's partners into stakeholders.
export { StakeholdersPage } from './StakeholdersPage';
export { StakeholderPage } from './detail/StakeholderPage';
export { StakeholderFormPage } from './form/StakeholderFormPage';
export { TypeBadge } from './TypeBadge';
export { useStakeholderOptions, type StakeholderOption } from './useStakeholderOptions';
export { useEnsurePresetPartners } from './useEnsurePresetPartners';
