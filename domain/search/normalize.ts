// Search normalisation (docs/architecture.md, search): names, reference numbers and phone numbers become tokens
// kept in a multi-entry index, so that a prefix search is an index range, not a scan.
// "Dela Cruz", "De la Cruz", "dela cruz" and "delacruz" all give the token "delacruz";
// "Peña" matches "pena"; "+63 917 123 4567" matches "0917…" and "917…", and its last digits
// ("4567", read off a call log) through a token that holds the digits backwards.

/** Particles that Filipino and Spanish surnames join to the next word. */
const PARTICLES = new Set([
  'de',
  'del',
  'dela',
  'della',
  'delos',
  'delas',
  'la',
  'las',
  'los',
  'san',
  'santa',
  'sta',
  'sto',
  'santo',
  'y',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'van',
  'von',
  'der',
  'al',
  'el',
  'bin',
  'binti',
  'bint',
  'ibn',
  'abu',
  'mac',
  'mc',
]);

/** Lower case, no accents, ñ → n, only letters, digits and spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[''`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Tokens of a name: each word, and each run of particles joined to the word after it
 * ("maria dela cruz" and "maria de la cruz" → maria, delacruz, cruz).
 * A trailing particle (someone still typing "dela") stays a token of its own.
 */
export function nameTokens(text: string, options: { typing?: boolean } = {}): string[] {
  const words = foldText(text).split(' ').filter(Boolean);
  const tokens = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!PARTICLES.has(word)) {
      tokens.add(word);
      continue;
    }
    let joined = word;
    let j = i + 1;
    while (j < words.length && PARTICLES.has(words[j]!)) joined += words[j++]!;
    tokens.add(j < words.length ? joined + words[j]! : joined);
    // While typing, "de l" is "de la…" or "de los…" half typed: the "l" belongs to the
    // particles, and on its own it would ask for a name that starts with "l".
    if (options.typing && j < words.length && isParticlePrefix(words[j]!)) i = j;
    else i = j - 1; // the word after the particles is also a token of its own, next round
  }
  return [...tokens];
}

const isParticlePrefix = (word: string) =>
  [...PARTICLES].some((particle) => particle.length > word.length && particle.startsWith(word));

/**
 * Marks the token of a phone number's digits written backwards: a prefix of it is an ending of
 * the number, so "ends with 0142" is an index range like any prefix. The mark keeps it apart from
 * the numbers' own digits (and out of the in-memory index, which keeps only names).
 */
export const PHONE_ENDING_MARK = '~';

const reversed = (digits: string) => [...digits].reverse().join('');

/** The fewest digits searched as the end of a phone number. */
export const MIN_PHONE_ENDING = 4;

/** Digits of a phone number, in the forms people type: +63 917…, 0917…, 917…. */
export function phoneTokens(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 4) return [];
  const tokens = new Set([digits]);
  const national = digits.startsWith('63') && digits.length === 12 ? digits.slice(2) : null;
  const local = national ?? (digits.startsWith('0') ? digits.slice(1) : null);
  if (local) {
    tokens.add(local);
    tokens.add(`0${local}`);
  }
  if (digits.length > 9 && !national && !digits.startsWith('0')) tokens.add(digits.slice(-9));
  return [...tokens];
}

/**
 * The token of a phone number's digits backwards, for a search by its last digits. Only people
 * carry it: a case is found by the end of a number through its client and OFW, so that adding it
 * rewrote only the people, not every case as well (schema version 4).
 */
export function phoneEndingTokens(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  return digits.length < MIN_PHONE_ENDING ? [] : [PHONE_ENDING_MARK + reversed(digits)];
}

/**
 * The words of a name written with a hyphen, a dot or an apostrophe joined into one token
 * ("Jun-jun" → junjun, "Mary-Ann" → maryann), so "junjun" finds "Jun-jun" as "pena" finds "Peña".
 * The parts are tokens of their own already (nameTokens).
 */
export function joinedNameTokens(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => /[^\p{L}\p{N}]/u.test(word))
    .map((word) => foldText(word).replace(/ /g, ''))
    .filter((token) => token.length > 0);
}

/**
 * The token of the end of a phone number for a query of digits only ("0142", "123 4567"): what
 * a record's backwards digits start with when its number ends with them. Null for anything else
 * or fewer than MIN_PHONE_ENDING digits.
 */
export function phoneEndingToken(query: string): string | null {
  const trimmed = query.trim();
  if (!/^[\d\s+()-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length < MIN_PHONE_ENDING ? null : PHONE_ENDING_MARK + reversed(digits);
}

/** "LGZ-2026-000123" → lgz2026000123, 2026000123, and the sequence number 123. */
export function referenceTokens(reference: string): string[] {
  const folded = foldText(reference).replace(/ /g, '');
  const match = /^([a-z]+)(\d{4})(\d+)$/.exec(folded);
  if (!match) return folded ? [folded] : [];
  const [, , year, sequence] = match;
  return [folded, `${year}${sequence}`, String(Number(sequence))];
}

/** The tokens of what someone typed in a search box: names, numbers, references. */
export function queryTokens(query: string): string[] {
  const trimmed = query.trim();
  if (/^[\d\s+()-]{4,}$/.test(trimmed)) return [trimmed.replace(/\D/g, '').replace(/^(63|0)/, '')];
  if (/^[a-z]{2,5}-\d/i.test(trimmed)) return [foldText(trimmed).replace(/ /g, '')];
  return nameTokens(trimmed, { typing: true });
}
