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
      scenarios: { id: string; title: string; scalesWithCases: boolean }[];
      run(id: string, size: number): Promise<ScenarioResult>;
    };
  }
}

window.tulayBench = {
  scenarios: SCENARIOS.map(({ id, title, scalesWithCases }) => ({ id, title, scalesWithCases })),
  async run(id, size) {
    const scenario = SCENARIOS.find((s) => s.id === id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    return scenario.run(size);
  },
};
document.title = 'Tulay benchmark — ready';
