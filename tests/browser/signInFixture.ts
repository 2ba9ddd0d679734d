// Staff accounts for the browser tests: a desk set up by completeSetup (no keyring yet) gets its
// staff member's account, and the app rendered on it is signed in through the sign-in screen.
import { fireEvent, waitFor } from '@testing-library/react';
export { ensureAccount, TEST_PASSPHRASE, TEST_ITERATIONS } from '../fixtures/testAccount';
import { TEST_PASSPHRASE } from '../fixtures/testAccount';

const passphraseField = () => document.querySelector<HTMLInputElement>('input[name="passphrase"]');

/** Types the passphrase on the sign-in screen (its staff member chosen) and waits for the app. */
export async function signInOnScreen(passphrase = TEST_PASSPHRASE) {
  const field = await waitFor(
    () => {
      const found = passphraseField();
      if (!found) throw new Error('The sign-in screen did not show');
      return found;
    },
    { timeout: 10_000 },
  );
  // The desk's one staff member is chosen once the accounts are read.
  await waitFor(
    () => {
      const staff = field.form!.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!staff?.value) throw new Error('No staff member chosen yet');
    },
    { timeout: 10_000 },
  );
  fireEvent.change(field, { target: { value: passphrase } });
  fireEvent.submit(field.form!);
  await waitFor(
    () => {
      if (passphraseField()) throw new Error('Still on the sign-in screen');
    },
    { timeout: 10_000 },
  );
}
