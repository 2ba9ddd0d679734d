// Turns what an officer typed in the person search ("maria dela cruz", "0917 555 1234") into
// the first values of the "new person" form, so nothing has to be typed twice.

/** Words that begin a family name ("Dela Cruz", "De los Santos", "Bin Salman", "Al Rashid"). */
const FAMILY_PARTICLES = new Set([
  'de',
  'del',
  'dela',
  'della',
  'delos',
  'delas',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'la',
  'las',
  'los',
  'san',
  'santa',
  'sta',
  'sto',
  'santo',
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
]);

export interface TypedName {
  givenName: string;
  familyName: string;
  phone: string;
}

const capitalise = (word: string) =>
  word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/** Words typed all in one case are tidied; "McArthur" typed with care is left as it is. */
function tidy(word: string): string {
  const mixed = word !== word.toLowerCase() && word !== word.toUpperCase();
  return mixed ? word : capitalise(word);
}

/** Where the family name starts: at its first particle ("y" joins two family names). */
function familyStart(words: string[]): number {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (word === 'y' && i >= 2) return i - 1;
    if (FAMILY_PARTICLES.has(word) && i < words.length - 1) return i;
  }
  return words.length - 1;
}

export function splitTypedName(typed: string): TypedName {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (text === '') return { givenName: '', familyName: '', phone: '' };
  if (/^[\d\s+()-]+$/.test(text)) return { givenName: '', familyName: '', phone: text };
  const words = text.split(' ');
  if (words.length === 1) return { givenName: tidy(words[0]!), familyName: '', phone: '' };
  const start = familyStart(words);
  const family = words.slice(start).map((word, i) => {
    // Later particles stay lower case, as in "De los Santos" and "García y López".
    const lower = word.toLowerCase();
    return i > 0 && (FAMILY_PARTICLES.has(lower) || lower === 'y') ? lower : tidy(word);
  });
  return {
    givenName: words.slice(0, start).map(tidy).join(' '),
    familyName: family.join(' '),
    phone: '',
  };
}
