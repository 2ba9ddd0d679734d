// Right-to-left scripts among the languages Tulay prints and shows.
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export const directionOfLanguage = (language: string): 'rtl' | 'ltr' =>
  RTL.has(language.split('-')[0]!) ? 'rtl' : 'ltr';
