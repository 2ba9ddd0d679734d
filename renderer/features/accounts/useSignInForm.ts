// The sign-in form's state: who, the passphrase, what went wrong, and the wait after repeated
// wrong passphrases (kept in the database, so it survives a reload).
import { useState } from 'react';
import { WrongPassphraseError } from '../../../domain/security/WrongPassphraseError';
import { AccountError, TooSoonError } from './accountErrors';
import { useAccounts, useNextTry } from './useAccounts';
import { useSessionState } from './SessionContext';
import { useSignIn } from './useSignIn';
import { useSecondsUntil } from './useWaitUntil';

export type SignInProblem =
  'staffRequired' | 'passphraseRequired' | 'wrong' | 'wait' | AccountError['problem'];

export function useSignInForm() {
  const accounts = useAccounts();
  const { lockedBy } = useSessionState();
  const [chosen, setChosen] = useState<string | null>(null);
  const staffId = chosen ?? lockedBy ?? (accounts?.length === 1 ? accounts[0]!.id : null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const nextTry = useNextTry(staffId);
  const waitSeconds = useSecondsUntil(nextTry);
  const signIn = useSignIn();

  const submit = async () => {
    if (!staffId) return setProblem('staffRequired');
    if (!passphrase) return setProblem('passphraseRequired');
    if (waitSeconds > 0) return setProblem('wait');
    setBusy(true);
    try {
      await signIn(staffId, passphrase);
    } catch (error) {
      setPassphrase('');
      if (error instanceof TooSoonError) setProblem(error.afterWrongPassphrase ? 'wrong' : 'wait');
      else if (error instanceof WrongPassphraseError) setProblem('wrong');
      else if (error instanceof AccountError) setProblem(error.problem);
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  const choose = (id: string | null) => {
    setChosen(id);
    setProblem(null);
  };

  return {
    accounts,
    staffId,
    choose,
    passphrase,
    setPassphrase,
    problem,
    busy,
    waitSeconds,
    submit,
  };
}
