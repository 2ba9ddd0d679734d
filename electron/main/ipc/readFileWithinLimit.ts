// Reads a file the person picked, refusing it before reading if it is over the caller's limit,
// so a 4 GB file chosen by mistake never ends up in memory or on the IPC channel.
import { open } from 'node:fs/promises';

export type LimitedRead =
  { status: 'read'; data: Uint8Array<ArrayBuffer> } | { status: 'too-large'; size: number };

export async function readFileWithinLimit(
  filePath: string,
  maxBytes: number,
): Promise<LimitedRead> {
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    // A FIFO or device would block or never end; only regular files are opened.
    if (!stats.isFile()) throw new Error(`${filePath} is not a regular file`);
    if (stats.size > maxBytes) return { status: 'too-large', size: stats.size };
    const data = await handle.readFile();
    // The file may have grown between stat and read.
    if (data.byteLength > maxBytes) return { status: 'too-large', size: data.byteLength };
    // A plain Uint8Array view (not a Buffer) is what the contract promises; no copy is made.
    return { status: 'read', data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } finally {
    await handle.close();
  }
}
