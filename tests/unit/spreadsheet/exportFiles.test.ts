import { describe, expect, it } from 'vitest';
import { csvFile } from '../../../domain/spreadsheet/csvFile';
import { xlsxBytes } from '../../../renderer/ui/export/xlsxBytes';

const ATTACKS = [
  '=HYPERLINK("http://x")',
  '+63 917 555 0101',
  '-2+3',
  '@SUM(A1)',
  '\t=cmd',
  '\r=cmd',
];

interface ReadCell {
  t: string;
  v: unknown;
  f?: string;
}

async function readBack(bytes: Uint8Array) {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
  return { book, sheet: (name: string) => book.Sheets[name] as Record<string, ReadCell> };
}

describe('the CSV file of an export', () => {
  it('starts with a byte-order mark, so that Excel reads Peña and Arabic names as written', () => {
    const text = csvFile([
      ['Name', 'Country'],
      ['María Peña-Dela Cruz', 'España'],
      ['فاطمة الزهراء', 'KSA'],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Name,Country\r\nMaría Peña-Dela Cruz,España\r\nفاطمة الزهراء,KSA');
  });

  it('neutralises a text that starts like a formula, and leaves numbers alone', () => {
    const text = csvFile(ATTACKS.map((attack) => [attack, -34.6]));
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(`"'=HYPERLINK(""http://x"")",-34.6`);
    expect(lines[1]).toBe(`'+63 917 555 0101,-34.6`);
    expect(lines[3]).toBe(`'@SUM(A1),-34.6`);
    expect(text).toContain(`'\t=cmd`);
    expect(text).not.toMatch(/(^|,|\n)[=+@]/);
  });
});

describe('the Excel workbook of an export', () => {
  it('writes formula-like text as text cells with the apostrophe, never as formulas', async () => {
    const bytes = await xlsxBytes([{ name: 'Cases', rows: ATTACKS.map((a) => [a, -58.38]) }]);
    const { sheet } = await readBack(bytes);
    const cases = sheet('Cases');
    for (const [row, attack] of ATTACKS.entries()) {
      const cell = cases[`A${row + 1}`]!;
      expect(cell.f).toBeUndefined();
      expect(cell.t).toBe('s');
      expect(cell.v).toBe(`'${attack}`);
      expect(cases[`B${row + 1}`]).toMatchObject({ t: 'n', v: -58.38 });
    }
  });

  it('keeps names with ñ, hyphens and Arabic intact, one sheet per table', async () => {
    const bytes = await xlsxBytes([
      { name: 'Cases', rows: [['Juan Peña-Santos'], ['عبد الله بن يوسف']] },
      { name: 'A sheet name longer than thirty-one characters', rows: [['x']] },
    ]);
    const { book, sheet } = await readBack(bytes);
    expect(book.SheetNames).toEqual(['Cases', 'A sheet name longer than thirty']);
    expect(sheet('Cases')['A1']!.v).toBe('Juan Peña-Santos');
    expect(sheet('Cases')['A2']!.v).toBe('عبد الله بن يوسف');
  });
});
