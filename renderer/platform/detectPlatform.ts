// Picks the platform once: the desktop bridge when the preload exposed it, else the browser.
import type { BridgeGlobalName, TulayBridge } from '../../electron/contract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './Platform';

type BridgeHost = { readonly [K in BridgeGlobalName]?: TulayBridge };

export function detectPlatform(host: object = globalThis): Platform {
  const bridge = (host as BridgeHost).tulay;
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

export const platform: Platform = detectPlatform();
