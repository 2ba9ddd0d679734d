// The Reports page at 100,000 cases: the whole app rendered on the data set, then a click on
// each period in turn (this year, last month, this quarter, this month, this year again), timed
// until the figures of the new period are painted. The month totals kept beside the day counts
// (renderer/db/reportMonths.ts) make each redraw a sum of a few hundred small rows, whatever the
// number of cases.
import { localDay } from '../../../domain/localDay';
import { periodOf } from '../../../domain/reports/periods';
import { reportFigures } from '../../../domain/reports/reportFigures';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { readPeriodRows } from '../../../renderer/features/reports';
import { readDayRows } from '../../../renderer/features/reports/reportRepository';
import { openEncryptedDataset } from '../dataset';
import { renderApp, timeNavigation, until } from '../renderApp';
import { afterPaint } from '../stats';
import { ms } from '../metric';
import type { Scenario } from '../types';

const drawn = () => document.querySelector<HTMLElement>('[data-report]')?.dataset.report ?? '';

/** Clicks the period named `label` and times until the report of another period is painted. */
async function switchTo(label: string): Promise<number> {
  const option = [...document.querySelectorAll<HTMLLabelElement>('label')].find(
    (element) => element.textContent?.trim() === label,
  );
  if (!option) throw new Error(`no period ${label}`);
  const before = drawn();
  const start = performance.now();
  option.click();
  await until(() => drawn() !== before && drawn(), 30_000).catch((error: unknown) => {
    // Which switch, and what the page had: the address and the report drawn.
    throw new Error(`${label}: ${String(error)}; address ${location.hash}; drawn ${drawn()}`);
  });
  await afterPaint();
  return performance.now() - start;
}

export const reportPeriod: Scenario = {
  id: 'report-period',
  title: 'Reports: period changed until the new figures are painted',
  scalesWithCases: true,
  async run(size) {
    const { db, name } = await openEncryptedDataset(size);
    db.close();
    const root = await renderApp(name);
    const first = await timeNavigation('/reports?period=thisMonth', () => drawn());
    const times: number[] = [];
    const each: string[] = [];
    for (const label of ['This year', 'Last month', 'This quarter', 'This month', 'This year']) {
      times.push(await switchTo(label));
      each.push(`${label} ${times[times.length - 1]!.toFixed(0)} ms`);
    }
    root.unmount();
    times.sort((a, b) => a - b);

    // The year's case figures read and summed on a connection of their own (nothing cached):
    // from the day rows, as the page read them before the month totals were kept, then from the
    // month totals (and this month's days), as it reads them now.
    const fresh = createDatabase(name);
    await openDatabase(fresh);
    const now = new Date();
    const today = localDay(now);
    const year = periodOf('year', now);
    const sizes: number[] = [];
    const timed = async (read: () => Promise<readonly unknown[]>) => {
      const start = performance.now();
      sizes.push((await read()).length);
      return performance.now() - start;
    };
    // Both tables touched once first, so that neither read pays for opening the connection.
    await Promise.all([fresh.reportMonths.count(), fresh.reportCounts.count()]);
    const fromDays = await timed(async () => {
      const rows = await readDayRows(fresh, year, null);
      reportFigures(rows, today);
      return rows;
    });
    const fromMonths = await timed(async () => {
      const rows = await readPeriodRows(fresh, year, null, today);
      reportFigures(rows, today);
      return rows;
    });
    fresh.close();
    return {
      metrics: {
        'first report': ms(first),
        'period change p50': ms(times[Math.floor(times.length / 2)]!),
        'period change max': ms(times[times.length - 1]!, { atMost: 300, atSize: 100_000 }),
        'year read, month totals': ms(fromMonths),
        'year read, day rows': ms(fromDays),
      },
      // Which switch is the slowest (the first year, read while the rest is read ahead?).
      notes: [each.join(', '), `a year: ${sizes[0]} day rows, or ${sizes[1]} rows from the months`],
    };
  },
};
