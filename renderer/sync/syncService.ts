// When to sync, and what the header shows. One service per window: it syncs at start, every few
// minutes while online, soon after a local change, as soon as the catalogue says another desk
// pushed (a long poll, GET /v1/pull/wait) and on demand; never two at once, also across
// windows (a Web Lock: a window that finds the lock taken leaves the sync to the other one).
// After an error it waits longer each time, with jitter; a problem no retry can fix (a revoked or
// wrong token, an incompatible server) stops the automatic syncs until the settings change.
import { liveQuery, type Subscription } from 'dexie';
import { SYNC_TABLES } from '../../domain/sync';
import type { TulayDatabase } from '../db';
import { readCursor } from './applyPull';
import { readDeskPrefix } from './prefixClaim';
import { CatalogueClient, isPermanent, SyncProblem, type SyncProblemKind } from './client';
import { refreshCatalogue } from './refreshCatalogue';
import { runSync, type SyncProgress } from './runSync';
import { readSyncSettings, type SyncSettings } from './syncSettings';

export const SYNC_LOCK = 'tulay-sync';
export const LAST_SYNC_ID = 'lastSync';
export const SYNC_INTERVAL_MS = 3 * 60_000;
/**
 * How long after a local change the sync starts. Debounced: each change starts the wait again,
 * so a burst of typing goes in one push, sent once the officer pauses for this long.
 */
export const AFTER_CHANGE_MS = 1_000;
const MAX_BACKOFF_MS = 10 * 60_000;
/** The long poll after an error (doubling, with jitter, up to WATCH_MAX_RETRY_MS). */
export const WATCH_RETRY_MS = 5_000;
const WATCH_MAX_RETRY_MS = 5 * 60_000;
/** A wait the server (or a proxy) holds longer than this is given up and started again. */
const WATCH_ABORT_MS = 40_000;

export interface SyncServiceOptions {
  /** The client for the settings (tests give a fake one). */
  clientFor?: (settings: SyncSettings) => Pick<CatalogueClient, 'waitForChanges'>;
  /** The long poll's first wait after an error. */
  watchRetryMs?: number;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

export type SyncPhase = 'off' | 'idle' | 'syncing' | 'offline' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  /** Records changed on this desk and not yet acknowledged by the catalogue. */
  waiting: number;
  progress: SyncProgress | null;
  lastSyncedAt: string | null;
  problem: SyncProblemKind | null;
  /** The reference prefix the catalogue refused (another desk holds it), and that desk's name. */
  prefixRefusal: { prefix: string; heldBy: string } | null;
}

/** A bulk entry stands for each of its records. */
export async function countWaiting(db: TulayDatabase): Promise<number> {
  let count = 0;
  await db.outbox.each((entry) => {
    if ((SYNC_TABLES as readonly string[]).includes(entry.table))
      count += entry.recordIds?.length ?? 1;
  });
  return count;
}

/** Runs `work` unless another window (or this one) holds the sync lock; false if it did not. */
async function withSyncLock(work: () => Promise<void>): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    await work();
    return true;
  }
  return locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
}

export class SyncService {
  private status: SyncStatus = {
    phase: 'off',
    waiting: 0,
    progress: null,
    lastSyncedAt: null,
    problem: null,
    prefixRefusal: null,
  };
  /** The connection and prefix the catalogue last accepted a claim for, in this window. */
  private claimed: string | null = null;
  private readonly listeners = new Set<() => void>();
  private settings: SyncSettings | null = null;
  private running = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private subscription: Subscription | null = null;
  private stopped = false;
  private starts = 0;
  /** The long poll's loop: aborted on stop, sign-out or lock (unmount), and when sync is off. */
  private watching: AbortController | null = null;
  /** The sync running in this window, which a second caller awaits instead of starting one. */
  private current: Promise<void> | null = null;

  constructor(
    private readonly db: TulayDatabase,
    private readonly options: SyncServiceOptions = {},
  ) {}

