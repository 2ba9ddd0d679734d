// The case list as the officer sees it: the whole app rendered on the data set, then a click on
// "Cases": time until the first rows are painted, and the renderer's JS heap once the list has
// read every case (after a forced garbage collection when Chromium exposes it).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../../renderer/app/App';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import { openDataset } from '../dataset';
import { afterPaint } from '../stats';
import type { Scenario } from '../types';

async function until<T>(probe: () => T | null | undefined, timeoutMs: number): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = probe();
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting for the page');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

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

function heapMb(): number {
  (window as unknown as { gc?: () => void }).gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1_048_576 : Number.NaN;
}

export const caseList: Scenario = {
  id: 'case-list',
  title: 'Case list: first rows painted; heap with the list open',
  target: 'first rows ≤ 300 ms; heap ≤ 150 MB at 100k',
  async run(size) {
    const { db, name } = await openDataset(size);
    db.close();
    window.location.hash = '#/settings';
    const root = createRoot(document.getElementById('root')!);
    root.render(createElement(App, { i18n: await createI18n('en'), databaseName: name }));
    await until(() => document.querySelector('[data-testid="header-desk"]'), 30_000);
    await afterPaint();

    const start = performance.now();
    window.location.hash = '#/cases';
    await until(() => document.querySelector('[aria-rowindex]'), 30_000);
    await afterPaint();
    const firstRows = performance.now() - start;

    await settled(2_000, 120_000);
    const heap = heapMb();
    root.unmount();
    return {
      metrics: {
        'first rows': { samples: [firstRows], unit: 'ms', summary: 'value' },
        heap: { samples: [heap], unit: 'MB', summary: 'value' },
      },
    };
  },
};
