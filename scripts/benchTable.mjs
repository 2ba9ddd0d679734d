// The Markdown table of a benchmark report: a row per figure and data size with the median of
// the runs, the spread (min–max), and the target where one is set for that size.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const fmt = (value, unit) => {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'records/s') return `${Math.round(value).toLocaleString('en')} rec/s`;
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (value >= 1000) return `${Math.round(value).toLocaleString('en')} ms`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
};

// The day of the measurement on the machine's clock, as domain/localDay.ts gives it to the app
// (a plain .mjs script cannot import it): the UTC day is yesterday in Asia every morning.
const localDay = (iso) => {
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const UNITS = { ms: ' ms', MB: ' MB', 'records/s': ' rec/s', ratio: '' };

/** "≤ 300 ms: met", "≥ 0.6: missed", or '' where no target is set for this size. */
export function targetCell(figure, size, value) {
  const target = figure.target;
  if (!target || (target.atSize !== undefined && target.atSize !== size)) return '';
  const bound =
    target.atMost !== undefined
      ? `≤ ${target.atMost.toLocaleString('en')}${UNITS[figure.unit]}`
      : `≥ ${target.atLeast.toLocaleString('en')}${UNITS[figure.unit]}`;
  const met =
    (target.atMost === undefined || value <= target.atMost) &&
    (target.atLeast === undefined || value >= target.atLeast);
  return `${bound}: ${met ? 'met' : '**missed**'}`;
}

export function formatTable(report) {
  const rows = [];
  for (const result of report.results) {
    for (const [name, figure] of Object.entries(result.figures)) {
      const value = median(figure.runs);
      const spread =
        figure.runs.length > 1
          ? `${fmt(Math.min(...figure.runs), figure.unit)}–${fmt(Math.max(...figure.runs), figure.unit)}`
          : '';
      const cases = result.size === null ? 'any' : result.size.toLocaleString('en');
      rows.push(
        `| ${result.title} | ${name} | ${cases} | ${fmt(value, figure.unit)} | ${spread} | ${figure.runs.length} | ${targetCell(figure, result.size, value)} |`,
      );
    }
  }
  return [
    `Measured ${localDay(report.date)} on ${report.machine}; the median of the runs, and their spread (min–max).`,
    '',
    '| what | figure | cases | median | spread | runs | target |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
}
