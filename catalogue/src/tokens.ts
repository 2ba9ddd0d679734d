// Desk tokens: `tly1_<tenant>_<desk>_<secret>`, the ids in hex and a random 256-bit secret.
// The tenant and desk ids are not secret: they say where to look. Only the SHA-256 of the
// secret is stored; a token is shown once when it is made. The tenant of every request comes
// from here, never from the request's body.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface ParsedToken {
  tenantId: string;
  deskId: string;
  secret: string;
}

const TOKEN = /^tly1_([0-9a-f]{32})_([0-9a-f]{32})_([0-9a-f]{64})$/;

const hexToUuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

export function parseToken(token: string): ParsedToken | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  return { tenantId: hexToUuid(match[1]!), deskId: hexToUuid(match[2]!), secret: match[3]! };
}

export function makeToken(tenantId: string, deskId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('hex');
  const token = `tly1_${tenantId.replaceAll('-', '')}_${deskId.replaceAll('-', '')}_${secret}`;
  return { token, hash: hashSecret(secret) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Compares in constant time, so the answer's timing does not leak the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from an `Authorization: Bearer …` header. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}
