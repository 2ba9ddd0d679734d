/** A passphrase or recovery key that does not open the desk's key. Says nothing more, on purpose. */
export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';

  constructor() {
    super('The passphrase or recovery key does not open the desk key');
  }
}
