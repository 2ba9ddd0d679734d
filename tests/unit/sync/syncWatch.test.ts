// The desk's long-poll loop (SyncService.watch) against a fake catalogue: it syncs when the
// catalogue says another desk pushed, waits again from the new cursor, backs off after errors,
// and stops with the service or when sync is turned off. Also the 1 s debounce after local edits.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../../renderer/db';
import { PULL_CURSOR_ID, readCursor } from '../../../renderer/sync/applyPull';
import { SyncProblem } from '../../../renderer/sync/client';
import { AFTER_CHANGE_MS, SyncService } from '../../../renderer/sync/syncService';
import { saveSyncSettings } from '../../../renderer/sync/syncSettings';
import { freshDatabase, writer } from '../db/testDatabase';

/** A catalogue with a seq that "pushes" move on, and the waits the desk held. */
class FakeCatalogue {
  seq = 0;
  waits: { after: number; at: number; signal?: AbortSignal }[] = [];
  private wake: (() => void)[] = [];
  fail: SyncProblem | null = null;

  push() {
    this.seq += 1;
    this.wake.splice(0).forEach((w) => w());
  }

  waitForChanges = (after: number, signal?: AbortSignal): Promise<boolean> => {
    this.waits.push({ after, at: Date.now(), signal });
    if (this.fail) return Promise.reject(this.fail);
    if (this.seq > after) return Promise.resolve(true);
    return new Promise((resolve, reject) => {
      this.wake.push(() => resolve(true));
      signal?.addEventListener('abort', () => reject(new SyncProblem('unreachable', 'aborted')));
    });
  };
}

let service: SyncService | null = null;
afterEach(() => service?.stop());

async function setUp(catalogue: FakeCatalogue, replicate = true) {
  const db = await freshDatabase();
  await saveSyncSettings(writer(db), {
    address: 'http://127.0.0.1:9',
    token: 'desk-token',
    replicate,
  });
  const syncs: number[] = [];
  service = new SyncService(db, { clientFor: () => catalogue, watchRetryMs: 40 });
  // The sync itself is runSync's (tested elsewhere): here it pulls up to the catalogue's seq.
  vi.spyOn(service, 'syncNow').mockImplementation(async () => {
    syncs.push(Date.now());
    await db.syncState.put({ id: PULL_CURSOR_ID, cursor: catalogue.seq, updatedAt: '' });
  });
  await service.start();
  return { db, syncs, service };
}

const lastWait = (c: FakeCatalogue) => c.waits[c.waits.length - 1]!;

describe('the sync watch (long poll)', () => {
  it("syncs when another desk's push wakes the wait, then waits from the new cursor", async () => {
    const catalogue = new FakeCatalogue();
    const { db, syncs } = await setUp(catalogue);
    await vi.waitFor(() => expect(catalogue.waits.length).toBeGreaterThan(0));
    expect(lastWait(catalogue).after).toBe(0);
    const before = syncs.length;
    catalogue.push();
    await vi.waitFor(() => expect(lastWait(catalogue).after).toBe(1));
    expect(syncs.length).toBe(before + 1);
    expect(await readCursor(db)).toBe(1);
    catalogue.push();
    catalogue.push();
    await vi.waitFor(() => expect(lastWait(catalogue).after).toBe(3));
    expect(syncs.length).toBe(before + 2);
  });

  it('backs off after errors, longer each time, instead of asking again at once', async () => {
    const catalogue = new FakeCatalogue();
    catalogue.fail = new SyncProblem('unreachable', 'connection refused');
    await setUp(catalogue);
    await vi.waitFor(() => expect(catalogue.waits.length).toBeGreaterThanOrEqual(4), {
      timeout: 5_000,
    });
    const gaps = catalogue.waits.slice(1, 4).map((w, i) => w.at - catalogue.waits[i]!.at);
    // 40 ms, 80 ms, 160 ms, each with a jitter of ×0.5 to ×1.5.
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(20 * 2 ** i - 2));
  });

  it('stops waiting when the service stops and when sync is turned off', async () => {
    const catalogue = new FakeCatalogue();
    const { db, service: running } = await setUp(catalogue);
    await vi.waitFor(() => expect(catalogue.waits.length).toBe(1));
    const first = lastWait(catalogue).signal!;
    expect(first.aborted).toBe(false);
    await saveSyncSettings(writer(db), {
      address: 'http://127.0.0.1:9',
      token: 'desk-token',
      replicate: false,
    });
    await running.reload();
    expect(first.aborted).toBe(true);
    await saveSyncSettings(writer(db), {
      address: 'http://127.0.0.1:9',
      token: 'desk-token',
      replicate: true,
    });
    await running.reload();
    await vi.waitFor(() => expect(catalogue.waits.length).toBe(2));
    running.stop();
    expect(lastWait(catalogue).signal!.aborted).toBe(true);
  });

  it('does not wait at all while sync is off', async () => {
    const catalogue = new FakeCatalogue();
    const { syncs } = await setUp(catalogue, false);
    // The service has started and read the settings: the header says "off".
    expect(service!.getStatus().phase).toBe('off');
    expect(catalogue.waits).toEqual([]);
    expect(syncs).toEqual([]);
  });

  it('sends a burst of local edits in one sync, once the officer pauses', async () => {
    const catalogue = new FakeCatalogue();
    const { db, syncs } = await setUp(catalogue);
    await vi.waitFor(() => expect(syncs.length).toBe(1)); // the sync at start
    const writes: number[] = [];
    for (const name of ['Ana', 'Benito', 'Carmen']) {
      await createRecord(writer(db), 'people', {
        givenName: name,
        familyName: 'Reyes',
      });
      writes.push(Date.now());
    }
    await vi.waitFor(() => expect(syncs.length).toBe(2), { timeout: 5_000 });
    expect(syncs[1]! - writes[2]!).toBeGreaterThanOrEqual(AFTER_CHANGE_MS - 50);
    expect(AFTER_CHANGE_MS).toBeLessThanOrEqual(1_000);
  });
});
