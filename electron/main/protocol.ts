// Serves the built renderer (out/renderer) under app://tulay/. Chromium normalises URLs
// before they reach us, but the path check below does not rely on that: it refuses anything
// that could name a file outside the root, whatever the encoding.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { appHost, appScheme } from './security/appOrigin';
import { contentTypeFor } from './contentType';

/** Registered before `ready`: standard + secure gives app:// an origin, storage and fetch. */
export const privilegedAppScheme: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

export type AppPathResult = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

const forbidden = { ok: false, status: 403 } as const;
const notFound = { ok: false, status: 404 } as const;
const urlShape = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;
// Encoded dot, slash, backslash, NUL and percent (double encoding): none occurs in our bundle.
const encodedTrick = /%(2e|2f|5c|00|25)/i;
// Control characters, whitespace other than space, backslash and characters Windows reserves.
const badCharacter = /[\p{Cc}\\<>:"|?*]/u;

function isSafeSegment(segment: string): boolean {
  // Empty (`//`), dot-only (`.`, `..`, `...`) and names ending in a dot or space (which Windows
  // silently trims, turning `.. ` into `..`) are refused.
  return segment !== '' && !/^\.+$/.test(segment) && !/[. ]$/.test(segment);
}

function decodedSegments(rawPath: string): string[] | null {
  if (encodedTrick.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath === '' ? '/' : rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || badCharacter.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  // A trailing slash (or the bare root) asks for the directory: serve its index.html.
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = 'index.html';
  return segments.every(isSafeSegment) ? segments : null;
}

/** Maps an app://tulay/… URL to a file under `rootDir`, or says 403/404. Query and hash are ignored. */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResult {
  if (requestUrl.includes('\\') || requestUrl.includes('\u0000')) return forbidden;
  const match = urlShape.exec(requestUrl);
  if (!match) return forbidden;
  const [, scheme = '', authority = '', rawPath = ''] = match;
  if (scheme.toLowerCase() !== appScheme || authority.toLowerCase() !== appHost) return notFound;
  const segments = decodedSegments(rawPath);
  if (!segments) return forbidden;
  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  if (!filePath.startsWith(root + sep)) return forbidden;
  return { ok: true, filePath };
}

export interface AppProtocolOptions {
  rootDir: string;
  /** The policy, or a function giving it for each response (it widens when a catalogue is allowed). */
  contentSecurityPolicy: string | (() => string);
}

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | null,
  headers: Record<string, string>,
) {
  return new Response(body, { status, headers });
}

async function readServedFile(filePath: string): Promise<Uint8Array<ArrayBuffer> | 404> {
  try {
    const data = await readFile(filePath);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return 404;
    throw error;
  }
}

/** The `protocol.handle('app', …)` handler. Every response carries the CSP, errors included. */
export function createAppProtocolHandler({ rootDir, contentSecurityPolicy }: AppProtocolOptions) {
  const policy =
    typeof contentSecurityPolicy === 'string' ? () => contentSecurityPolicy : contentSecurityPolicy;
  const baseHeaders = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // An app update replaces the files; never let Chromium serve the old bundle.
    'Cache-Control': 'no-cache',
  };
  return async (request: Request): Promise<Response> => {
    const base = { ...baseHeaders, 'Content-Security-Policy': policy() };
    const plain = { ...base, 'Content-Type': 'text/plain; charset=utf-8' };
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, plain);
    const resolved = resolveAppPath(rootDir, request.url);
    if (!resolved.ok) return respond(resolved.status, null, plain);
    try {
      const body = await readServedFile(resolved.filePath);
      if (body === 404) return respond(404, null, plain);
      const headers = { ...base, 'Content-Type': contentTypeFor(resolved.filePath) };
      return respond(200, request.method === 'HEAD' ? null : body, headers);
    } catch (error) {
      console.error(`[tulay] could not serve ${request.url}`, error);
      return respond(500, null, plain);
    }
  };
}
