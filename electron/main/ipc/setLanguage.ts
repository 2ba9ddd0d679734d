// tulay:set-language — the renderer says which language the officer chose; the menu follows.
import { applyAppMenu } from '../applyAppMenu';
import type { ChannelHandler } from '../security/ipcGuard';

export const setLanguage: ChannelHandler<'setLanguage'> = (_event, language) => {
  applyAppMenu(language);
  return Promise.resolve(null);
};
