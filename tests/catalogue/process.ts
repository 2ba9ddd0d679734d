// Runs the catalogue as a person does: `npm run catalogue` (a child process), reading its output.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface CatalogueProcess {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Resolves when the output contains `text`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

/** Starts `catalogue/src/main.ts` with tsx (what `npm run catalogue` runs) in a child process. */
export function runCatalogue(args: string[], env: Record<string, string>): CatalogueProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'catalogue/src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    listeners.forEach((l) => l());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor(text, timeoutMs = 150_000) {
      const found = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
      return new Promise<void>((resolve, reject) => {
        if (found()) return resolve();
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for ${String(text)}; output:\n${output}`));
        }, timeoutMs);
        const check = () => {
          if (!found()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
        void exited.then(() => {
          if (!found()) {
            clearTimeout(timer);
            reject(new Error(`Exited before ${String(text)}; output:\n${output}`));
          }
        });
      });
    },
  };
}

/** Runs one CLI command to its end: its exit code and output. */
export async function runCommandProcess(args: string[], env: Record<string, string>) {
  const run = runCatalogue(args, env);
  const code = await run.exited;
  return { code, output: run.output() };
}
