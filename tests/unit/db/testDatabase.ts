// A fresh, uniquely named database per test, opened like the app opens it.
import {
  createDatabase,
  openDatabase,
  type TulayDatabase,
  type WriteContext,
} from '../../../renderer/db';

let counter = 0;

export async function freshDatabase(): Promise<TulayDatabase> {
  const db = createDatabase(`tulay-unit-${Date.now()}-${counter++}`);
  await openDatabase(db);
  return db;
}

export const writer = (db: TulayDatabase, actor = 'staff-1'): WriteContext => ({ db, actor });
