// "Publish our commitment": the stored draft and what the catalogue was last sent, read live;
// preview (check the commitment, compute the indicators), publish exactly the previewed object,
// and stop publishing. Each step stores what it did through the write path (audited).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { localDay } from '../../../../domain/localDay';
import { useDatabase, useWriteContext } from '../../../db';
import {
  publishPublication,
  readPublicationSettings,
  readSyncSettings,
  savePublicationSettings,
  SyncProblem,
  withdrawPublication,
  type CommitmentDraft,
  type Publication,
  type PublicationSettings,
} from '../../../sync';
import { commitmentOfDraft, type DraftErrors } from './commitmentDraft';
import { buildPublication } from './publicationRepository';

export type PreviewResult =
  { ok: true; publication: Publication } | { ok: false; errors: DraftErrors };

export function usePublication(fallback: () => PublicationSettings) {
  const db = useDatabase();
  const ctx = useWriteContext();
  const stored = useLiveQuery(
    async () => ({
      settings: (await readPublicationSettings(db)) ?? null,
      sync: (await readSyncSettings(db)) ?? null,
    }),
    [db],
  );

  const current = useCallback(
    async () => (await readPublicationSettings(db)) ?? fallback(),
    [db, fallback],
  );

  /** Checks the commitment, keeps the draft, and computes exactly what "Publish" will send. */
  const preview = useCallback(
    async (draft: CommitmentDraft, quarters: string[]): Promise<PreviewResult> => {
      const now = new Date();
      const before = await current();
      const sharedOn = before.published?.sharedOn ?? localDay(now);
      await savePublicationSettings(ctx, { ...before, draft, quarters });
      const checked = commitmentOfDraft(draft, sharedOn);
      if (!checked.ok) return checked;
      return {
        ok: true,
        publication: await buildPublication(db, checked.commitment, quarters, now),
      };
    },
    [ctx, db, current],
  );

  /** Sends the previewed publication; a failure leaves the stored state as it was. */
  const publish = useCallback(
    async (publication: Publication) => {
      const sync = await readSyncSettings(db);
      if (!sync?.address) throw new SyncProblem('badAddress', 'no catalogue address');
      const before = await current();
      const previous = before.published?.withdrawnAt === null ? before.published.quarters : [];
      const { commitmentId } = await publishPublication(sync, publication, previous);
      const at = new Date().toISOString();
      await savePublicationSettings(ctx, {
        ...before,
        published: {
          at,
          commitmentId,
          quarters: publication.indicators.map((i) => i.quarter),
          sharedOn: publication.commitment.sharedOn ?? localDay(),
          withdrawnAt: null,
        },
      });
      return at;
    },
    [ctx, db, current],
  );

  /** Withdraws the commitment and this desk's quarters; nothing on this computer is deleted. */
  const stop = useCallback(async () => {
    const sync = await readSyncSettings(db);
    const before = await current();
    if (!before.published) return;
    if (!sync?.address) throw new SyncProblem('badAddress', 'no catalogue address');
    await withdrawPublication(sync, before.published);
    await savePublicationSettings(ctx, {
      ...before,
      published: { ...before.published, withdrawnAt: new Date().toISOString() },
    });
  }, [ctx, db, current]);

  return {
    loaded: stored !== undefined,
    settings: stored?.settings ?? null,
    connected: Boolean(stored?.sync?.address && stored.sync.token),
    preview,
    publish,
    stop,
  };
}
