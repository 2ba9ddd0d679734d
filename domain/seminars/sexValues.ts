// The sex column as people fill it in: words or letters in English, Filipino, Spanish, Catalan
// or Arabic.
import { foldText } from '../search/normalize';

export type Sex = 'female' | 'male' | 'other' | 'unknown';

const VALUES: Record<string, Sex> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  babae: 'female',
  mujer: 'female',
  femenino: 'female',
  dona: 'female',
  femeni: 'female',
  انثى: 'female',
  انثي: 'female',
  امراة: 'female',
  ا: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  lalaki: 'male',
  hombre: 'male',
  masculino: 'male',
  h: 'male',
  lalake: 'male',
  home: 'male',
  masculi: 'male',
  ذكر: 'male',
  رجل: 'male',
  ذ: 'male',
  other: 'other',
  iba: 'other',
  otro: 'other',
  altre: 'other',
  اخر: 'other',
  x: 'other',
  unknown: 'unknown',
};

/** 'unknown' when blank; null when the text is not a sex we can read. */
export function readSex(text: string): Sex | null {
  const key = foldText(text);
  if (key === '') return 'unknown';
  return VALUES[key] ?? null;
}
