// The case list as the officer sees it: the whole app rendered on the data set, then a click on
// "Cases": time until the first rows are painted; the renderer's JS heap once the list has read
// every case and the search index is built (after a forced garbage collection when Chromium
// exposes it); and a filter change,
// a click on an urgency chip, until the narrowed count and rows are painted.
import { searchIndexesSettled } from '../../../renderer/db';
import { openEncryptedDataset } from '../dataset';
import { renderApp, timeNavigation, until } from '../renderApp';
import { afterPaint } from '../stats';
import { heapMb } from '../heap';
import { figure, ms } from '../metric';
import type { Scenario } from '../types';

/** Waits until the match count has stopped changing for `quietMs` (the list finished reading). */
async function settled(quietMs: number, timeoutMs: number) {
  const start = performance.now();
  let last = '';
  let since = performance.now();
  while (performance.now() - start < timeoutMs) {
    const text = document.querySelector('[data-testid="case-count"]')?.textContent ?? '';
    if (text !== last) [last, since] = [text, performance.now()];
    else if (performance.now() - since > quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const caseCount = () => document.querySelector('[data-testid="case-count"]')?.textContent ?? '';

/** Clicks the filter chip named `label` and times until the case count changes and is painted. */
async function filterChange(label: string): Promise<number> {
  const chip = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
    (input) => input.labels?.[0]?.textContent?.trim() === label,
  );
  if (!chip) throw new Error(`no filter chip ${label}`);
  const before = caseCount();
  const start = performance.now();
  chip.click();
  await until(() => caseCount() !== before, 30_000);
  await afterPaint();
  return performance.now() - start;
}

export const caseList: Scenario = {
  id: 'case-list',
  title: 'Case list: first rows painted; heap with the list open',
  scalesWithCases: true,
  async run(size) {
    const { db, name } = await openEncryptedDataset(size);
    db.close();
    const root = await renderApp(name);
    const firstRows = await timeNavigation('/cases', () =>
      document.querySelector('[aria-rowindex]'),
    );

    await settled(2_000, 120_000);
    // The heap the officer's machine carries: the list, and the search index built at start-up.
    await searchIndexesSettled();
    const heap = heapMb();
    // On and off again: both directions re-filter the whole list.
    const filter = [await filterChange('High'), await filterChange('High')];
    root.unmount();
    return {
      metrics: {
        'first rows': ms(firstRows, { atMost: 300, atSize: 100_000 }),
        'filter change': ms(Math.max(...filter)),
        heap: figure(heap, 'MB', { atMost: 150, atSize: 100_000 }),
      },
    };
  },
};
