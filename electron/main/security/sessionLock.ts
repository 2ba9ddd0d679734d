// While the desk is locked (at start, until someone signs in, and after a lock), main refuses the
// channels that move data in or out of the desk: saving and opening files, printing to PDF, and
// backups. The renderer says when it locks and unlocks (tulay:set-locked); a renderer that never
// says so, or reloads, stays locked.
import type { ChannelKey } from '../../contract';
import type { ChannelHandler } from './ipcGuard';

/** The channels refused while the desk is locked. */
export const DATA_CHANNELS: ReadonlySet<ChannelKey> = new Set<ChannelKey>([
  'saveFile',
  // A manual backup saved as it is made; its abort stays open so that a lock mid-save cleans up.
  'beginSaveStream',
  'appendSaveStream',
  'finishSaveStream',
  'openFile',
  'printToPdf',
  'autoBackupPassphrase',
  'beginAutoBackup',
  'appendAutoBackup',
  'finishAutoBackup',
]);

export class SessionLock {
  private locked = true;

  get isLocked(): boolean {
    return this.locked;
  }

  set(locked: boolean) {
    this.locked = locked;
  }
}

/** `handler`, refusing to run while `lock` is locked when `key` is a data channel. */
export function refuseWhileLocked<K extends ChannelKey>(
  lock: SessionLock,
  key: K,
  handler: ChannelHandler<K>,
): ChannelHandler<K> {
  if (!DATA_CHANNELS.has(key)) return handler;
  return (event, ...args) => {
    if (lock.isLocked) {
      return Promise.reject(new Error(`${key}: refused, the desk is locked`));
    }
    return handler(event, ...args);
  };
}
