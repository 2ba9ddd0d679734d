// Opens the database or says precisely why it cannot: never a blank page, never a silent
// reset. A database written by a newer Tulay is refused before it is touched, because an
// older schema could misread or damage it (Dexie 4 would otherwise open it anyway).
import type { TulayDatabase } from './database';
import { LATEST_SCHEMA_VERSION } from './schema';

export type DatabaseProblem = 'newerVersion' | 'blocked' | 'quota' | 'unavailable';

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'DatabaseOpenError';
  }
}

/** Dexie stores version N as IndexedDB version N × 10. */
const nativeVersion = (dexieVersion: number) => Math.round(dexieVersion * 10);

async function installedNativeVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  const all = await indexedDB.databases();
  return all.find((info) => info.name === name)?.version;
}

function classify(error: unknown): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error;
  const names = [error, (error as { inner?: unknown })?.inner]
    .map((e) => (e as { name?: string } | undefined)?.name)
    .filter(Boolean);
  const detail = error instanceof Error ? error.message : String(error);
  if (names.includes('VersionError')) return new DatabaseOpenError('newerVersion', detail);
  if (names.includes('QuotaExceededError')) return new DatabaseOpenError('quota', detail);
  return new DatabaseOpenError('unavailable', detail);
}

export interface OpenOptions {
  /** Called while another window with an older Tulay keeps the upgrade from running. */
  onBlocked?: () => void;
  /** Called when a newer Tulay in another window upgrades the database under this one. */
  onVersionChange?: () => void;
}

export async function openDatabase(db: TulayDatabase, options: OpenOptions = {}): Promise<void> {
  try {
    const installed = await installedNativeVersion(db.name);
    if (installed !== undefined && installed > nativeVersion(LATEST_SCHEMA_VERSION)) {
      throw new DatabaseOpenError('newerVersion', `installed version ${installed / 10}`);
    }
    db.on('blocked', () => options.onBlocked?.());
    db.on('versionchange', () => {
      db.close();
      options.onVersionChange?.();
      return false;
    });
    await db.open();
    if (db.backendDB().version > nativeVersion(LATEST_SCHEMA_VERSION)) {
      db.close();
      throw new DatabaseOpenError('newerVersion', `opened version ${db.backendDB().version / 10}`);
    }
  } catch (error) {
    throw classify(error);
  }
}
