// When to sync, and what the header shows. One service per window: it syncs at start, every few
// minutes while online, soon after a local change and on demand; never two at once, also across
// windows (a Web Lock: a window that finds the lock taken leaves the sync to the other one).
// After an error it waits longer each time, with jitter; a problem no retry can fix (a revoked or
// wrong token, an incompatible server) stops the automatic syncs until the settings change.
import { liveQuery, type Subscription } from 'dexie';
import { SYNC_TABLES } from '../../domain/sync';
import type { TulayDatabase } from '../db';
import { readDeskPrefix } from './prefixClaim';
import { CatalogueClient, isPermanent, SyncProblem, type SyncProblemKind } from './client';
import { refreshCatalogue } from './refreshCatalogue';
import { runSync, type SyncProgress } from './runSync';
import { readSyncSettings, type SyncSettings } from './syncSettings';

export const SYNC_LOCK = 'tulay-sync';
export const LAST_SYNC_ID = 'lastSync';
export const SYNC_INTERVAL_MS = 3 * 60_000;
/** How long after a local change the sync starts: a burst of edits goes in one push. */
export const AFTER_CHANGE_MS = 5_000;
const MAX_BACKOFF_MS = 10 * 60_000;

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

  constructor(private readonly db: TulayDatabase) {}

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
    if (!this.enabled()) {
      if (this.timer) clearTimeout(this.timer);
      this.set({ phase: 'off', problem: null, progress: null, prefixRefusal: null });
      return;
    }
    this.set({ phase: this.online ? 'idle' : 'offline', problem: null, prefixRefusal: null });
    this.schedule(0);
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

  /** Syncs now unless a sync is running here or in another window. */
  async syncNow(): Promise<void> {
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
