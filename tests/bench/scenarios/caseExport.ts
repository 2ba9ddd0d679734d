// Exporting every case of the desk, as the case list's Export does: rows built a page at a time
// (with the people's names), then written as CSV and as an Excel workbook in the export's Web
// Worker. Also the longest the page is held still: the gap between two progress reports while
// rows are built, and the longest task of the page over the whole export, which is what decides
// whether typing and the progress bar freeze.
import { buildCaseRows } from '../../../renderer/features/cases/list/useCaseExport';
import { spreadsheetFile } from '../../../renderer/ui/export/spreadsheetFile';
import { openDataset } from '../dataset';
import { watchLongTasks } from '../longTasks';
import { figure, ms } from '../metric';
import type { Scenario } from '../types';

const labels = {
  header: (column: string) => column,
  role: (id: string) => id,
  category: (id: string) => id,
  status: (id: string) => id,
  urgency: (id: string) => id,
  country: (code: string) => code,
  staff: (id: string) => id,
};

export const caseExport: Scenario = {
  id: 'case-export',
  title: 'Case export: every case to CSV and to Excel; longest block while building rows',
  scalesWithCases: true,
  async run(size) {
    const { db } = await openDataset(size);
    const ids = await db.cases.toCollection().primaryKeys();
    const tasks = watchLongTasks();
    let longest = 0;
    let last = performance.now();
    const start = performance.now();
    const { rows } = await buildCaseRows({ db }, ids, labels, () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    });
    const built = performance.now() - start;
    const csvStart = performance.now();
    const csv = await spreadsheetFile('csv', [{ name: 'Cases', rows }]);
    const csvMs = performance.now() - csvStart;
    const xlsxStart = performance.now();
    const xlsx = await spreadsheetFile('xlsx', [{ name: 'Cases', rows }]);
    const xlsxMs = performance.now() - xlsxStart;
    const longestTask = await tasks.stop();
    db.close();
    return {
      notes: longestTask === 0 ? ['longest task 0 ms: no task of the page took over 50 ms'] : [],
      metrics: {
        'rows built': ms(built),
        'longest block': ms(longest, { atMost: 200 }),
        'longest task (whole export)': ms(longestTask, { atMost: 200 }),
        'to CSV (rows built + write)': ms(built + csvMs, { atMost: 30_000, atSize: 100_000 }),
        'to Excel (rows built + write)': ms(built + xlsxMs, { atMost: 60_000, atSize: 100_000 }),
        'CSV size': figure(csv.format === 'csv' ? (csv.texts[0]?.length ?? 0) / 1e6 : 0, 'MB'),
        'Excel size': figure(xlsx.format === 'xlsx' ? xlsx.bytes.byteLength / 1e6 : 0, 'MB'),
      },
    };
  },
};
