// The stakeholder network graph and the world map with 300 organisations and 450 links between
// them: from the click on the view's tab to the graph laid out and painted, and to the map's
// country markers painted. The figures do not depend on the number of cases, so the scenario
// runs on a desk of its own, once per run.
import { Dexie } from 'dexie';
import {
  LINK_TYPES,
  STAKEHOLDER_TYPES,
  type LinkType,
} from '../../../domain/stakeholders/taxonomy';
import { createDatabase, createRecords, openDatabase } from '../../../renderer/db';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { BENCH_DESK, pick } from '../dataset';
import { ms } from '../metric';
import { renderApp, timeTab } from '../renderApp';
import type { Scenario } from '../types';

const ORGANISATIONS = 300;
const LINKS = 450;
const DATABASE = 'tulay-bench-stakeholders';
const COUNTRIES = ['SA', 'AE', 'QA', 'KW', 'HK', 'SG', 'JP', 'IT', 'ES', 'US', 'CA', 'GB'];

async function deskWithOrganisations() {
  await Dexie.delete(DATABASE);
  const db = createDatabase(DATABASE);
  await openDatabase(db);
  const ctx = { db, actor: await completeSetup(db, BENCH_DESK) };
  const stakeholders = await createRecords(
    ctx,
    'stakeholders',
    Array.from({ length: ORGANISATIONS }, (_, i) => ({
      name: `Organisation ${String(i + 1).padStart(3, '0')}`,
      type: STAKEHOLDER_TYPES[i % STAKEHOLDER_TYPES.length]!,
      country: COUNTRIES[i % COUNTRIES.length]!,
    })),
  );
  const ids = stakeholders.map((s) => s.id);
  const pairs = new Set<string>();
  const links: { fromId: string; toId: string; type: LinkType }[] = [];
  const froms = pick(ids, LINKS * 4, 3);
  const tos = pick(ids, LINKS * 4, 17);
  for (let i = 0; links.length < LINKS && i < froms.length; i++) {
    const [fromId, toId] = [froms[i]!, tos[i]!];
    const key = [fromId, toId].sort().join();
    if (fromId === toId || pairs.has(key)) continue;
    pairs.add(key);
    links.push({ fromId, toId, type: LINK_TYPES[i % LINK_TYPES.length]! });
  }
  await createRecords(ctx, 'stakeholderLinks', links);
  db.close();
  return links.length;
}

export const stakeholderViews: Scenario = {
  id: 'stakeholder-views',
  title: 'Stakeholder graph and world map, 300 organisations',
  scalesWithCases: false,
  async run() {
    const links = await deskWithOrganisations();
    const root = await renderApp(DATABASE, '/stakeholders');
    const graph = () => document.querySelector('[data-testid="stakeholder-network"][data-nodes]');
    const graphMs = await timeTab('Network', graph);
    const nodes = Number(graph()?.getAttribute('data-nodes'));
    const layoutMs = Number(graph()?.getAttribute('data-layout-ms'));
    const mapMs = await timeTab('Map', () =>
      document.querySelector('[data-testid="stakeholder-map"] [data-country]'),
    );
    root.unmount();
    await Dexie.delete(DATABASE);
    return {
      metrics: {
        'graph drawn': ms(graphMs),
        'graph layout': ms(layoutMs),
        'map drawn': ms(mapMs),
      },
      notes: [`${nodes} nodes, ${links} links`],
    };
  },
};
