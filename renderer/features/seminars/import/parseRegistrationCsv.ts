// A registration list file → rows of cells. Spreadsheets save CSV as UTF-8 (with or without a
// byte-order mark) or, in older Excel on Windows, as Windows-1252; the delimiter is a comma or,
// in Spanish and Filipino locale settings, a semicolon: papaparse guesses it.
import Papa from 'papaparse';

export function decodeCsv(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

export function parseCsvTable(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return result.data.map((row) => row.map((cell) => cell ?? ''));
}
