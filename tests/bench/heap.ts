// The renderer's JS heap in MB, after a forced garbage collection when Chromium exposes one
// (the runner starts it with --expose-gc and --enable-precise-memory-info).
export function heapMb(): number {
  (window as unknown as { gc?: () => void }).gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1_048_576 : Number.NaN;
}
