// `npm run web` serves Tulay at one fixed address, because the browser keeps the data per
// address: a second run on another port would open an empty Tulay.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, webOptions, webUrl } from '../../../scripts/webAddress.mjs';

const repo = resolve(import.meta.dirname, '../../..');
let occupant: Server | undefined;

afterEach(() => {
  occupant?.close();
  occupant = undefined;
});

/** Something already listening on a loopback port, answering every request with `html`. */
function occupy(html: string): Promise<number> {
  occupant = createServer((_req, res) => res.writeHead(200).end(html));
  return new Promise((done) =>
    occupant!.listen(0, '127.0.0.1', () => done((occupant!.address() as AddressInfo).port)),
  );
}

/** Runs `node scripts/web.mjs …args` and collects its output and exit code. */
function web(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/web.mjs', ...args], { cwd: repo });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('npm run web: one address for the data', () => {
  it('serves on the same fixed port every time, not on a free one picked at random', () => {
    expect(DEFAULT_WEB_PORT).toBeGreaterThan(0);
    expect(webOptions([])).toEqual({ port: DEFAULT_WEB_PORT, build: true });
    expect(webOptions(['--no-build', '--port', '4961'])).toEqual({ port: 4961, build: false });
    expect(() => webOptions(['--port', 'next'])).toThrow('--port needs a port number');
  });

  it('tells the README reader which address holds the data', () => {
    const readme = readFileSync(resolve(repo, 'README.md'), 'utf8');
    expect(readme).toContain(webUrl(DEFAULT_WEB_PORT));
  });

  it(
    'stops and sends the officer to the running Tulay when its port is taken by one',
    { timeout: 30_000 },
    async () => {
      const port = await occupy('<!doctype html><html><head><title>Tulay</title></head></html>');
      const { code, output } = await web('--no-build', '--port', String(port));
      expect(code).toBe(1);
      expect(output).toContain(`Tulay is already running at http://127.0.0.1:${port}/`);
      expect(output).toContain('Open that address in the browser: your data is there.');
      expect(output).not.toContain('Tulay is served at');
    },
  );

  it(
    'stops and names the conflict when another program holds the port',
    { timeout: 30_000 },
    async () => {
      const port = await occupy('<html><head><title>Printer set-up</title></head></html>');
      const { code, output } = await web('--no-build', '--port', String(port));
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already used by another program`);
      expect(output).toContain('separate, empty Tulay');
    },
  );
});
