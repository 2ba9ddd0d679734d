// Desk sync with the catalogue (issue 13): the engine, its schedule, and its screens.
export { SyncProvider, useSyncService, useSyncStatus } from './SyncProvider';
export { SyncPanel } from './SyncPanel';
export { SyncStatusBadge } from './SyncStatusBadge';
export { SyncProblem, type SyncProblemKind } from './client';
export { problemKey } from './problemText';
export { readSyncSettings, type SyncSettings } from './syncSettings';
export { refreshCatalogue } from './refreshCatalogue';
export { readCatalogueState, CATALOGUE_CURSOR_ID } from './catalogueCopy';
export { publishShares } from './catalogueShares';
export { usePrefixGuard } from './usePrefixGuard';
export {
  publishPublication,
  readPublicationSettings,
  savePublicationSettings,
  withdrawPublication,
  type CommitmentDraft,
  type Publication,
  type PublicationSettings,
  type PublishedState,
} from './publication';
