// The desktop could not write a file being saved (a USB drive unplugged, a full disk, a folder
// Tulay may not write in): the reason in a few words, for the caller to put into a sentence.
import type { AutoBackupFailure } from './Platform';

export class SaveFailedError extends Error {
  constructor(readonly reason: AutoBackupFailure) {
    super(`The file could not be saved: ${reason}`);
    this.name = 'SaveFailedError';
  }
}
