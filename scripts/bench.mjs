/* global window, document -- the functions given to page.evaluate run in the browser */
// npm run bench: the performance figures, measured in headless Chromium on the real renderer code.
// Writes .bench/results.json and .bench/results.md (git-ignored, see --out). Each figure comes from several
// runs and is reported as the median with the spread (min–max): these machines are noisy.
//   --sizes 10000,100000   data sizes (default); --million adds 1,000,000
//   --runs 3               runs per scenario and size
//   --only id,id           scenarios to run
//   --smoke                1,000 cases, 1 run (a quick check that the benchmark works)
//   --profile DIR          browser profile holding the data sets (default .bench/profile)
//   --out PATH             where to write PATH.json and PATH.md (default .bench/results)
//   --port N               the benchmark page's port (default 45867). IndexedDB is kept per origin,
//                          so a fixed port is what lets a later run reuse the data sets.
//   --app DIR              where the benchmark page is built (default .bench/app)
//   --cpu-profile          record a CPU profile of each run: .bench/<scenario>-<size>.cpuprofile
//                          (open it in Chromium's DevTools), with the top functions printed
//   --trace                record a trace of each run: .bench/<scenario>-<size>.trace.json (DevTools'
//                          Performance panel), with every task over 50 ms and what ran in it printed
//   --update               re-measure the scenarios named by --only and keep the other rows of
//                          the existing --out report (e.g. after fixing one figure)
//   --no-build             reuse the last build of the benchmark page
// The catalogue server's figures (push and pull, PGlite and PostgreSQL) are a Node-side
// scenario, `catalogue`: `--only catalogue` runs it alone (no browser), and a run without
// --only ends with it. It writes .bench/catalogue.json and .md (tests/bench/catalogue.ts).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { formatTable } from './benchTable.mjs';
import { startProfiler } from './cpuProfile.mjs';
import { startTrace } from './longTaskTrace.mjs';
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
const cpuProfile = process.argv.includes('--cpu-profile');
const trace = process.argv.includes('--trace');
const only = option('only', '')?.split(',').filter(Boolean) ?? [];

/** The catalogue server's benchmark, in a Node process of its own. */
function benchCatalogue() {
  execSync(`node --import tsx tests/bench/catalogue.ts${smoke ? ' --smoke' : ''}`, {
    stdio: 'inherit',
  });
}
const withCatalogue = only.length === 0 || only.includes('catalogue');
if (only.length > 0 && only.every((id) => id === 'catalogue')) {
  benchCatalogue();
  process.exit(0);
}

const profile = option('profile', '.bench/profile');

const app = option('app', '.bench/app');

if (!process.argv.includes('--no-build')) {
  execSync(`npx vite build --config vite.bench.config.mts --outDir ${resolve(app)}`, {
    stdio: 'inherit',
  });
}
const { server, url } = await serveRenderer({ root: app, port: Number(option('port', '45867')) });
mkdirSync(profile, { recursive: true });
const launch = (dir) =>
  chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    viewport: { width: 1280, height: 900 },
  });
const context = await launch(profile);

const page = await context.newPage();
page.setDefaultTimeout(0);
// What the page says of long preparations (a data set made, its records sealed), as it happens.
page.on('console', (message) => {
  if (message.text().startsWith('[bench] ')) console.log(message.text().slice(8));
});
await page.goto(url);
await page.waitForFunction(() => document.title.endsWith('ready'));
const chromiumVersion = await page.evaluate(
  () => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '?',
);
const allScenarios = await page.evaluate(() => window.tulayBench.scenarios);
const scenarios = allScenarios.filter((s) => only.length === 0 || only.includes(s.id));

