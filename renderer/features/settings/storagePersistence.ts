// Asks the browser to keep Tulay's data even when the disk fills up (persistent storage).
// The answer is remembered for this session so the Storage panel can say if it was refused.
export type PersistenceAnswer = 'granted' | 'refused' | 'unsupported';

let lastAnswer: PersistenceAnswer | undefined;
const listeners = new Set<() => void>();

export async function requestPersistentStorage(): Promise<PersistenceAnswer> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) {
    lastAnswer = 'unsupported';
  } else if (await storage.persisted()) {
    lastAnswer = 'granted';
  } else {
    lastAnswer = (await storage.persist()) ? 'granted' : 'refused';
  }
  listeners.forEach((notify) => notify());
  return lastAnswer;
}

export const lastPersistenceAnswer = () => lastAnswer;

export function onPersistenceAnswer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
