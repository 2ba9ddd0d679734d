// Where `npm run web` serves Tulay. The browser keeps Tulay's data (IndexedDB) per address:
// http://127.0.0.1:5190/ and http://127.0.0.1:5191/ are two different, separate Tulays. So the
// port is fixed, and when it is taken the server says so and stops instead of quietly moving
// to another port, where the officer would find an empty Tulay and believe the data was lost.
import { connect } from 'node:net';

export const WEB_HOST = '127.0.0.1';
/** Not Vite's 5173–5180, nor the tests' (4873), the demo's (4874) or the benchmark's (45867). */
export const DEFAULT_WEB_PORT = 5190;

export const webUrl = (port) => `http://${WEB_HOST}:${port}/`;

/** `npm run web` options: --port N (default DEFAULT_WEB_PORT) and --no-build. */
export function webOptions(args) {
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : DEFAULT_WEB_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port needs a port number from 1 to 65535, not "${args[portIndex + 1]}".`);
  }
  return { port, build: !args.includes('--no-build') };
}

/** Whether something already listens on the port (a refused connection means it is free). */
export function portInUse(port, host = WEB_HOST) {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Whether the page on that address is Tulay (its index.html is titled Tulay). */
export async function servesTulay(port) {
  try {
    const response = await fetch(webUrl(port), { signal: AbortSignal.timeout(2000) });
    return /<title>\s*Tulay\s*<\/title>/i.test(await response.text());
  } catch {
    return false;
  }
}

/** What to tell the officer when the port is taken: most likely, Tulay is already running. */
export function portTakenMessage(port, isTulay) {
  const url = webUrl(port);
  const otherPort = `Another port (--port N) would open a separate, empty Tulay: the data belongs to ${url}`;
  return isTulay
    ? [
        `Tulay is already running at ${url}`,
        `Open that address in the browser: your data is there.`,
        `To restart it, stop the other "npm run web" first (Ctrl+C in its window).`,
        otherPort,
      ].join('\n')
    : [
        `Port ${port} is already used by another program, so Tulay cannot be served at ${url}`,
        `Stop that program, then run "npm run web" again.`,
        otherPort,
      ].join('\n');
}
