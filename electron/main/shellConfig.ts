// Settings the shell needs before the renderer exists: today only the catalogue URL that the
// CSP lets the renderer connect to. Read from <userData>/shell-config.json, written by whoever
// installs the desk. A missing file means "no catalogue"; a broken one is logged and ignored.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const shellConfigFileName = 'shell-config.json';

const shellConfigSchema = z.object({ catalogueUrl: z.url().optional() });
export type ShellConfig = z.infer<typeof shellConfigSchema>;

/** Writes the configuration whole (through a temporary file, so a crash never leaves half). */
export async function writeShellConfig(userDataDir: string, config: ShellConfig): Promise<void> {
  const file = join(userDataDir, shellConfigFileName);
  const temporary = `${file}.tmp`;
  await writeFile(temporary, `${JSON.stringify(shellConfigSchema.parse(config), null, 2)}\n`);
  await rename(temporary, file);
}

export async function readShellConfig(userDataDir: string): Promise<ShellConfig> {
  const file = join(userDataDir, shellConfigFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // Without the file Tulay still works, offline; only syncing needs the catalogue.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.error(`[tulay] could not read ${file}; starting without a catalogue`, error);
    }
    return {};
  }
  try {
    return shellConfigSchema.parse(JSON.parse(text));
  } catch (error) {
    console.error(`[tulay] ignoring ${file}: it is not valid shell configuration`, error);
    return {};
  }
}
