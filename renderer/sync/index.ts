// Desk sync with the catalogue (issue 13): the engine, its schedule, and its screens.
export { SyncProvider, useSyncService, useSyncStatus } from './SyncProvider';
export { SyncPanel } from './SyncPanel';
export { SyncStatusBadge } from './SyncStatusBadge';
