// Every error a person may see reads as a sentence in their language: no code ("notFound"),
// no English inside a Filipino or Arabic sentence ("The client or the OFW no longer exists.").
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KNOWN_PROBLEMS, KnownError } from '../../../domain/knownError';
import { LANGUAGES } from '../../../domain/records/desk';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import { DatabaseOpenError, RecordValidationError } from '../../../renderer/db';
import { ReferralRefused } from '../../../renderer/features/cases/caseEventRepository';
import { TransitionError } from '../../../renderer/features/cases/caseRepository';
import { RegistrationError } from '../../../renderer/features/seminars/registrationRepository';
import { FileTooLargeError } from '../../../renderer/platform/FileTooLargeError';
import { PrefixRefused } from '../../../renderer/sync/prefixClaim';
import { errorText } from '../../../renderer/ui/errorText';

const abortedByFullDisk = Object.assign(new Dexie.AbortError('Transaction aborted'), {
  inner: new Dexie.QuotaExceededError('QuotaExceededError'),
});

/** Each known error, and a word of its code or English message that must not show. */
const KNOWN: [string, unknown, string][] = [
  ...KNOWN_PROBLEMS.map((problem): [string, unknown, string] => [
    `KnownError ${problem}`,
    new KnownError(problem, { year: 2026 }),
    problem,
  ]),
  ['TransitionError notAllowed', new TransitionError('notAllowed'), 'notAllowed'],
  ['TransitionError outcomeRequired', new TransitionError('outcomeRequired'), 'outcomeRequired'],
  ['ReferralRefused noConsent', new ReferralRefused('noConsent'), 'noConsent'],
  ['ReferralRefused notSupervisor', new ReferralRefused('notSupervisor'), 'notSupervisor'],
  ['ReferralRefused reasonRequired', new ReferralRefused('reasonRequired'), 'reasonRequired'],
  ['RegistrationError notFound', new RegistrationError('notFound'), 'notFound'],
  ['RegistrationError sessionNotFound', new RegistrationError('sessionNotFound'), 'sessionNot'],
  ['RegistrationError already', new RegistrationError('alreadyRegistered'), 'alreadyRegistered'],
  [
    'RecordValidationError notFound',
    new RecordValidationError('people', [{ path: 'id', message: 'errors.notFound' }]),
    'Invalid people',
  ],
  [
    'RecordValidationError fields',
    new RecordValidationError('people', [{ path: 'email', message: 'errors.email' }]),
    'Invalid people',
  ],
  [
    'PrefixRefused prefixTaken',
    new PrefixRefused('prefixTaken', { prefix: 'LGA', desk: 'Desk A' }),
    'prefixTaken',
  ],
  [
    'PrefixRefused prefixUnchecked',
    new PrefixRefused('prefixUnchecked', { prefix: 'LGA', desk: '' }),
    'prefixUnchecked',
  ],
  ['FileTooLargeError', new FileTooLargeError('list.csv', 3_000_000, 2_097_152), 'bytes'],
  ['DatabaseOpenError quota', new DatabaseOpenError('quota', 'QuotaExceededError'), 'quota:'],
  ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('Quota exceeded'), 'Quota'],
  ['Dexie AbortError of a full disk', abortedByFullDisk, 'aborted'],
  ['Dexie ConstraintError', new Dexie.ConstraintError('Key already exists'), 'Key already'],
  ['Dexie DatabaseClosedError', new Dexie.DatabaseClosedError('closed'), 'DatabaseClosed'],
  ['Dexie TimeoutError', new Dexie.TimeoutError('timed out'), 'timed out'],
];

describe.each([...LANGUAGES])('error messages in %s', (lng) => {
  it.each(KNOWN)('%s is explained in words, without its code', async (_, error, code) => {
    const i18n = await createI18n(lng);
    const text = errorText(i18n.t, lng, error);
    expect(text).not.toMatch(/^failures\./);
    expect(text).not.toContain(code);
    expect(text).not.toContain('unexpected');
    if (lng !== 'en') {
      const english = await createI18n('en');
      expect(text).not.toBe(errorText(english.t, 'en', error));
    }
  });
});

describe('error messages', () => {
  it('say what a file over the limit is and what the limit is', async () => {
    const i18n = await createI18n('en');
    const text = errorText(i18n.t, 'en', new FileTooLargeError('list.csv', 3_000_000, 2_097_152));
    expect(text).toBe('“list.csv” is 2.9 MB, and files up to 2 MB can be opened');
  });

  it('name the prefix refused and the desk that holds it', async () => {
    const i18n = await createI18n('en');
    const text = errorText(
      i18n.t,
      'en',
      new PrefixRefused('prefixTaken', { prefix: 'LGA', desk: 'Desk A' }),
    );
    expect(text).toBe(
      'the case number prefix LGA is already used by the desk “Desk A” of your municipality; choose another one',
    );
  });

  it('name the year whose case numbers ran out', async () => {
    const i18n = await createI18n('es');
    const text = errorText(i18n.t, 'es', new KnownError('caseNumbersExhausted', { year: 2026 }));
    expect(text).toBe('no quedan números de caso para 2026');
  });

  it('treat an aborted write on a full disk as a full disk', async () => {
    const i18n = await createI18n('en');
    expect(errorText(i18n.t, 'en', abortedByFullDisk)).toBe(
      'there is no space left for Tulay’s data; free some disk space',
    );
  });

  it('keep the technical detail of an error nobody foresaw, inside a translated sentence', async () => {
    const i18n = await createI18n('fil');
    expect(errorText(i18n.t, 'fil', new TypeError('x is undefined'))).toBe(
      'isang hindi inaasahang problema (TypeError: x is undefined)',
    );
  });
});
