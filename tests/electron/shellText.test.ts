// What the main process shows by itself (the menu, the "could not start" box) is written in
// the officer's language too, and a language the system prefers is recognised.
import { describe, expect, it } from 'vitest';
import { shellLanguages } from '../../electron/contract';
import { appMenuTemplate } from '../../electron/main/appMenu';
import { SHELL_TEXT, shellLanguageOf, startFailure } from '../../electron/main/shellText';
import { LANGUAGES } from '../../domain/records/desk';

type Item = { label?: string; role?: string; type?: string; submenu?: Item[] };

function labels(items: Item[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'separator' || item.role === 'appMenu' ? [] : [item.label ?? '']),
    ...labels(item.submenu ?? []),
  ]);
}

describe('the shell language', () => {
  it('is one of the interface languages', () => {
    expect([...shellLanguages]).toEqual([...LANGUAGES]);
  });

  it('is the first system language Tulay speaks, Tagalog as Filipino, else English', () => {
    expect(shellLanguageOf(['es-AR', 'en-US'])).toBe('es');
    expect(shellLanguageOf(['tl-PH'])).toBe('fil');
    expect(shellLanguageOf(['de-DE', 'ar-SA'])).toBe('ar');
    expect(shellLanguageOf(['ca_ES'])).toBe('ca');
    expect(shellLanguageOf(['ja-JP'])).toBe('en');
    expect(shellLanguageOf([])).toBe('en');
  });
});

describe.each(['darwin', 'win32', 'linux'])('the menu on %s', (platform) => {
  it.each([...shellLanguages])('labels every item in %s', (language) => {
    const all = labels(appMenuTemplate(platform, true, language) as Item[]);
    expect(all.every((label) => label.trim().length > 0)).toBe(true);
    if (language === 'es' || language === 'ca' || language === 'ar') {
      const english = labels(appMenuTemplate(platform, true, 'en') as Item[]);
      expect(all.filter((label, i) => label === english[i])).toEqual([]);
    }
  });
});

describe('the "could not start" box', () => {
  it('says what to do in the language, then the technical detail', () => {
    const { title, body } = startFailure('ar', new Error('EACCES: permission denied'));
    expect(title).toBe(SHELL_TEXT.ar.startFailedTitle);
    expect(body).toContain('أعد تشغيل الحاسوب');
    expect(body.endsWith('التفاصيل التقنية: Error: EACCES: permission denied')).toBe(true);
  });
});
