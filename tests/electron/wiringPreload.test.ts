// Loads the BUILT preload (out/preload/index.js) with a recording stand-in for `electron` and
// checks it exposes exactly the contract, as a sandboxed preload can.
import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/contract';
import { loadBuiltBundle } from './support/loadBuiltBundle';
import { preloadBundle } from './support/startBuiltMain';

describe('built preload', () => {
  function loadPreload() {
    const exposed: [string, Record<string, (...args: unknown[]) => unknown>][] = [];
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: never) => exposed.push([name, api]) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve()),
      },
    };
    const { requested } = loadBuiltBundle(preloadBundle, electron);
    return { exposed, invoked, requested };
  }

  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect(loadPreload().requested).toEqual(['electron']);
  });

  it('exposes exactly the contract as window.tulay', () => {
    const { exposed } = loadPreload();
    expect(exposed).toHaveLength(1);
    const [name, api] = exposed[0]!;
    expect(name).toBe('tulay');
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
  });

  it("invokes each method's contract channel with the request as is", async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed[0]![1];
    const request = { suggestedName: 'x.pdf', pageSize: 'A4', landscape: false };
    for (const [key, spec] of Object.entries(contract)) {
      invoked.length = 0;
      // Every argument goes through as it is, in order (appendAutoBackup takes two).
      const args = spec.args.def.items.map((_item, i) => (i === 0 ? request : { argument: i }));
      await api[key]!(...args);
      expect(invoked).toEqual([[spec.channel, ...args]]);
    }
  });
});
