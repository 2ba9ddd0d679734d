// What can go wrong with an account, as codes the screens put into words (accounts:errors.*).

export type AccountProblem =
  'noAccount' | 'notAdministrator' | 'wrongAdminPassphrase' | 'lastAdministrator' | 'removeSelf';

export class AccountError extends Error {
  override readonly name = 'AccountError';

  constructor(readonly problem: AccountProblem) {
    super(problem);
  }
}

/** Earlier wrong passphrases make this account wait until `retryAt` (ms since the epoch). */
export class TooSoonError extends Error {
  override readonly name = 'TooSoonError';

  constructor(
    readonly retryAt: number,
    /** true when this very try was a wrong passphrase (and started the wait). */
    readonly afterWrongPassphrase = false,
  ) {
    super(`Try again after ${new Date(retryAt).toISOString()}`);
  }
}
