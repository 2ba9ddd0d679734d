// Locking: the session and its keys go first (every screen with case data unmounts), then the
// in-memory search index, any notification still on screen, and the shell's data channels.
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { forgetFieldKeys } from '../../../domain/security/deskKeys';
import { dropSearchIndexes, lockDatabase, useDatabase } from '../../db';
import { platform } from '../../platform';
import { recordLock } from './accountRepository';
import { useOptionalSessionState, type LockReason } from './SessionContext';

export function useLockDesk() {
  const db = useDatabase();
  const state = useOptionalSessionState();
  const staffId = state?.session?.staffId;
  const keys = state?.session?.keys;
  const end = state?.end;
  return useCallback(
    async (reason?: LockReason) => {
      if (!staffId || !end) return;
      end(reason);
      dropSearchIndexes(db);
      // No personal field can be read or written any more, and the raw key bytes are overwritten.
      lockDatabase(db);
      if (keys) forgetFieldKeys(keys.fieldKeys);
      notifications.clean();
      await platform.setLocked(true);
      await recordLock({ db, actor: staffId });
    },
    [db, staffId, keys, end],
  );
}
