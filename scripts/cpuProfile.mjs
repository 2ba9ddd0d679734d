// A CPU profile of a benchmark run through the DevTools protocol: written as a .cpuprofile file
// (DevTools opens it) and summarised as the functions with the most time of their own.
import { writeFileSync } from 'node:fs';

/** Self time per function (name and place), largest first. */
export function topFunctions(profile, count = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples?.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / total }));
}

export async function startProfiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(path) {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      writeFileSync(path, JSON.stringify(profile));
      console.log(`CPU profile: ${path}; most time of their own:`);
      for (const { name, ms, share } of topFunctions(profile)) {
        console.log(
          `  ${ms.toFixed(0).padStart(7)} ms ${(share * 100).toFixed(1).padStart(5)}%  ${name}`,
        );
      }
    },
  };
}
