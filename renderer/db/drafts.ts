// Drafts of forms in progress. Deliberately outside the write path: a draft is not a record,
// is never synced or audited, and is removed once the form is saved.
import type { TulayDatabase } from './database';

export async function saveDraft(db: TulayDatabase, id: string, values: unknown) {
  await db.drafts.put({ id, values, updatedAt: new Date().toISOString() });
}

export async function loadDraft<T>(db: TulayDatabase, id: string): Promise<T | undefined> {
  return (await db.drafts.get(id))?.values as T | undefined;
}

export async function clearDraft(db: TulayDatabase, id: string) {
  await db.drafts.delete(id);
}
