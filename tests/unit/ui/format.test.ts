import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/ui/format';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('formatDate', () => {
  it('shows a birth date as that day on a desk in Peru, not the day before', () => {
    process.env.TZ = 'America/Lima';
    expect(formatDate('en', '2026-02-14', 'long')).toBe('February 14, 2026');
    expect(formatDate('es', '2026-02-14', 'long')).toBe('14 de febrero de 2026');
  });

  it('still shows an instant in the local time zone', () => {
    process.env.TZ = 'Asia/Manila';
    expect(formatDate('en', '2026-02-13T20:00:00.000Z', 'long')).toBe('February 14, 2026');
  });
});
