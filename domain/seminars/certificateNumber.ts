// Certificate numbers: unique per desk, in the style of case references, e.g.
// LGZ-CERT-2026-00042. The year is the session's; the sequence is a settings counter per year.

export function formatCertificateNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-CERT-${year}-${String(sequence).padStart(5, '0')}`;
}

/** The settings key that holds the last certificate sequence number used in a year. */
export const certificateCounterKey = (year: number) => `certificateSequence:${year}`;

export interface NumberedCertificates {
  /** Attendance id → certificate number, for those that had none. */
  numbers: Map<string, string>;
  /** The counter's new value. */
  lastSequence: number;
}

/**
 * Numbers for the attendees (in the order given) that have none yet, continuing after
 * `lastSequence` and skipping any number already `taken` (an imported or synced one), so a
 * number is never given twice.
 */
export function assignCertificateNumbers(
  attendees: readonly { id: string; certificateNumber?: string | undefined }[],
  desk: { prefix: string; year: number; lastSequence: number; taken: ReadonlySet<string> },
): NumberedCertificates {
  const numbers = new Map<string, string>();
  let sequence = desk.lastSequence;
  for (const attendee of attendees) {
    if (attendee.certificateNumber) continue;
    let number: string;
    do number = formatCertificateNumber(desk.prefix, desk.year, ++sequence);
    while (desk.taken.has(number));
    numbers.set(attendee.id, number);
  }
  return { numbers, lastSequence: sequence };
}
