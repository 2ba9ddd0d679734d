// Repeated wrong passphrases slow further tries: the first few cost nothing (a typo), then each
// wait doubles, up to five minutes. The count is kept per account in the database, so closing
// the window does not reset it.

/** Wrong passphrases allowed in a row before the first wait. */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** Shortest accepted passphrase of a staff account. */
export const PASSPHRASE_MIN_LENGTH = 10;

export interface FailedAttempts {
  /** Wrong passphrases in a row since the last sign-in. */
  failedAttempts: number;
  /** ISO time of the last wrong one. */
  lastFailedAt?: string | undefined;
}

/** How long to wait after `failures` wrong passphrases in a row, in milliseconds. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT_MS);
}

/** When the next try is accepted (ms since the epoch); at or before `now` means now. */
export function nextTryAt({ failedAttempts, lastFailedAt }: FailedAttempts): number {
  const wait = waitAfterFailures(failedAttempts);
  if (!lastFailedAt || wait === 0) return 0;
  return Date.parse(lastFailedAt) + wait;
}
