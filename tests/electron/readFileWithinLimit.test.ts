import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileWithinLimit } from '../../electron/main/ipc/readFileWithinLimit';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tulay-open-'));
  await writeFile(join(dir, 'people.csv'), 'name\nMaria\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readFileWithinLimit', () => {
  it('reads a file within the limit as plain bytes', async () => {
    const read = await readFileWithinLimit(join(dir, 'people.csv'), 1024);
    expect(read.status).toBe('read');
    if (read.status !== 'read') return;
    expect(Buffer.isBuffer(read.data)).toBe(false);
    expect(new TextDecoder().decode(read.data)).toBe('name\nMaria\n');
  });

  it('reads a file exactly at the limit', async () => {
    expect((await readFileWithinLimit(join(dir, 'people.csv'), 11)).status).toBe('read');
  });

  it('says how big a file over the limit is, without reading it', async () => {
    await expect(readFileWithinLimit(join(dir, 'people.csv'), 10)).resolves.toEqual({
      status: 'too-large',
      size: 11,
    });
  });

  it('refuses a directory', async () => {
    await expect(readFileWithinLimit(dir, 1024)).rejects.toThrow(/not a regular file/);
  });
});