  getStatus = () => this.status;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<SyncStatus>) {
    this.status = { ...this.status, ...next };
    this.listeners.forEach((l) => l());
  }

  private get online() {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  private readonly onOnline = () => this.schedule(0);
  private readonly onOffline = () => {
    if (this.settings?.replicate) this.set({ phase: 'offline' });
  };

  /**
   * Starts watching the outbox and syncing when replication is on. A database closed under it
   * (the window closing, a restore) ends the start quietly: there is nothing left to sync.
   */
  async start() {
    this.stopped = false;
    // React's development mode starts, stops and starts again: only the latest start goes on.
    const start = ++this.starts;
    try {
      const last = await this.db.syncState.get(LAST_SYNC_ID);
      if (this.stopped || start !== this.starts) return;
      this.set({ lastSyncedAt: last?.updatedAt ?? null });
      let previous = -1;
      this.subscription = liveQuery(() => countWaiting(this.db)).subscribe({
        next: (waiting) => {
          this.set({ waiting });
          if (previous >= 0 && waiting > previous) this.schedule(AFTER_CHANGE_MS);
          previous = waiting;
        },
        error: (error: unknown) => {
          if (!this.stopped) console.error('[tulay] the outbox count stopped', error);
        },
      });
      if (typeof window !== 'undefined') {
        window.addEventListener('online', this.onOnline);
        window.addEventListener('offline', this.onOffline);
      }
      await this.reload();
    } catch (error) {
      if (!this.stopped) throw error;
    }
  }

  stop() {
    this.stopped = true;
    this.stopWatching();
    this.subscription?.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
  }

  /** Reads the settings again (after Settings → Sync saved them) and syncs if replicating. */
  async reload() {
    this.settings = (await readSyncSettings(this.db)) ?? null;
    this.failures = 0;
    this.stopWatching();
    if (!this.enabled()) {
      if (this.timer) clearTimeout(this.timer);
      this.set({ phase: 'off', problem: null, progress: null, prefixRefusal: null });
      return;
    }
    this.set({ phase: this.online ? 'idle' : 'offline', problem: null, prefixRefusal: null });
    this.schedule(0);
    if (!this.stopped) this.startWatching(this.settings!);
  }

  private stopWatching() {
    this.watching?.abort();
    this.watching = null;
  }

  private startWatching(settings: SyncSettings) {
    const controller = new AbortController();
    this.watching = controller;
    const client =
      this.options.clientFor?.(settings) ??
      new CatalogueClient({ address: settings.address, token: settings.token });
    this.watch(client, controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) console.error('[tulay] the sync watch stopped', error);
    });
  }

  /**
   * Holds a long poll on the catalogue and syncs when it says another desk pushed something
   * this desk has not pulled. After an error, or a sync that did not move the cursor (it failed,
   * or another window holds the lock), it waits longer each time: it never spins. A problem no
   * retry fixes, or a server without the long poll (404), ends the loop; the scheduled syncs go
   * on as before.
   */
  private async watch(client: Pick<CatalogueClient, 'waitForChanges'>, signal: AbortSignal) {
    const firstRetry = this.options.watchRetryMs ?? WATCH_RETRY_MS;
    let failures = 0;
    const backOff = () => {
      failures += 1;
      const wait = Math.min(WATCH_MAX_RETRY_MS, firstRetry * 2 ** (failures - 1));
      return pause(wait * (0.5 + Math.random()), signal);
    };
    while (!signal.aborted) {
      if (!this.online) {
        await pause(firstRetry, signal);
        continue;
      }
      const after = await readCursor(this.db);
      const giveUp = new AbortController();
      const abort = () => giveUp.abort();
      signal.addEventListener('abort', abort);
      const timer = setTimeout(abort, WATCH_ABORT_MS);
      let changed: boolean;
      try {
        changed = await client.waitForChanges(after, giveUp.signal);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof SyncProblem && (isPermanent(error.kind) || error.kind === 'rejected'))
          return;
        await backOff();
        continue;
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
      }
      if (signal.aborted) return;
      if (!changed) {
        failures = 0;
        continue;
      }
      await this.syncNow();
      // A sync already running when the news came may have pulled before that push: once more.
      if ((await readCursor(this.db)) <= after && !signal.aborted) await this.syncNow();
      if ((await readCursor(this.db)) > after) failures = 0;
      else await backOff();
    }
  }

  private enabled() {
    const s = this.settings;
    return Boolean(s?.replicate && s.address.trim() && s.token.trim());
  }

  private schedule(delay: number) {
    if (this.stopped || !this.enabled()) return;
    if (this.status.problem && isPermanent(this.status.problem) && delay > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.syncNow(), delay);
  }

  /**
   * Nothing is replicated before the catalogue accepts this desk's reference prefix: two desks
   * numbering cases under one prefix would hand out the same references. Claimed once per
   * connection and prefix in a window (the claim is idempotent on the server).
   */
  private async claimPrefix(client: CatalogueClient, settings: SyncSettings) {
    const prefix = await readDeskPrefix(this.db);
    if (!prefix) return;
    const key = JSON.stringify([settings.address, settings.token, prefix]);
    if (this.claimed === key) return;
    try {
      await client.claimPrefix(prefix);
    } catch (error) {
      if (error instanceof SyncProblem) error.prefix = prefix;
      throw error;
    }
    this.claimed = key;
  }

  /** Syncs now unless another window is syncing; a sync already running here is awaited. */
  async syncNow(): Promise<void> {
    if (this.current) return this.current;
    this.current = this.syncOnce().finally(() => (this.current = null));
    return this.current;
  }

  private async syncOnce(): Promise<void> {
    if (this.running || !this.enabled() || this.stopped) return;
    if (!this.online) {
      this.set({ phase: 'offline' });
      return;
    }
    const settings = this.settings!;
    this.running = true;
    try {
      await withSyncLock(async () => {
        this.set({ phase: 'syncing', progress: null, problem: null });
        const client = new CatalogueClient({ address: settings.address, token: settings.token });
        await this.claimPrefix(client, settings);
        await runSync(this.db, client, { onProgress: (progress) => this.set({ progress }) });
        // The public catalogue's copy and this desk's shared stakeholders come along.
        await refreshCatalogue(this.db, settings);
        const at = new Date().toISOString();
        await this.db.syncState.put({ id: LAST_SYNC_ID, cursor: 0, updatedAt: at });
        this.failures = 0;
        this.set({ phase: 'idle', progress: null, lastSyncedAt: at });
      });
      this.schedule(SYNC_INTERVAL_MS);
    } catch (error) {
      const kind = error instanceof SyncProblem ? error.kind : 'server';
      const offline = kind === 'unreachable' && !this.online;
      this.set({
        phase: offline ? 'offline' : 'error',
        problem: kind,
        progress: null,
        prefixRefusal:
          error instanceof SyncProblem && kind === 'prefixTaken'
            ? { prefix: error.prefix ?? '', heldBy: error.heldBy ?? '' }
            : null,
      });
      if (!isPermanent(kind)) {
        this.failures += 1;
        const wait =
          error instanceof SyncProblem && error.retryAfter
            ? error.retryAfter * 1000
            : Math.min(MAX_BACKOFF_MS, 15_000 * 2 ** (this.failures - 1));
        this.schedule(wait * (0.5 + Math.random()));
      }
    } finally {
      this.running = false;
    }
  }
}
