// A large file the renderer makes piece by piece (a manual backup, docs/backup.md): the person
// picks where in the save dialog, the pieces go, in order, into a temporary file beside the chosen
// one, and only the finished, flushed file takes the chosen name. A cancel or a failure removes
// the temporary file. One such file at a time; the renderer never names a path.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
  AppendAutoBackupResult,
  BeginSaveStreamResult,
  FileFilter,
  FinishSaveStreamResult,
} from '../../contract';
import { failureReason } from '../autoBackup/failureReason';

/** The save dialog: the chosen path, or null when cancelled. */
export type AskPath = (suggestedName: string, filters: FileFilter[]) => Promise<string | null>;

/** A write with no piece for this long was left behind (a renderer that reloaded): dropped. */
export const ABANDONED_AFTER_MS = 5 * 60 * 1000;

interface Write {
  id: string;
  /** The frame's web contents that began it: only it may add to it. */
  owner: number;
  handle: FileHandle;
  temporary: string;
  target: string;
  lastUsed: number;
}

export class SaveStreamRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveStreamRefused';
  }
}

export type SaveStreams = ReturnType<typeof createSaveStreams>;

export function createSaveStreams({ now = () => Date.now() }: { now?: () => number } = {}) {
  let current: Write | null = null;

  async function discard(write: Write) {
    if (current === write) current = null;
    await write.handle.close().catch(() => {});
    await rm(write.temporary, { force: true }).catch(() => {});
  }

  function theWrite(owner: number, writeId: string): Write {
    if (!current || current.id !== writeId || current.owner !== owner) {
      throw new SaveStreamRefused('No file is being saved under that id');
    }
    current.lastUsed = now();
    return current;
  }

  return {
    async begin(
      owner: number,
      suggestedName: string,
      filters: FileFilter[],
      askPath: AskPath,
    ): Promise<BeginSaveStreamResult> {
      if (current && now() - current.lastUsed >= ABANDONED_AFTER_MS) await discard(current);
      // Refused before the dialog opens: two saves at once are a bug, not a choice.
      if (current) throw new SaveStreamRefused('Another file is being saved');
      const target = await askPath(suggestedName, filters);
      if (target === null) return null;
      if (current) throw new SaveStreamRefused('Another file is being saved');
      const id = randomUUID();
      // Beside the chosen file, so that the rename stays on one disk and is atomic.
      const temporary = join(dirname(target), `.${basename(target)}.${id}.partial`);
      try {
        const handle = await open(temporary, 'wx');
        current = { id, owner, handle, temporary, target, lastUsed: now() };
        return { status: 'started', writeId: id };
      } catch (error) {
        return { status: 'failed', reason: failureReason(error) };
      }
    },

    async append(
      owner: number,
      writeId: string,
      data: Uint8Array,
    ): Promise<AppendAutoBackupResult> {
      const write = theWrite(owner, writeId);
      try {
        await write.handle.writeFile(data);
        return { status: 'written' };
      } catch (error) {
        await discard(write);
        return { status: 'failed', reason: failureReason(error) };
      }
    },

    async finish(owner: number, writeId: string): Promise<FinishSaveStreamResult> {
      const write = theWrite(owner, writeId);
      try {
        // On disk before it takes the real name: a power cut leaves a .partial, never half a file.
        await write.handle.sync();
        await write.handle.close();
        await rename(write.temporary, write.target);
        current = null;
        return { status: 'saved', path: write.target };
      } catch (error) {
        await discard(write);
        return { status: 'failed', reason: failureReason(error) };
      }
    },

    /** Removes the temporary file; the chosen file (if one was there before) is left as it was. */
    async abort(owner: number, writeId: string): Promise<null> {
      if (current && current.id === writeId && current.owner === owner) await discard(current);
      return null;
    },

    /** At quit (synchronous, as the process ends): no temporary file is left behind. */
    abandon() {
      if (!current) return;
      const { handle, temporary } = current;
      current = null;
      // The close finishes on its own; the file goes now (Node opens files shareable for delete).
      handle.close().catch(() => {});
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more can be done as the process ends.
      }
    },
  };
}
