export { BackupPanel } from './BackupPanel';
export { backupDatabase, restoreBackup, holdsData } from './backupDatabase';
export { BackupError, type BackupProblem } from './backupFormat';
