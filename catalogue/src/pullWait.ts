// GET /v1/pull/wait: a long poll. A desk that is up to date holds one request open; a push that
// commits for its tenant answers it at once, so the desk pulls within a round trip of the push
// instead of at its next scheduled sync. The event is in-process: one server process sees every
// push it commits. Several server processes behind a load balancer would each need to hear the
// others' pushes (PostgreSQL LISTEN/NOTIFY on the tenant's channel); this server does not do that.

/** How many requests one desk may hold waiting at once (a desk with two windows needs two). */
export const MAX_WAITING_PER_DESK = 4;
/** How many requests one tenant may hold waiting at once, all its desks together. */
export const MAX_WAITING_PER_TENANT = 64;

interface Waiter {
  deskKey: string;
  wake: (changed: boolean) => void;
}

export class TenantEvents {
  private readonly waiting = new Map<string, Set<Waiter>>();
  /** The server is stopping: a waiter's answer also closes its keep-alive connection. */
  closing = false;

  /** Waiters of a tenant and of one of its desks now. */
  count(tenantId: string, deskId?: string): number {
    const set = this.waiting.get(tenantId);
    if (!set) return 0;
    if (deskId === undefined) return set.size;
    let n = 0;
    for (const w of set) if (w.deskKey === deskId) n += 1;
    return n;
  }

  /** Whether another waiter of this desk (and tenant) is allowed. */
  hasRoom(tenantId: string, deskId: string): boolean {
    return (
      this.count(tenantId) < MAX_WAITING_PER_TENANT &&
      this.count(tenantId, deskId) < MAX_WAITING_PER_DESK
    );
  }

  /**
   * Registers a waiter before the caller reads the tenant's seq, so that a push committing
   * between that read and the wait still wakes it. `promise` gives true when a push committed,
   * false at the timeout or when `cancel` was called (the connection closed, the server stops).
   */
  listen(tenantId: string, deskId: string, timeoutMs: number) {
    let settle!: (changed: boolean) => void;
    const promise = new Promise<boolean>((resolve) => (settle = resolve));
    const set = this.waiting.get(tenantId) ?? new Set<Waiter>();
    this.waiting.set(tenantId, set);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const waiter: Waiter = {
      deskKey: deskId,
      wake: (changed) => {
        if (timer) clearTimeout(timer);
        set.delete(waiter);
        if (set.size === 0 && this.waiting.get(tenantId) === set) this.waiting.delete(tenantId);
        settle(changed);
      },
    };
    set.add(waiter);
    timer = setTimeout(() => waiter.wake(false), timeoutMs);
    return { promise, cancel: () => waiter.wake(false), wake: () => waiter.wake(true) };
  }

  /** A push for the tenant committed: every waiter answers "something new". */
  notify(tenantId: string) {
    const set = this.waiting.get(tenantId);
    if (!set) return;
    for (const waiter of [...set]) waiter.wake(true);
  }

  /** The server stops: every waiter answers "nothing new" now instead of holding the close. */
  releaseAll() {
    this.closing = true;
    for (const set of [...this.waiting.values()]) for (const waiter of [...set]) waiter.wake(false);
  }
}
