// The longest task the page ran while a scenario's work went on (PerformanceObserver
// 'longtask': every task over 50 ms): what decides whether typing and the progress bar freeze.
export function watchLongTasks() {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  // Marks the window in a trace (bench --trace), which then reports the tasks within it only.
  performance.mark('longtasks:start');
  return {
    /** The longest task so far, in ms (0 when none took over 50 ms). */
    async stop() {
      // Entries are delivered after their task: let the page run once more before reading them.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      performance.mark('longtasks:stop');
      observer.disconnect();
      return longest;
    },
  };
}
