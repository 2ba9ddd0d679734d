// Pseudonyms for a statistics export: HMAC-SHA-256 of a person's id under a random key made for
// one export and then dropped. The same person gets the same pseudonym within the export (so
// repeat visits can be counted), and a different one in the next export (so two exports cannot
// be joined, and nobody holding the file can recompute a pseudonym from an id).

export type Pseudonymiser = (id: string) => Promise<string>;

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** A pseudonymiser with a fresh key that cannot be read back (non-extractable). */
export async function newPseudonymiser(): Promise<Pseudonymiser> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  raw.fill(0);
  const encoder = new TextEncoder();
  const known = new Map<string, string>();
  return async (id) => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    // 80 bits: no collision among a desk's people, short enough to read in a spreadsheet.
    const pseudonym = hex(await crypto.subtle.sign('HMAC', key, encoder.encode(id))).slice(0, 20);
    known.set(id, pseudonym);
    return pseudonym;
  };
}

/** The smallest count shown as a number; fewer is "<5", so no small group can be singled out. */
export const SMALL_COUNT = 5;

export const suppressed = (count: number): number | string =>
  count > 0 && count < SMALL_COUNT ? `<${SMALL_COUNT}` : count;
