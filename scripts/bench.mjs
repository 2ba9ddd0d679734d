/* global window, document -- the functions given to page.evaluate run in the browser */
// npm run bench: the DESIGN §6 figures, measured in headless Chromium on the real renderer code.
// Writes .bench/results.json and .bench/results.md (git-ignored). Each figure comes from several
// runs and is reported as the median with the spread (min–max): these machines are noisy.
//   --sizes 10000,100000   data sizes (default); --million adds 1,000,000
//   --runs 3               runs per scenario and size
//   --only id,id           scenarios to run
//   --smoke                1,000 cases, 1 run (a quick check that the benchmark works)
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { formatTable } from './benchTable.mjs';
import { serveRenderer } from './serveRenderer.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const smoke = process.argv.includes('--smoke');
const sizes = smoke
  ? [1000]
  : option('sizes', '10000,100000')
      .split(',')
      .map(Number)
      .concat(process.argv.includes('--million') ? [1_000_000] : []);
const runs = smoke ? 1 : Number(option('runs', '3'));
const only = option('only', '')?.split(',').filter(Boolean) ?? [];

execSync('npx vite build --config vite.bench.config.mts', { stdio: 'inherit' });
const { server, url } = await serveRenderer({ root: '.bench/app' });
mkdirSync('.bench/profile', { recursive: true });
const context = await chromium.launchPersistentContext('.bench/profile', {
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  viewport: { width: 1280, height: 900 },
});

const page = await context.newPage();
page.setDefaultTimeout(0);
await page.goto(url);
await page.waitForFunction(() => document.title.endsWith('ready'));
const scenarios = (await page.evaluate(() => window.tulayBench.scenarios)).filter(
  (s) => only.length === 0 || only.includes(s.id),
);

const results = [];
for (const scenario of scenarios) {
  for (const size of sizes) {
    const figures = {};
    for (let run = 1; run <= runs; run++) {
      const started = Date.now();
      // A fresh page per run: no heap or cache carried over from the previous run.
      await page.goto(url);
      await page.waitForFunction(() => document.title.endsWith('ready'));
      const result = await page.evaluate(
        ([id, n]) => window.tulayBench.run(id, n),
        [scenario.id, size],
      );
      for (const [name, metric] of Object.entries(result.metrics)) {
        (figures[name] ??= { unit: metric.unit, runs: [] }).runs.push(metric.samples[0]);
      }
      console.log(
        `${scenario.id} @ ${size} run ${run}/${runs} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        Object.fromEntries(
          Object.entries(result.metrics).map(([k, m]) => [k, Number(m.samples[0].toFixed(2))]),
        ),
      );
    }
    results.push({ ...scenario, size, figures });
  }
}

await context.close();
server.close();
mkdirSync('.bench', { recursive: true });
const report = {
  date: new Date().toISOString(),
  runs,
  sizes,
  machine: `${process.platform} ${process.arch}, Node ${process.version}`,
  results,
};
writeFileSync('.bench/results.json', JSON.stringify(report, null, 2));
writeFileSync('.bench/results.md', formatTable(report));
console.log(`\n${formatTable(report)}\nWritten: .bench/results.json, .bench/results.md`);
