// Nothing is cut off at 1366×768 in Filipino, Spanish or Arabic, whose words run longer than
// English: the main screens, with sample data, are searched for text that does not fit its box.
//
// What counts as clipped: a visible element that hides its overflow (overflow hidden or clip,
// or text-overflow: ellipsis) and whose content is wider or taller than its box; an input whose
// placeholder, or a read-only input (a select) whose shown value, is wider than its text area.
// By design, an element (or one of its three nearest ancestors) with a title attribute may
// shorten its text with an ellipsis: the title shows the whole text on hover. The case list uses
// this for long client names, categories and statuses, so that every row stays one line high.
import { expect, test, type Page } from '@playwright/test';
import { completeSetup, screenshot, signIn } from './helpers';
import { createSession, importList } from './seminarSteps';

test.use({ viewport: { width: 1366, height: 768 } });

interface Clipped {
  text: string;
  element: string;
  box: string;
}

/** Runs in the page: every visible piece of text that does not fit and has no title. */
function findClipped(): Clipped[] {
  const found: Clipped[] = [];
  const context = document.createElement('canvas').getContext('2d')!;
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}`;
  /** A title on the element, one of its three nearest ancestors, or the child that holds the
   *  text (a table cell clips, the span in it carries the title). */
  const hasTitle = (el: Element) => {
    let node: Element | null = el;
    for (let i = 0; node && i < 4; i++, node = node.parentElement) {
      if (node.getAttribute('title')) return true;
    }
    const text = (el as HTMLElement).innerText.trim();
    return [...el.querySelectorAll('[title]')].some(
      (child) => child.getAttribute('title') === text,
    );
  };
  const visible = (el: Element, style: CSSStyleDeclaration) => {
    const rect = el.getBoundingClientRect();
    // Visually hidden text for screen readers is 1px wide and clipped on purpose.
    if (rect.width <= 1 || rect.height <= 1) return false;
    if (style.clip !== 'auto' && style.clip !== '') return false;
    if (style.clipPath !== 'none') return false;
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const textWidth = (text: string, style: CSSStyleDeclaration) => {
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    return context.measureText(text).width;
  };
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (!visible(el, style)) continue;
    if (el instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden'].includes(el.type)) {
      const shown = el.value ? (el.readOnly ? el.value : '') : el.placeholder;
      if (!shown) continue;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = textWidth(shown, style);
      if (width > room + 1 && !hasTitle(el)) {
        found.push({
          text: shown,
          element: describe(el),
          box: `needs ${Math.ceil(width)}px, has ${room}px`,
        });
      }
      continue;
    }
    // A table cell that overflows spills under its neighbour, which paints over it.
    const isCell = el.tagName === 'TH' || el.tagName === 'TD';
    const clipsX =
      isCell || ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if (!clipsX && !clipsY) continue;
    const text = (el as HTMLElement).innerText?.trim() ?? '';
    // Long texts are containers (panels, lists), not labels; their own children are checked.
    if (!text || text.length > 200) continue;
    const overX = clipsX && el.scrollWidth > el.clientWidth + 1;
    const overY = clipsY && el.scrollHeight > el.clientHeight + 2;
    if ((overX || overY) && !hasTitle(el)) {
      found.push({
        text: text.slice(0, 80),
        element: describe(el),
        box: `${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      });
    }
  }
  return found;
}

async function setLanguage(page: Page, language: string) {
  await page.evaluate((lng) => localStorage.setItem('tulay.language', lng), language);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await signIn(page);
}

async function loadSampleData(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Number of sample cases' }).fill('60');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Loaded 60 sample cases/)).toBeVisible({ timeout: 30_000 });
}

test('no text is cut off on the main screens in Filipino, Spanish and Arabic', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await completeSetup(page);
  await loadSampleData(page);
  await createSession(page);
  await importList(page);
  const seminarPath = new URL(page.url()).hash;
  await page.goto('/#/people');
  await page.getByTestId('virtual-table').getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/#\/people\/.+/);
  const personPath = new URL(page.url()).hash;
  await page.goto('/#/cases');
  await page.getByTestId('virtual-table').getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/#\/cases\/.+/);
  const casePath = new URL(page.url()).hash;

  const screens: [string, string][] = [
    ['case-list', '#/cases'],
    ['intake', '#/cases/new'],
    ['case', casePath],
    ['person', personPath],
    ['follow-ups', '#/follow-ups'],
    ['seminars', '#/seminars'],
    ['seminar', seminarPath],
    ['stakeholders', '#/stakeholders'],
    ['services', '#/services'],
    ['settings', '#/settings'],
  ];
  const clipped: string[] = [];
  for (const language of ['fil', 'es', 'ar']) {
    await setLanguage(page, language);
    for (const [name, path] of screens) {
      await page.goto(`/${path}`);
      await expect(page.locator('main')).toBeVisible();
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      await page.mouse.move(1300, 700);
      // Fonts and the virtual table settle within a frame or two of the data.
      await page.waitForTimeout(300);
      await screenshot(page, `clipping-${name}-${language}`);
      for (const item of await page.evaluate(findClipped)) {
        const line = `${language} ${name}: “${item.text}” (${item.element}, ${item.box})`;
        if (!clipped.includes(line)) clipped.push(line);
      }
      if (name === 'case-list') {
        const heights = await page
          .getByTestId('virtual-table')
          .locator('tbody tr:not([aria-hidden])')
          .evaluateAll((rows) => [...new Set(rows.map((r) => r.getBoundingClientRect().height))]);
        expect(heights, `${language}: every case row is one line`).toEqual([44]);
      }
    }
  }
  expect(clipped).toEqual([]);
});
