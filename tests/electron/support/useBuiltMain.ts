// Shared set-up for the tests that load the built main bundle: a temporary folder standing in
// for userData and Documents, and console warnings (refusals main logs on purpose) kept quiet.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { loadMain, startMain, type MainOptions } from './startBuiltMain';

type Options = Omit<MainOptions, 'dataDir'>;

export function useBuiltMain() {
  const context = {
    dataDir: '',
    loadMain: (options: Options = {}) => loadMain({ dataDir: context.dataDir, ...options }),
    startMain: (options: Options = {}) => startMain({ dataDir: context.dataDir, ...options }),
  };
  beforeEach(async () => {
    context.dataDir = await mkdtemp(join(tmpdir(), 'tulay-wiring-'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    delete process.env['ELECTRON_RENDERER_URL'];
    await rm(context.dataDir, { recursive: true, force: true });
  });
  return context;
}
