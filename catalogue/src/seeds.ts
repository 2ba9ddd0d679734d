// The seed entries (catalogue/seeds/*.txt, copied from the project's shared seeds): pledges of
// the Mayors Mechanism's call to local action as a public catalogue lists them, one after the
// other: a title, "Submitted by … on", the text; the page's theme closes the file
// ("Subscribe to Capacity Building"). They become the catalogue's first commitments.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COUNTRY_CODES } from '../../domain/countries';
import type { Commitment } from '../../domain/sync';
import type { Sql } from './db/types';
import { nextCatalogueSeq } from './publish';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../seeds');
export const SEED_TENANT = '00000000-0000-0000-0000-000000000000';

export interface SeedEntry {
  id: string;
  commitment: Commitment;
}

const SUBMITTED = /^Submitted by (.+?) on\s*$/;
const THEME = /^Subscribe to (.+?)\s*$/;

/** A stable id from the entry's title, so loading the seeds again adds nothing. */
function seedId(title: string): string {
  const hex = createHash('sha256').update(`tulay-seed:${title}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const countryNames = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code }))
    .filter(({ code, name }) => name !== code)
    .sort((a, b) => b.name.length - a.name.length);
})();

/** The country the text names, in English (the seeds' language), if it names exactly one. */
export function recogniseCountry(text: string): string | null {
  const found = new Set<string>();
  for (const { code, name } of countryNames) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text)) found.add(code);
  }
  return found.size === 1 ? [...found][0]! : null;
}

const CITY_PATTERNS = [
  // "The City of Terrassa commits", "The municipal government of Carmen de la Legua commits"
  /^(?:The )?(?:City|Municipality|municipal government|Municipal Government) of ([\p{Lu}][\p{L}'’ -]*?) commits/u,
  // "Maipú Municipality commits", "Legazpi City commits"
  /^([\p{Lu}][\p{L}'’ -]*?) (?:Municipality|City) commits/u,
];

/** The city a pledge's text names as the one committing, if it does. */
export function recogniseCity(summary: string): string | null {
  for (const pattern of CITY_PATTERNS) {
    const match = pattern.exec(summary);
    if (match) return match[1]!.trim();
  }
  return null;
}

/** Parses one seed file into entries, in the file's order. */
export function parseSeeds(text: string): SeedEntry[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const themeLine = [...lines].reverse().find((line) => line.trim() !== '');
  const theme = themeLine ? THEME.exec(themeLine.trim())?.[1] : undefined;
  const starts: { title: number; submitted: number; submitter: string }[] = [];
  lines.forEach((line, i) => {
    const match = SUBMITTED.exec(line.trim());
    if (!match) return;
    let title = i - 1;
    while (title >= 0 && lines[title]!.trim() === '') title--;
    if (title >= 0) starts.push({ title, submitted: i, submitter: match[1]! });
  });
  return starts.map((start, n) => {
    const end = n + 1 < starts.length ? starts[n + 1]!.title : lines.length;
    const body = lines
      .slice(start.submitted + 1, end)
      .filter((line) => !(theme && THEME.test(line.trim())))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const title = lines[start.title]!.trim();
    const commitment: Commitment = {
      title,
      summary: body,
      city: recogniseCity(body),
      country: recogniseCountry(`${title}\n${body}`),
      submitter: start.submitter,
      sharedOn: null,
      partners: [],
      themes: theme ? [theme] : [],
      gcmObjectives: [],
      sdgs: [],
      stakeholderType: null,
      geographicRelevance: null,
      startsOn: null,
      endsOn: null,
      contact: null,
    };
    return { id: seedId(title), commitment };
  });
}

export async function readSeedFiles(dir = SEEDS_DIR): Promise<SeedEntry[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const entries: SeedEntry[] = [];
  for (const file of files)
    entries.push(...parseSeeds(await readFile(path.join(dir, file), 'utf8')));
  return entries;
}

/** Adds the seed entries the catalogue does not hold yet (an admin transaction). */
export async function loadSeeds(sql: Sql, entries: readonly SeedEntry[]): Promise<number> {
  // The catalogue's row lock first: two instances starting together load the seeds once.
  await sql.query('SELECT seq FROM catalogue_state WHERE id = 1 FOR UPDATE');
  const existing = await sql.query<{ id: string }>(
    `SELECT id FROM catalogue_entries WHERE tenant_id = $1 AND kind = 'commitment'`,
    [SEED_TENANT],
  );
  const have = new Set(existing.map((r) => r.id));
  let added = 0;
  for (const entry of entries) {
    if (have.has(entry.id)) continue;
    have.add(entry.id);
    const seq = await nextCatalogueSeq(sql);
    await sql.query(
      `INSERT INTO catalogue_entries (tenant_id, kind, id, data, publisher_name, seq)
       VALUES ($1, 'commitment', $2, $3::jsonb, $4, $5)`,
      [SEED_TENANT, entry.id, JSON.stringify(entry.commitment), 'Seed entries', seq],
    );
    added++;
  }
  return added;
}
