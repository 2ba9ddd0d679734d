// Services are written through the single write path like every record; this module adds what
// is particular to them: handouts without text are dropped rather than kept as empty shells,
// the starter set is seeded once per desk, and cases find services by category.
import { starterServiceRecord, starterServicesFor } from '../../../domain/presets/ofwServices';
import type { PresetId } from '../../../domain/records';
import { hasHandoutContent, type Handouts } from '../../../domain/records/handout';
import {
  createRecord,
  deleteRecord,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import type { Service, ServiceInput } from './serviceTypes';

/** Keeps only the languages the desk actually wrote something in. */
export function withoutEmptyHandouts<T extends { content?: ServiceInput['content'] }>(input: T): T {
  if (!input.content) return input;
  const content = Object.fromEntries(
    Object.entries(input.content).filter(([, handout]) => hasHandoutContent(handout)),
  ) as Handouts;
  return { ...input, content };
}

export async function createService(ctx: WriteContext, input: ServiceInput): Promise<Service> {
  return createRecord(ctx, 'services', withoutEmptyHandouts(input));
}

export async function updateService(
  ctx: WriteContext,
  id: string,
  changes: Partial<ServiceInput>,
): Promise<Service> {
  return updateRecord(ctx, 'services', id, withoutEmptyHandouts(changes));
}

export async function deleteService(ctx: WriteContext, id: string): Promise<void> {
  await deleteRecord(ctx, 'services', id);
}

/**
 * Adds the preset's starter services that this desk does not have yet; returns how many.
 * Idempotent: an entry is skipped when a service with its starterId exists, even deleted (a
 * desk that removed a starter service does not get it back). One transaction, so two calls at
 * once (React's strict mode runs effects twice) cannot both add the same entry.
 */
export async function seedStarterServices(ctx: WriteContext, presetId: PresetId): Promise<number> {
  const entries = starterServicesFor(presetId);
  if (entries.length === 0) return 0;
  const { db } = ctx;
  return db.transaction('rw', [db.services, db.stakeholders, db.audit, db.outbox], async () => {
    const services = await db.services.toArray();
    const seeded = new Set(services.map((s) => s.starterId).filter(Boolean));
    const stakeholders = (await db.stakeholders.toArray()).filter((s) => !s.deletedAt);
    let added = 0;
    for (const entry of entries) {
      if (seeded.has(entry.starterId)) continue;
      const agency = stakeholders.find((s) => s.presetPartnerId === entry.agencyPresetId);
      await createRecord(ctx, 'services', starterServiceRecord(entry, agency?.id));
      added += 1;
    }
    return added;
  });
}

/** Services sharing a category with `categories`, most shared categories first. */
export async function findSuggestedServices(
  db: TulayDatabase,
  categories: readonly string[],
): Promise<Service[]> {
  if (categories.length === 0) return [];
  const found = await db.services
    .where('categories')
    .anyOf([...categories])
    .distinct()
    .toArray();
  const overlap = (s: Service) => s.categories.filter((c) => categories.includes(c)).length;
  return found
    .filter((s) => !s.deletedAt)
    .sort((a, b) => overlap(b) - overlap(a) || a.name.localeCompare(b.name));
}
