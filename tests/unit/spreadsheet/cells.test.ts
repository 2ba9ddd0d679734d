import { describe, expect, it } from 'vitest';
import { sheetCell, textCell } from '../../../domain/spreadsheet/cells';
import { csvText } from '../../../domain/spreadsheet/csv';

describe('the spreadsheet cell rule', () => {
  it('keeps a negative number a number: Buenos Aires stays at -34.6', () => {
    expect(sheetCell(-34.6037)).toBe(-34.6037);
    expect(sheetCell(-58.3816)).toBe(-58.3816);
    expect(csvText([['Buenos Aires', -34.6037, -58.3816]])).toBe('Buenos Aires,-34.6037,-58.3816');
  });

  it('writes what is not a finite number as text, and nothing as an empty cell', () => {
    expect(sheetCell(Number.NaN)).toBe('');
    expect(sheetCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(sheetCell(undefined)).toBe('');
    expect(sheetCell(null)).toBe('');
  });

  it('neutralises every text that a spreadsheet would run as a formula', () => {
    for (const attack of ['=1+1', '+63 917', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd']) {
      expect(textCell(attack)).toBe(`'${attack}`);
    }
    // A text that looks like a negative number is text: it came from a text field.
    expect(sheetCell('-34.6')).toBe("'-34.6");
    expect(textCell('Milano')).toBe('Milano');
    expect(textCell('a=b')).toBe('a=b');
  });

  it('quotes what would break the row, with quotes doubled, and ends rows with CRLF', () => {
    const text = csvText([
      ['name', 'notes'],
      ['Caritas, Lima', 'said "hello"\nthen left'],
      ['=HYPERLINK("http://example.org")', ' padded '],
    ]);
    expect(text).toBe(
      [
        'name,notes',
        '"Caritas, Lima","said ""hello""\nthen left"',
        `"'=HYPERLINK(""http://example.org"")"," padded "`,
      ].join('\r\n'),
    );
  });
});
