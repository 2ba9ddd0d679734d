export { detectPlatform, platform } from './detectPlatform';
export { FileTooLargeError } from './FileTooLargeError';
export { SaveFailedError } from './SaveFailedError';
export { acceptAttribute } from './browser/pickFile';
export type {
  AppInfo,
  AutoBackupFailure,
  AutoBackupPlatform,
  AutoBackupStatus,
  FinishAutoBackupResult,
  FileFilter,
  OpenedFile,
  OpenFileRequest,
  Platform,
  PrintToPdfRequest,
  SaveFileRequest,
} from './Platform';
