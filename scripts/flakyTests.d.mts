export interface FlakyTest {
  runner: string;
  file: string;
  name: string;
  retries: number;
  /** The first line of what the failed attempt said. */
  error?: string;
}
export const FLAKY_HEADING: string;
export function recordFlaky(runner: string, test: Omit<FlakyTest, 'runner'>): boolean;
export function printFlakyOfRun(runner: string, tests: Omit<FlakyTest, 'runner'>[]): void;
export function readFlaky(logFile: string): FlakyTest[];
export function formatFlaky(tests: FlakyTest[]): string;
export function firstLine(message: unknown): string;
