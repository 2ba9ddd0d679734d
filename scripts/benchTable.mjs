// The Markdown table of a benchmark report: median of the runs, and the spread (min–max).
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const fmt = (value, unit) => {
  if (unit === 'records/s') return `${Math.round(value).toLocaleString('en')} rec/s`;
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
};

export function formatTable(report) {
  const sizes = report.sizes;
  const head = `| what | figure | ${sizes.map((s) => `${s.toLocaleString('en')} cases`).join(' | ')} | target |`;
  const rule = `|---|---|${sizes.map(() => '---').join('|')}|---|`;
  const rows = [];
  const byScenario = new Map();
  for (const r of report.results)
    (byScenario.get(r.id) ?? byScenario.set(r.id, []).get(r.id)).push(r);
  for (const entries of byScenario.values()) {
    const names = Object.keys(entries[0].figures);
    for (const name of names) {
      const cells = sizes.map((size) => {
        const f = entries.find((e) => e.size === size)?.figures[name];
        if (!f) return '—';
        const m = median(f.runs);
        const spread =
          f.runs.length > 1
            ? ` (${fmt(Math.min(...f.runs), f.unit)}–${fmt(Math.max(...f.runs), f.unit)})`
            : '';
        return `${fmt(m, f.unit)}${spread}`;
      });
      rows.push(`| ${entries[0].title} | ${name} | ${cells.join(' | ')} | ${entries[0].target} |`);
    }
  }
  return [
    `Measured ${report.date.slice(0, 10)} on ${report.machine}; median of ${report.runs} run(s), spread min–max in brackets.`,
    '',
    head,
    rule,
    ...rows,
    '',
  ].join('\n');
}
