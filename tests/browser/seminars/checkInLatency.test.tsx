// How fast the door answers with 200 registrations: the time from the Enter keydown to the
// counter showing the new number (the check-in written to IndexedDB, the live query re-run,
// the screen re-rendered), and from the first typed letter to the matches on screen. Reported, not
// asserted: performance targets are measured, never timed tests (DESIGN §6).
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** Milliseconds from the next keydown of `key` to the next change inside `target`. */
function timeNextChange(key: string, target: Element): Promise<number> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`no change after ${key}`)), 5000);
    let start = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === key && start === 0) start = performance.now();
    };
    const observer = new MutationObserver(() => {
      if (start === 0) return;
      observer.disconnect();
      document.removeEventListener('keydown', onKey, true);
      resolve(performance.now() - start);
    });
    document.addEventListener('keydown', onKey, true);
    observer.observe(target, { subtree: true, childList: true, characterData: true });
  });
}

describe('check-in latency with 200 registrations', () => {
  it('answers each Enter with the updated count, and each letter with the matches', async () => {
    const setupStart = performance.now();
    const desk = await deskWithSession({ registrations: 200, capacity: 200 });
    console.log(
      `[check-in latency] desk with 200 registrations set up in ${(performance.now() - setupStart).toFixed(0)} ms`,
    );
    await renderApp({
      databaseName: desk.databaseName,
      path: `/seminars/${desk.seminar.id}/check-in`,
    });
    await screen.findByTestId('check-in-screen', {}, { timeout: 10_000 });
    const present = () => screen.getByTestId('count-present');
    const enter: number[] = [];
    const letter: number[] = [];
    for (const [i, attendance] of desk.attendance.slice(0, 30).entries()) {
      const code = attendance.registrationCode;
      // The first letter takes the list from empty to the match: a change that must be rendered.
      const typed = timeNextChange(code[0]!, screen.getByRole('listbox'));
      await userEvent.keyboard(code);
      letter.push(await typed);
      const counted = timeNextChange('Enter', present());
      await userEvent.keyboard('{Enter}');
      enter.push(await counted);
      await waitFor(() => expect(present().textContent).toBe(String(i + 1)));
    }
    const report = (values: number[]) =>
      `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
    console.log(`[check-in latency, 200 registrations] Enter → counter: ${report(enter)}`);
    console.log(`[check-in latency, 200 registrations] letter → matches: ${report(letter)}`);
    expect(present().textContent).toBe('30');
  }, 90_000);
});
