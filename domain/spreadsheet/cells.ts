// The cell rule of every spreadsheet file the desk writes (CSV that Excel or LibreOffice opens).
// A text that starts like a formula (= + - @, a tab or a carriage return) would run when the file
// is opened, so it gets a leading apostrophe and stays text. A number is never touched: the
// coordinates of every place in Argentina or Peru are negative, and must stay numbers.
export type CellValue = string | number | null | undefined;
export type SheetCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell, with an apostrophe in front when a spreadsheet would read it as a formula. */
export function textCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as written: a finite number stays a number; text is neutralised; nothing is empty. */
export function sheetCell(value: CellValue): SheetCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return textCell(value ?? '');
}
