// The database's public face for features and the app.
export { createDatabase, DEFAULT_DATABASE_NAME, type TulayDatabase } from './database';
export { openDatabase, DatabaseOpenError, type DatabaseProblem } from './openDatabase';
export {
  createRecord,
  updateRecord,
  updateReadRecord,
  replaceReadRecord,
  deleteRecord,
  recordAccess,
  recordExport,
  recordPrint,
  type WriteContext,
} from './writeRecord';
export { createRecords } from './createRecords';
export { settleConflict, type ConflictChoice } from './settleConflict';
export { RecordValidationError, type FieldProblem } from './RecordValidationError';
export { DatabaseProvider, ActorProvider, useDatabase, useWriteContext } from './DatabaseProvider';
export { LATEST_SCHEMA_VERSION } from './schema';
export {
  warmSearchIndexes,
  dropSearchIndexes,
  searchInMemory,
  searchIndexesSettled,
  similarNamesInMemory,
  watchSearchIndexes,
  searchIndexVersion,
} from './searchIndex';
export { saveDraft, loadDraft, clearDraft } from './drafts';
export { type ReportCountRow } from './reportCounts';
export { type ReportMonthRow } from './reportMonths';
export { checkAuditChain, checkRecentAuditChain, keepRemovedLinks } from './auditChain';
export {
  lockDatabase,
  unlockDatabase,
  whenLocked,
  isEncryptionActive,
  currentFieldKeys,
  DatabaseLockedError,
  ENCRYPTED_PATHS,
  readForSearch,
  readWithoutPersonal,
  isDigits,
} from './encryption';
export { applyReadPolicy, readWholeInThisTransaction } from './readPolicy';
export { inForeground, backgroundTurn } from './readPriority';
export { putStoredRows } from './putStoredRows';
export {
  sealExistingRecords,
  needsSealing,
  pendingSealing,
  SEALED_MARKER_ID,
  type SealProgress,
} from './sealExistingRecords';
