// Case reference numbers: unique per desk, readable over the phone: LGZ-2026-000123.

/** The highest sequence number a year can hold (LGZ-2026-999999). */
export const MAX_SEQUENCE = 999_999;

export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The sequence number of a reference (123 for LGZ-2026-000123); 0 when it has none. */
export function referenceSequence(reference: string | undefined): number {
  const match = reference ? /-(\d{6})$/.exec(reference) : null;
  return match ? Number(match[1]) : 0;
}

/** The settings key that holds the last sequence number used in a year. */
export const referenceCounterKey = (year: number) => `caseSequence:${year}`;
