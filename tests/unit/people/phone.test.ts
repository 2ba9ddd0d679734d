import { describe, expect, it } from 'vitest';
import { isPhoneNumber, phoneOrBlankSchema } from '../../../domain/people/phone';

describe('phone numbers', () => {
  it('takes numbers written the ways officers write them', () => {
    for (const phone of [
      '0917 123 4567',
      '+63 917 123 4567',
      '(+63) 917-123-4567',
      '(02) 8123-4567',
      '+34 612 34 56 78',
      '09171234567',
    ]) {
      expect(isPhoneNumber(phone), phone).toBe(true);
    }
  });

  it('refuses letters, other signs and numbers too short to call', () => {
    for (const phone of [
      '0917-CALL-ME',
      '0917 123 456 ext 2',
      'tel. 0917 123 4567',
      '0917/123',
      '12',
      '+-()',
    ]) {
      expect(isPhoneNumber(phone), phone).toBe(false);
    }
  });

  it('reads a blank input as not given and says what to type otherwise', () => {
    expect(phoneOrBlankSchema.parse('  ')).toBe('');
    expect(phoneOrBlankSchema.parse(' 0917 123 4567 ')).toBe('0917 123 4567');
    const refused = phoneOrBlankSchema.safeParse('0917-CALL-ME');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toEqual(['errors.phone']);
    expect(phoneOrBlankSchema.safeParse('0'.repeat(41)).error?.issues[0]?.message).toBe(
      'errors.tooLong',
    );
  });
});
