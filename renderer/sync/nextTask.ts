// Gives the main thread back for one turn, so that a keystroke or a paint waiting meanwhile runs
// before the caller goes on: scheduler.yield() where the browser has it (the caller keeps its
// place in the queue), else a message to itself, which unlike setTimeout is not clamped.
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
