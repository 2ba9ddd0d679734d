// Every benchmark scenario, in the order of the table. A new capability adds its own here.
import type { Scenario } from '../types';
import { backupRestore } from './backupRestore';
import { bulkWrite } from './bulkWrite';
import { caseExport } from './caseExport';
import { caseList } from './caseList';
import { checkIn } from './checkIn';
import { duplicateCheckScenario } from './duplicateCheck';
import { encryptionCost, sealExisting, signInToCaseList } from './encryption';
import { encryptionSaveParts } from './encryptionSaveParts';
import { encryptionSearchParts } from './encryptionSearchParts';
import { initialSync, initialSyncEncrypted } from './initialSync';
import { intakeSave } from './intakeSave';
import { logbookImport } from './logbookImport';
import { prefixSearch } from './prefixSearch';
import { reportPeriod } from './reportPeriod';
import { searchKeystroke } from './searchKeystroke';
import { stakeholderViews } from './stakeholderViews';

export const SCENARIOS: readonly Scenario[] = [
  intakeSave,
  prefixSearch,
  duplicateCheckScenario,
  caseList,
  searchKeystroke,
  checkIn,
  stakeholderViews,
  reportPeriod,
  bulkWrite,
  logbookImport,
  caseExport,
  backupRestore,
  initialSync,
  initialSyncEncrypted,
  encryptionCost,
  encryptionSearchParts,
  encryptionSaveParts,
  signInToCaseList,
  sealExisting,
];
