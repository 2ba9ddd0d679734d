// Staff accounts and the lock: sign-in, the session and its keys, the idle lock, Settings → Staff.
export {
  SessionProvider,
  useSession,
  useSessionState,
  useRole,
  type Session,
} from './SessionContext';
export { useMay } from './useMay';
export { SignInPage } from './SignInPage';
export { SealingGate } from './SealingGate';
export { FirstPassphrasePage } from './FirstPassphrasePage';
export { RecoveryKeyStep } from './RecoveryKeyStep';
export { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
export { prepareKeyring, type NewKeyring } from './prepareKeyring';
export { storeKeyring } from './accountRepository';
export { useHasKeyring } from './useAccounts';
export { useStartSession } from './useSignIn';
export { useLockDesk } from './useLockDesk';
export { useIdleLock } from './useIdleLock';
export { StaffPanel } from './StaffPanel';
