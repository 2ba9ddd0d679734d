// Which catalogue the renderer may connect to (the CSP's connect-src). It starts as the shell
// configuration's catalogueUrl; when the officer saves another address in Settings → Sync, the
// renderer asks main to allow it (tulay:allow-catalogue). Only an origin that catalogueOrigin
// accepts (https, or http on this computer) is allowed, exactly that origin and only one at a
// time; it is written to shell-config.json first, so the choice survives a restart. A page's
// CSP is fixed when it loads, so the renderer reloads to use a newly allowed origin.
import { catalogueOrigin, contentSecurityPolicy } from './security/csp';

export interface AllowCatalogueResult {
  /** false: not an address the desktop app connects to (plain http on the network, …). */
  allowed: boolean;
  /** true: allowed now, but the open page still has the old policy until it reloads. */
  reload: boolean;
}

export class CatalogueAccess {
  private origin: string | null;

  constructor(
    catalogueUrl: string | undefined,
    /** Persists the allowed origin (shell-config.json); a failure leaves the policy as it was. */
    private readonly save: (origin: string) => Promise<void>,
  ) {
    this.origin = catalogueUrl ? catalogueOrigin(catalogueUrl) : null;
  }

  /** The policy for the next response of the app:// protocol. */
  readonly policy = (): string => contentSecurityPolicy({ catalogueUrl: this.origin ?? undefined });

  async allow(url: string): Promise<AllowCatalogueResult> {
    const origin = catalogueOrigin(url);
    if (!origin) return { allowed: false, reload: false };
    if (origin === this.origin) return { allowed: true, reload: false };
    await this.save(origin);
    this.origin = origin;
    return { allowed: true, reload: true };
  }
}

let current: CatalogueAccess | null = null;

/** The window's catalogue access, set once at start (before the first IPC call can arrive). */
export function setCatalogueAccess(access: CatalogueAccess) {
  current = access;
}

export function catalogueAccess(): CatalogueAccess | null {
  return current;
}
