// What a search box shows while the officer types: at every moment either the results of an
// earlier keystroke or those of the last one, never an empty list in between (the case list
// flashed "0 of 2,002 cases" on each keystroke, the people list blank rows).
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deskWithCases } from '../cases/caseListFixture';
import { renderApp } from '../renderApp';

/** Every text `read` gives while the page changes, from now until `stop`. */
function watch(read: () => string | null) {
  const seen = new Set<string>();
  const note = () => {
    const text = read();
    if (text !== null) seen.add(text);
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  note();
  return {
    seen,
    stop: () => {
      observer.disconnect();
      return [...seen];
    },
  };
}

let stop: (() => unknown) | null = null;
afterEach(() => stop?.());

describe('searching as one types', () => {
  it('keeps the previous cases on the list until the next ones are found', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/cases' });
    const count = () => screen.queryByTestId('case-count')?.textContent ?? null;
    await waitFor(() => expect(count()).toBe('4 of 4 cases'), { timeout: 15_000 });

    const watching = watch(count);
    stop = watching.stop;
    await userEvent.keyboard('/');
    // "cruz" finds Rosario's case (Maria is its OFW) and Maria's; "cruz r" Rosario's alone.
    await userEvent.keyboard('cruz r');
    await waitFor(() => expect(count()).toBe('1 of 4 cases'));
    await userEvent.keyboard('{Backspace}{Backspace}');
    await waitFor(() => expect(count()).toBe('2 of 4 cases'));
    expect(watching.stop().sort()).toEqual(['1 of 4 cases', '2 of 4 cases', '4 of 4 cases']);
  });

  it('keeps the previous people on the list until the next ones are read', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/people' });
    const names = () =>
      [...document.querySelectorAll('[aria-rowindex] td:first-child')]
        .map((cell) => cell.textContent)
        .join(' | ');
    const count = () => screen.getByTestId('people-count').textContent;
    await waitFor(() => expect(count()).toBe('3 people'), { timeout: 15_000 });
    await userEvent.keyboard('/');
    await userEvent.keyboard('santos');
    await waitFor(() => expect(names()).toBe('Pedro Santos'));

    const watching = watch(names);
    stop = watching.stop;
    // People who were not on the list a keystroke ago.
    await userEvent.keyboard('{Control>}a{/Control}cruz');
    await waitFor(() => expect(names()).toBe('Maria Dela Cruz | Rosario Dela Cruz'));
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await waitFor(() => expect(count()).toBe('3 people'));
    await waitFor(() => expect(names()).toBe('Pedro Santos | Maria Dela Cruz | Rosario Dela Cruz'));
    // Only names: never a row drawn before its person was read.
    expect(watching.stop().filter((shown) => shown.split(' | ').includes(''))).toEqual([]);
  });
});
