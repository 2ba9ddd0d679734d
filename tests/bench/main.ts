// The benchmark page: the runner (scripts/bench.mjs) calls window.tulayBench.run(id, size) in
// headless Chromium and reads back the raw figures.
// The app's own styles, so that the screens measured lay out as they do for the officer.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '../../renderer/app/app.css';
import { z } from 'zod';
import { SCENARIOS } from './scenarios';
import type { ScenarioResult } from './types';

z.config({ jitless: true });

declare global {
  interface Window {
    tulayBench: {
      scenarios: {
        id: string;
        title: string;
        scalesWithCases: boolean;
        parts: readonly string[] | null;
      }[];
      run(id: string, size: number, part: string | null): Promise<ScenarioResult>;
      combine(id: string, parts: Record<string, ScenarioResult>): ScenarioResult;
    };
  }
}

window.tulayBench = {
  scenarios: SCENARIOS.map(({ id, title, scalesWithCases, parts }) => ({
    id,
    title,
    scalesWithCases,
    parts: parts ?? null,
  })),
  async run(id, size, part) {
    return scenario(id).run(size, part ?? undefined);
  },
  combine(id, parts) {
    const { combine } = scenario(id);
    if (!combine) throw new Error(`scenario ${id} has no parts to combine`);
    return combine(parts);
  },
};

function scenario(id: string) {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}
document.title = 'Tulay benchmark — ready';
