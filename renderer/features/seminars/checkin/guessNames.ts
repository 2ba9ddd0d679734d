// The walk-in form starts from what was typed in the search: "pedro dela cruz" → Pedro /
// Dela Cruz; digits → the phone. The officer corrects it if the guess is wrong.
const FAMILY_PARTICLES = new Set([
  'de',
  'del',
  'dela',
  'delos',
  'delas',
  'la',
  'los',
  'las',
  'san',
  'santa',
  'sta',
  'sto',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'abu',
]);

const capitalise = (word: string) =>
  word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;

export function guessNames(typed: string): {
  givenName: string;
  familyName: string;
  phone: string;
} {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (/^[\d\s+()-]+$/.test(text)) return { givenName: '', familyName: '', phone: text };
  const words = text.split(' ').filter(Boolean).map(capitalise);
  if (words.length < 2) return { givenName: words[0] ?? '', familyName: '', phone: '' };
  let start = words.length - 1;
  while (start > 1 && FAMILY_PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return {
    givenName: words.slice(0, start).join(' '),
    familyName: words.slice(start).join(' '),
    phone: '',
  };
}
