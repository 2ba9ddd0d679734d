// The server's settings, all from the environment, with defaults that start it with no set-up.
import { homedir } from 'node:os';
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  /** PostgreSQL as the app role; absent: the embedded database in dataDir. */
  databaseUrl: string | undefined;
  /** PostgreSQL as the tables' owner, for migrations and the CLI (default: databaseUrl). */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  poolSize: number;
  /** Largest request body in bytes; larger is 413. */
  bodyLimit: number;
  /** Requests per second a desk may make, with bursts of `rateBurst`; 0 turns the limit off. */
  ratePerSecond: number;
  rateBurst: number;
  logLevel: string;
}

/** Where an application keeps its data on this system (XDG on Linux). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32')
    return env.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support');
  return env.XDG_DATA_HOME || path.join(homedir(), '.local', 'share');
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || '127.0.0.1';
  return {
    host,
    port: integer(env, 'PORT', 8787),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    dataDir: env.CATALOGUE_DATA_DIR || path.join(userDataDir(env), 'tulay-catalogue'),
    poolSize: integer(env, 'DATABASE_POOL_SIZE', 10),
    bodyLimit: integer(env, 'CATALOGUE_BODY_LIMIT', 8 * 1024 * 1024),
    ratePerSecond: integer(env, 'CATALOGUE_RATE_LIMIT', 20),
    rateBurst: integer(env, 'CATALOGUE_RATE_BURST', 100),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
