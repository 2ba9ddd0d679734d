// What an administrator does in Settings → Staff, each through the account repository (audited).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { StaffRole } from '../../../domain/records';
import { useWriteContext } from '../../db';
import {
  addAccount,
  changeRole,
  removeAccount,
  resetPassphrase,
  type NewAccount,
} from './accountRepository';
import { readLockMinutes, writeLockMinutes } from './lockSettings';

export function useStaffActions() {
  const ctx = useWriteContext();
  return useMemo(
    () => ({
      add: (account: NewAccount, adminPassphrase: string) =>
        addAccount(ctx, account, adminPassphrase),
      changeRole: (staffId: string, role: StaffRole) => changeRole(ctx, staffId, role),
      resetPassphrase: (staffId: string, passphrase: string, adminPassphrase: string) =>
        resetPassphrase(ctx, staffId, passphrase, adminPassphrase),
      remove: (staffId: string) => removeAccount(ctx, staffId),
    }),
    [ctx],
  );
}

export function useLockMinutes(): [number | undefined, (minutes: number) => Promise<void>] {
  const ctx = useWriteContext();
  const minutes = useLiveQuery(() => readLockMinutes(ctx.db), [ctx.db]);
  const save = useCallback((value: number) => writeLockMinutes(ctx, value), [ctx]);
  return [minutes, save];
}
