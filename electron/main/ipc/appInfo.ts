// tulay:app-info — what the About panel and support requests need; never where data lives.
import { app } from 'electron';
import type { ChannelHandler } from '../security/ipcGuard';

export const appInfo: ChannelHandler<'appInfo'> = () =>
  Promise.resolve({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '' },
  });
