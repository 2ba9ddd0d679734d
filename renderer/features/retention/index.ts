// Retention's public face: the Settings section and the run (docs/retention.md).
export { RetentionPanel } from './RetentionPanel';
export {
  findDueCases,
  planRetention,
  runRetention,
  readRetentionPeriods,
  saveRetentionPeriods,
  type RetentionPlan,
  type RetentionResult,
} from './retentionRepository';
export { AnonymisedBadge, usePersonName } from './anonymisedLabels';
