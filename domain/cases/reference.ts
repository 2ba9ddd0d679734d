// Case reference numbers: unique per desk, readable over the phone: LGZ-2026-000123.
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The settings key that holds the last sequence number used in a year. */
export const referenceCounterKey = (year: number) => `caseSequence:${year}`;
