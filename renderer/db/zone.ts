// Dexie's layers read the current transaction from its "zone" (Dexie.Promise.PSD), which a native
// await can lose: a request issued after one would then silently run in a transaction of its own.
// A zone taken while the transaction is current issues later requests in that transaction.
import { Dexie } from 'dexie';

export type Zone = <T>(request: () => T) => T;

interface DexieZones {
  PSD: unknown;
  usePSD: <T>(psd: unknown, fn: () => T) => T;
}
const zones = Dexie.Promise as unknown as DexieZones;

/** The zone current now, to issue requests in after a native await. */
export function currentZone(): Zone {
  const psd = zones.PSD;
  return (request) => zones.usePSD(psd, request);
}
