export { BackupPanel } from './BackupPanel';
export { backupDatabase, restoreBackup, holdsData } from './backupDatabase';
export { BackupError, type BackupProblem } from './backupFormat';
export { useAutoBackupSchedule } from './useAutoBackupSchedule';
export { runAutoBackup } from './runAutoBackup';
