// tulay:allow-catalogue — the officer saved a catalogue address in Settings → Sync: main allows
// exactly its origin in the CSP's connect-src (catalogueAccess.ts) and says whether it did.
import { catalogueAccess } from '../catalogueAccess';
import type { ChannelHandler } from '../security/ipcGuard';

export const allowCatalogue: ChannelHandler<'allowCatalogue'> = async (_event, address) => {
  const access = catalogueAccess();
  if (!access) return { allowed: false, reload: false };
  return access.allow(address);
};
