// What ran in a benchmark run's long tasks: a Chromium trace (DevTools protocol, Tracing domain)
// of the page's main thread with its CPU samples, written as a .json file (DevTools' Performance
// panel opens it), and summarised here as every task over 50 ms with the functions it spent its
// time in. A CPU profile alone (cpuProfile.mjs) cannot tell where one task ends and the next
// begins: the tasks of a page that yields often follow each other without an idle sample between.
import { writeFileSync } from 'node:fs';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

/** A task longer than this is a "long task" (the Long Tasks API's threshold). */
const LONG_MS = 50;

const frameName = (frame) =>
  `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() || '(native)'}:${frame.lineNumber + 1}`;

/** The main thread of the renderer that ran the most: the benchmark page. */
function mainThread(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  let best = null;
  let busiest = -1;
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy > busiest) [best, busiest] = [m, busy];
  }
  return best;
}

/** Every CPU sample of the thread: its time (trace µs) and its stack, leaf first. */
function samplesOf(events, thread) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== thread.pid) continue;
    if (e.name === 'Profile') {
      profiles.set(e.id, {
        tid: e.tid,
        time: e.args.data.startTime,
        nodes: new Map(),
        samples: [],
      });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id);
      if (!p) continue;
      const data = e.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) p.nodes.set(node.id, node);
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((id, i) => {
        p.time += deltas[i] ?? 0;
        p.samples.push([p.time, id]);
      });
    }
  }
  const profile = [...profiles.values()].find((p) => p.tid === thread.tid);
  if (!profile) return [];
  const stackOf = (id) => {
    const stack = [];
    for (let node = profile.nodes.get(id); node; node = profile.nodes.get(node.parent))
      stack.push(node.callFrame.functionName === '(root)' ? null : frameName(node.callFrame));
    return stack.filter(Boolean);
  };
  return profile.samples.map(([time, id]) => ({ time, stack: stackOf(id) }));
}

function top(map, count) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** Each long task of the trace, longest first, with where its time went. */
export function longTasks(events, count = 8) {
  const thread = mainThread(events);
  if (!thread) return { tasks: [], text: 'no renderer main thread in the trace' };
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Top-level tasks: not inside another.
  const tasks = [];
  let end = -Infinity;
  for (const e of own) {
    if (e.ts >= end && e.cat.includes('toplevel')) {
      tasks.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  const samples = samplesOf(events, thread);
  // The window the benchmark watched (tests/bench/longTasks.ts marks it), else the whole trace.
  const mark = (name) => events.find((e) => e.name === name && e.pid === thread.pid)?.ts;
  const from = mark('longtasks:start') ?? -Infinity;
  const to = mark('longtasks:stop') ?? Infinity;
  const long = tasks
    .filter((t) => t.dur / 1000 > LONG_MS && t.ts + t.dur >= from && t.ts <= to)
    .sort((a, b) => b.dur - a.dur);
  const lines = [`${long.length} tasks over ${LONG_MS} ms (of ${tasks.length})`];
  const describe = (list, title) => {
    const self = new Map();
    const inclusive = new Map();
    const timeline = new Map();
    let sampled = 0;
    for (const task of list) {
      const from = task.ts;
      const to = task.ts + task.dur;
      for (const s of samples) {
        if (s.time < from || s.time > to) continue;
        sampled++;
        const leaf = s.stack[0] ?? '(program)';
        self.set(leaf, (self.get(leaf) ?? 0) + 1);
        for (const name of new Set(s.stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
      }
      for (const e of own) {
        if (e === task || e.ts < from || e.ts > to || e.cat.includes('toplevel')) continue;
        timeline.set(e.name, (timeline.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
    }
    lines.push(title);
    lines.push(
      `  events: ${top(timeline, 8)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`)
        .join(', ')}`,
    );
    const share = (n) => `${((n / Math.max(sampled, 1)) * 100).toFixed(0).padStart(3)}%`;
    lines.push(`  self (${sampled} samples):`);
    for (const [name, n] of top(self, 10)) lines.push(`    ${share(n)}  ${name}`);
    lines.push('  inclusive:');
    for (const [name, n] of top(inclusive, 16)) lines.push(`    ${share(n)}  ${name}`);
  };
  for (const task of long.slice(0, count))
    describe(
      [task],
      `task of ${(task.dur / 1000).toFixed(0)} ms at ${(task.ts / 1e3).toFixed(0)}:`,
    );
  if (long.length > 1) describe(long, 'all long tasks together:');
  return { tasks: long.map((t) => t.dur / 1000), text: lines.join('\n') };
}

/** Starts a trace of the page; `stop(path)` writes it and prints its long tasks. */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    async stop(path) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      await cdp.detach();
      writeFileSync(path, text);
      const parsed = JSON.parse(text);
      const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
      console.log(`Trace: ${path}; ${longTasks(events).text}`);
    },
  };
}
