import { describe, expect, it } from 'vitest';
import { dateOrderOf, formatDateText, parseDateText } from '../../../renderer/ui/dateText';
import { localeOf } from '../../../renderer/ui/format';

describe('dateText', () => {
  it('reads dates in the order each desk language writes them', () => {
    expect(dateOrderOf(localeOf('en'))).toBe('mdy');
    expect(dateOrderOf(localeOf('fil'))).toBe('mdy');
    expect(dateOrderOf(localeOf('es'))).toBe('dmy');
    expect(dateOrderOf(localeOf('ca'))).toBe('dmy');
    expect(dateOrderOf(localeOf('ar'))).toBe('dmy');
  });

  it('turns a typed date into the stored local day', () => {
    expect(parseDateText('07/03/1985', 'mdy')).toBe('1985-07-03');
    expect(parseDateText('07/03/1985', 'dmy')).toBe('1985-03-07');
    expect(parseDateText('7.3.1985', 'dmy')).toBe('1985-03-07');
    expect(parseDateText(' 31-12-2026 ', 'dmy')).toBe('2026-12-31');
    expect(parseDateText('31122026', 'dmy')).toBe('2026-12-31');
    expect(parseDateText('2026-12-31', 'mdy')).toBe('2026-12-31');
    // An Arabic keyboard types Arabic-Indic digits.
    expect(parseDateText('٣١/١٢/٢٠٢٦', 'dmy')).toBe('2026-12-31');
  });

  it('refuses what is not a date rather than guessing', () => {
    expect(parseDateText('31/12/2026', 'mdy')).toBeNull();
    expect(parseDateText('29/02/2026', 'dmy')).toBeNull();
    expect(parseDateText('3/7/85', 'dmy')).toBeNull();
    expect(parseDateText('3/7', 'dmy')).toBeNull();
    expect(parseDateText('tomorrow', 'dmy')).toBeNull();
    expect(parseDateText('', 'dmy')).toBeNull();
  });

  it('writes a stored day back in the desk order', () => {
    expect(formatDateText('1985-07-03', 'dmy')).toBe('03/07/1985');
    expect(formatDateText('1985-07-03', 'mdy')).toBe('07/03/1985');
    expect(formatDateText('', 'mdy')).toBe('');
  });
});
