// Every IPC handler goes through here: the sender frame must be Tulay's own page, and the
// arguments must parse with the contract's schema, before the handler runs at all.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { contract, type ChannelArgs, type ChannelKey, type ChannelResult } from '../../contract';
import { isAppUrl } from './appOrigin';

/** Only app://tulay/… frames (and the dev server under `electron-vite dev`) may call main. */
export function isTrustedSender(frameUrl: string, devOrigin: string | null = null): boolean {
  return isAppUrl(frameUrl, devOrigin);
}

export type ChannelHandler<K extends ChannelKey> = (
  event: IpcMainInvokeEvent,
  ...args: ChannelArgs<K>
) => Promise<ChannelResult<K>>;

type AnyHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export interface GuardOptions {
  devOrigin: string | null;
}

function assertTrustedSender(event: IpcMainInvokeEvent, channel: string, devOrigin: string | null) {
  // senderFrame is null when the frame navigated away or was destroyed after sending.
  const frameUrl = event.senderFrame?.url ?? '(no frame)';
  if (!isTrustedSender(frameUrl, devOrigin)) {
    console.warn(`[tulay] refused ${channel} from untrusted frame ${frameUrl}`);
    throw new Error(`${channel}: refused, the request did not come from Tulay's own page`);
  }
}

/** Registers `handler` for the contract channel `key` behind the sender and argument checks. */
export function handleChannel<K extends ChannelKey>(
  ipcMain: Pick<IpcMain, 'handle'>,
  key: K,
  handler: ChannelHandler<K>,
  { devOrigin }: GuardOptions,
): void {
  const spec = contract[key];
  const run = handler as AnyHandler;
  ipcMain.handle(spec.channel, async (event, ...rawArgs: unknown[]) => {
    assertTrustedSender(event, spec.channel, devOrigin);
    const args = spec.args.safeParse(rawArgs);
    if (!args.success) {
      throw new Error(`${spec.channel}: invalid arguments\n${z.prettifyError(args.error)}`);
    }
    const result = await run(event, ...(args.data as unknown[]));
    // Main must keep its side of the contract too; a mismatch here is a bug in main.
    return spec.result.parse(result);
  });
}
