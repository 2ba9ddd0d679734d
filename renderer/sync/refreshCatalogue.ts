// "Refresh" on the Catalogue page, and the step a sync run adds: send this desk's shared
// stakeholders when a token is set, then bring the copy up to date (no token needed to read).
import type { TulayDatabase } from '../db';
import { pullCatalogue } from './catalogueCopy';
import { publishShares } from './catalogueShares';
import type { FetchLike } from './client';

export async function refreshCatalogue(
  db: TulayDatabase,
  settings: { address: string; token: string },
  fetchImpl?: FetchLike,
): Promise<{ changed: number }> {
  let publishProblem: Error | null = null;
  if (settings.token.trim()) {
    try {
      await publishShares(db, settings, fetchImpl);
    } catch (error) {
      // The copy is still brought up to date; the problem is reported after it.
      publishProblem = error instanceof Error ? error : new Error(String(error));
    }
  }
  const changed = await pullCatalogue(db, settings.address, { fetchImpl });
  if (publishProblem) throw publishProblem;
  return { changed };
}
