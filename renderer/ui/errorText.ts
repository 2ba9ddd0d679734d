// Every error a person may see, in their language: the codes our repositories throw, a record
// that failed its schema, a file over the limit, and IndexedDB's own failures (disk full,
// duplicate key, closed database). One table, so "Could not check in: notFound" cannot happen.
// Errors are recognised by name, not class: ui/ must not import features/ or db/.
import type { TFunction } from 'i18next';
import { formatBytes, formatList } from './format';

type Failure = `failures.${string}`;

/** `problem` codes of the errors thrown by features/ and db/, by the error's name. */
const PROBLEMS: Record<string, Record<string, Failure>> = {
  KnownError: {
    personMissing: 'failures.personMissing',
    caseMissing: 'failures.caseMissing',
    sessionMissing: 'failures.sessionMissing',
    caseNumbersExhausted: 'failures.caseNumbersExhausted',
    registrationCodesExhausted: 'failures.registrationCodesExhausted',
    imageEncodingFailed: 'failures.imageEncodingFailed',
  },
  TransitionError: {
    notAllowed: 'failures.transitionNotAllowed',
    outcomeRequired: 'failures.outcomeRequired',
    restricted: 'failures.transitionRestricted',
  },
  ReferralRefused: {
    noConsent: 'failures.referralNoConsent',
    notSupervisor: 'failures.referralNotSupervisor',
    reasonRequired: 'failures.referralReasonRequired',
  },
  RegistrationError: {
    alreadyRegistered: 'failures.alreadyRegistered',
    sessionNotFound: 'failures.sessionMissing',
    notFound: 'failures.registrationMissing',
  },
  // renderer/sync: a new case reference prefix the municipality's catalogue did not accept.
  PrefixRefused: {
    prefixTaken: 'failures.prefixTaken',
    prefixUnchecked: 'failures.prefixUnchecked',
  },
  DatabaseOpenError: {
    newerVersion: 'failures.databaseNewer',
    blocked: 'failures.databaseBlocked',
    quota: 'failures.storageFull',
    unavailable: 'failures.databaseUnavailable',
  },
};

/** IndexedDB and Dexie failures, by name (Dexie wraps the browser's error as `inner`). */
const STORAGE: Record<string, Failure> = {
  QuotaExceededError: 'failures.storageFull',
  ConstraintError: 'failures.duplicateRecord',
  DatabaseClosedError: 'failures.databaseClosed',
  VersionChangeError: 'failures.versionChanged',
  VersionError: 'failures.databaseNewer',
  TimeoutError: 'failures.timeout',
  OpenFailedError: 'failures.databaseUnavailable',
  MissingAPIError: 'failures.databaseUnavailable',
  InvalidStateError: 'failures.databaseUnavailable',
  AbortError: 'failures.aborted',
};

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  problem?: unknown;
  values?: unknown;
  inner?: unknown;
  problems?: unknown;
  fileName?: unknown;
  size?: unknown;
  maxBytes?: unknown;
}

const asErrorLike = (value: unknown): ErrorLike =>
  typeof value === 'object' && value !== null ? value : {};

/** The names of an error and of the errors it wraps, outermost first. */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  for (let e = asErrorLike(error), depth = 0; depth < 4; e = asErrorLike(e.inner), depth++) {
    if (typeof e.name === 'string') names.push(e.name);
    if (!e.inner) break;
  }
  return names;
}

const withoutFinalStop = (text: string) => text.replace(/[.。]\s*$/, '');

/** What went wrong, as a clause that fits "Could not save: …" in the person's language. */
export function errorText(t: TFunction, language: string, error: unknown): string {
  const e = asErrorLike(error);
  const say = (key: Failure, values: Record<string, unknown> = {}) =>
    (t as (key: string, values: Record<string, unknown>) => string)(key, {
      ns: 'common',
      ...values,
    });
  const name = typeof e.name === 'string' ? e.name : '';

  const byProblem = typeof e.problem === 'string' ? PROBLEMS[name]?.[e.problem] : undefined;
  if (byProblem) return say(byProblem, typeof e.values === 'object' ? { ...e.values } : {});

  if (name === 'RecordValidationError' && Array.isArray(e.problems)) {
    const problems = e.problems as { path: string; message: string }[];
    if (problems.some((p) => p.message === 'errors.notFound')) return say('failures.recordMissing');
    const messages = problems.map((p) =>
      withoutFinalStop(
        (t as (key: string, values: object) => string)(
          p.message.startsWith('errors.') ? p.message : 'errors.invalid',
          { ns: 'common', defaultValue: t('errors.invalid', { ns: 'common' }) },
        ),
      ),
    );
    return say('failures.invalidRecord', {
      problems: formatList(language, [...new Set(messages)]),
    });
  }

  if (
    name === 'FileTooLargeError' &&
    typeof e.size === 'number' &&
    typeof e.maxBytes === 'number'
  ) {
    return say('failures.fileTooLarge', {
      file: String(e.fileName),
      size: formatBytes(language, e.size),
      limit: formatBytes(language, e.maxBytes),
    });
  }

  // The most specific storage failure: an AbortError caused by a full disk is a full disk.
  const storage = namesOf(error)
    .reverse()
    .map((n) => STORAGE[n])
    .find(Boolean);
  if (storage) return say(storage);

  const message = typeof e.message === 'string' ? e.message : '';
  const detail = [name, message].filter(Boolean).join(': ') || String(error);
  return say('failures.unexpected', { detail });
}
