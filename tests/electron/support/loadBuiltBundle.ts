// Loads a built CommonJS bundle (out/main or out/preload) with `require`, answering its
// `require('electron')` with a stand-in, and reports which modules the bundle itself required.
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

type Load = (
  request: string,
  parent: { filename?: string } | undefined,
  isMain: boolean,
) => unknown;
const moduleInternals = Module as unknown as { _load: Load };
const nodeRequire = createRequire(import.meta.url);

export function assertBuilt(file: string): void {
  if (!existsSync(file)) {
    throw new Error(
      `${file} does not exist. The wiring tests check the built bundles: run \`npx electron-vite build\` ` +
        'before `vitest run --project unit` (the test script does this).',
    );
  }
}

export function loadBuiltBundle(file: string, electron: unknown): { requested: string[] } {
  assertBuilt(file);
  const requested: string[] = [];
  const originalLoad = moduleInternals._load;
  moduleInternals._load = function (request, parent, isMain) {
    if (parent?.filename === file) requested.push(request);
    if (request === 'electron') return electron;
    return originalLoad.call(this, request, parent, isMain);
  };
  try {
    delete nodeRequire.cache[file];
    nodeRequire(file);
  } finally {
    moduleInternals._load = originalLoad;
  }
  return { requested };
}
