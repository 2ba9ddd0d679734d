// A full name as a logbook writes it, split into given and family name: "Dela Cruz, Maria"
// (family name first, then a comma) or "Maria Santos Dela Cruz" (the last word is the family
// name, with the particles that belong to it: de, dela, del, de los, san, sta …).
import { foldText } from '../../search/normalize';

const PARTICLES = new Set([
  'de',
  'dela',
  'del',
  'la',
  'los',
  'las',
  'delos',
  'san',
  'sta',
  'santa',
  'y',
  'i',
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
]);

export function splitFullName(text: string): { givenName: string; familyName: string } {
  const clean = text.trim().replace(/\s+/g, ' ');
  const comma = clean.indexOf(',');
  if (comma > 0)
    return {
      familyName: clean.slice(0, comma).trim(),
      givenName: clean.slice(comma + 1).trim(),
    };
  const words = clean.split(' ');
  if (words.length < 2) return { givenName: clean, familyName: '' };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(foldText(words[start - 1]!))) start--;
  return { givenName: words.slice(0, start).join(' '), familyName: words.slice(start).join(' ') };
}
