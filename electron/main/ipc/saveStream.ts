// tulay:*-save-stream — a large file saved as the renderer makes it (saveStream/saveStreams.ts).
// The guard has checked the sender and parsed every argument against the contract; the path comes
// only from the save dialog. Electron's dialog comes in as an argument, so that these run in Node
// tests.
import type { IpcMainInvokeEvent } from 'electron';
import type { FileFilter } from '../../contract';
import type { SaveStreams } from '../saveStream/saveStreams';
import type { ChannelHandler } from '../security/ipcGuard';

export type AskSavePath = (
  event: IpcMainInvokeEvent,
  suggestedName: string,
  filters: FileFilter[],
) => Promise<string | null>;

export interface SaveStreamHandlers {
  beginSaveStream: ChannelHandler<'beginSaveStream'>;
  appendSaveStream: ChannelHandler<'appendSaveStream'>;
  finishSaveStream: ChannelHandler<'finishSaveStream'>;
  abortSaveStream: ChannelHandler<'abortSaveStream'>;
}

export function saveStreamHandlers(streams: SaveStreams, askPath: AskSavePath): SaveStreamHandlers {
  const owner = (event: IpcMainInvokeEvent) => event.sender.id;
  return {
    beginSaveStream: (event, { suggestedName, filters }) =>
      streams.begin(owner(event), suggestedName, filters, (name, kinds) =>
        askPath(event, name, kinds),
      ),
    appendSaveStream: (event, writeId, data) => streams.append(owner(event), writeId, data),
    finishSaveStream: (event, writeId) => streams.finish(owner(event), writeId),
    abortSaveStream: (event, writeId) => streams.abort(owner(event), writeId),
  };
}
