// The case list's data: the newest cases first (from the openedAt index, painted at once),
// then the compact summary of every case, loaded in chunks while the page is usable, then
// kept current by a live query of only what changed since. A clerk's summaries leave out the
// health, legal and abuse categories (domain/cases/caseAccess.ts): the row shows the case
// exists, its reference and status, and neither the list nor its filters reveal those.
import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useState } from 'react';
import { shownCategories, shownClientRole } from '../../../../domain/cases/caseAccess';
import type { StaffRole } from '../../../../domain/records/desk';
import { useDatabase } from '../../../db';
import { useRole } from '../../accounts';
import { Interner, type CaseSummary } from './caseSummary';
import {
  loadAllCases,
  loadCasesById,
  loadChangedCases,
  loadNewestCases,
} from './caseSummaryRepository';

export interface CaseSummaries {
  /** Newest first. Until `complete`, only the newest cases. */
  cases: readonly CaseSummary[];
  /** False until the first rows are read. */
  ready: boolean;
  /** True once every case is in memory: counts and filters are then exact. */
  complete: boolean;
  /** How many cases are in memory so far, while loading. */
  loaded: number;
  /** Why the cases could not be read, if they could not. */
  failure?: unknown;
}

const FIRST_ROWS = 60;

/** Lets the first rows reach the screen before reading the rest, which would delay them.
 *  (A timer, not requestAnimationFrame: that one never fires in a minimised window.) */
const afterPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
const newestFirst = (a: CaseSummary, b: CaseSummary) => b.openedAt - a.openedAt;

/** The summary as this role may see it (the same object when nothing is held back). */
export function forRole(role: StaffRole | undefined, summary: CaseSummary): CaseSummary {
  const categories = shownCategories(role, summary.categories);
  const clientRole = shownClientRole(role, summary.clientRole) ?? '';
  return categories === summary.categories && clientRole === summary.clientRole
    ? summary
    : { ...summary, categories, clientRole };
}

export function useCaseSummaries(): CaseSummaries {
  const db = useDatabase();
  const role = useRole();
  const [state, setState] = useState<CaseSummaries>({
    cases: [],
    ready: false,
    complete: false,
    loaded: 0,
  });

  useEffect(() => {
    let live = true;
    let subscription: Subscription | undefined;
    const intern = new Interner();
    const byId = new Map<string, CaseSummary>();
    let latest = '';
    const publish = () => {
      const cases = [...byId.values()].sort(newestFirst);
      setState({ cases, ready: true, complete: true, loaded: cases.length });
    };

    const start = async () => {
      const newest = (await loadNewestCases(db, intern, FIRST_ROWS)).map((s) => forRole(role, s));
      if (!live) return;
      setState({ cases: newest, ready: true, complete: false, loaded: newest.length });
      await afterPaint();
      if (!live) return;
      await loadAllCases(db, intern, (chunk) => {
        for (const summary of chunk) {
          byId.set(summary.id, forRole(role, summary));
          if (summary.updatedAt > latest) latest = summary.updatedAt;
        }
        if (live) setState((s) => ({ ...s, loaded: byId.size }));
        return live;
      });
      if (!live) return;
      publish();
      // The querier reads `latest` each time it runs, so it always asks for what is new.
      subscription = liveQuery(() => loadChangedCases(db, latest, intern)).subscribe({
        next: ({ changed, deletedIds, latest: newest }) => {
          if (!live || (changed.length === 0 && deletedIds.length === 0)) return;
          changed.forEach((summary) => byId.set(summary.id, forRole(role, summary)));
          deletedIds.forEach((id) => byId.delete(id));
          latest = newest;
          publish();
        },
        error: (error: unknown) => {
          if (live) setState((s) => ({ ...s, failure: error }));
        },
      });
    };
    start().catch((error: unknown) => {
      if (live) setState((s) => ({ ...s, ready: true, failure: error }));
    });
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, [db, role]);

  return state;
}

const NO_MATCHES: readonly CaseSummary[] = [];

/**
 * While every case is still being read (seconds at 100,000 encrypted cases), the summaries of the
 * cases a search matched, read at once by id: the officer who searches right after signing in
 * sees every match, not only those among the cases read so far. Empty once the list is complete,
 * or when nothing is searched.
 */
export function useMatchedSummaries(
  matchIds: ReadonlySet<string> | null,
  complete: boolean,
): readonly CaseSummary[] {
  const db = useDatabase();
  const role = useRole();
  const [matched, setMatched] = useState<{ ids: ReadonlySet<string>; cases: CaseSummary[] }>();
  const wanted = complete ? null : matchIds;
  useEffect(() => {
    if (!wanted || wanted.size === 0) return;
    let live = true;
    loadCasesById(db, [...wanted], new Interner())
      .then((cases) => {
        if (live) setMatched({ ids: wanted, cases: cases.map((c) => forRole(role, c)) });
      })
      // The full read shows them later; a failure of this one changes nothing on screen.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [db, role, wanted]);
  return wanted && matched?.ids === wanted ? matched.cases : NO_MATCHES;
}
