// What went wrong with a backup folder, in the few words the renderer turns into a sentence in
// the officer's language (a USB drive unplugged, a full disk, a share that is read-only).
import type { AutoBackupFailure } from '../../contract';

export function failureReason(error: unknown): AutoBackupFailure {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
      return 'folderMissing';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'notWritable';
    default:
      return 'other';
  }
}