const out = option('out', '.bench/results');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, Node ${process.version}, Chromium ${chromiumVersion}`;
// With --update, the rows of the scenarios not run now are kept from the last report.
const previous =
  process.argv.includes('--update') && existsSync(`${out}.json`)
    ? JSON.parse(readFileSync(`${out}.json`, 'utf8'))
    : null;
const results = [];

/** Writes the report so far: a long run that is stopped keeps the figures it has measured. */
function writeReport() {
  const measured = new Set(results.map((r) => `${r.id} ${r.size}`));
  const kept = previous?.results.filter((r) => !measured.has(`${r.id} ${r.size}`)) ?? [];
  const order = (r) => allScenarios.findIndex((s) => s.id === r.id);
  const report = {
    date: new Date().toISOString(),
    runs,
    sizes: [...new Set([...(previous?.sizes ?? []), ...sizes])].sort((a, b) => a - b),
    machine,
    results: [...kept, ...results].sort(
      (a, b) => order(a) - order(b) || (a.size ?? 0) - (b.size ?? 0),
    ),
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync(`${out}.json`, JSON.stringify(report, null, 2));
  writeFileSync(`${out}.md`, formatTable(report));
  return report;
}

/** One run (or one part of a run) of a scenario, in a fresh page of the given context. */
async function runOnce(onPage, scenario, size, part, label, run, profiling) {
  // A fresh page per run: no heap or cache carried over from the previous run.
  await onPage.goto(url);
  await onPage.waitForFunction(() => document.title.endsWith('ready'));
  const profiler = cpuProfile ? await startProfiler(onPage) : null;
  const tracer = trace ? await startTrace(onPage) : null;
  const result = await onPage
    .evaluate(([id, n, p]) => window.tulayBench.run(id, n, p), [scenario.id, size ?? 0, part])
    .catch(async (error) => {
      // What the page showed when the scenario failed, for whoever reads the error.
      await onPage.screenshot({ path: '.bench/failure.png' }).catch(() => {});
      const what = part ? `${label} run ${run} (${part})` : `${label} run ${run}`;
      throw new Error(`${what} failed (screen: .bench/failure.png)`, { cause: error });
    });
  const file = `${profiling}${part ? `-${part.replace(/\W+/g, '-')}` : ''}`;
  if (profiler) await profiler.stop(`${file}.cpuprofile`);
  if (tracer) await tracer.stop(`${file}.trace.json`);
  return result;
}

/**
 * A run of a scenario with parts: each part in a browser profile of its own, deleted afterwards
 * (removing the folder takes seconds where deleting a database of a million records takes
 * minutes), then the parts' figures combined in the benchmark page.
 */
async function runParts(scenario, size, label, run, profiling) {
  const partResults = {};
  mkdirSync('.bench/tmp', { recursive: true });
  for (const part of scenario.parts) {
    const dir = mkdtempSync('.bench/tmp/part-');
    const partContext = await launch(dir);
    try {
      const partPage = await partContext.newPage();
      partPage.setDefaultTimeout(0);
      partResults[part] = await runOnce(partPage, scenario, size, part, label, run, profiling);
    } finally {
      await partContext.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return page.evaluate(([id, p]) => window.tulayBench.combine(id, p), [scenario.id, partResults]);
}

for (const scenario of scenarios) {
  // A scenario whose figures do not depend on the number of cases runs once, not once per size.
  for (const size of scenario.scalesWithCases ? sizes : [null]) {
    const figures = {};
    const label = `${scenario.id}${size === null ? '' : ` @ ${size}`}`;
    for (let run = 1; run <= runs; run++) {
      const started = Date.now();
      const profiling = `.bench/${scenario.id}-${size ?? 'any'}`;
      const result = scenario.parts
        ? await runParts(scenario, size, label, run, profiling)
        : await runOnce(page, scenario, size, null, label, run, profiling);
      for (const [name, metric] of Object.entries(result.metrics)) {
        (figures[name] ??= { unit: metric.unit, target: metric.target, runs: [] }).runs.push(
          metric.value,
        );
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const values = Object.entries(result.metrics).map(
        ([k, m]) => `${k} ${Number(m.value.toFixed(2))}`,
      );
      console.log(`${label} run ${run}/${runs} (${seconds} s): ${values.join(', ')}`);
      for (const note of result.notes ?? []) console.log(`  ${note}`);
    }
    results.push({ id: scenario.id, title: scenario.title, size, figures });
    writeReport();
  }
}

await context.close();
server.close();
const report = writeReport();
console.log(`\n${formatTable(report)}\nWritten: ${out}.json, ${out}.md`);
if (withCatalogue) benchCatalogue();
