// A benchmark scenario: one figure family of DESIGN §6, measured at a given data size inside
// the real renderer code in Chromium. Later capabilities (sync, import) add a file to
// scenarios/ and a line to scenarios/index.ts; the runner and the table pick them up.

export interface Metric {
  /** Raw samples of one run (e.g. 200 save latencies in ms). */
  samples: number[];
  unit: 'ms' | 'records/s' | 'ratio' | 'MB';
  /** How a run's samples become the run's figure. */
  summary: 'p50' | 'p95' | 'value';
}

export interface ScenarioResult {
  metrics: Record<string, Metric>;
  notes?: string[];
}

export interface Scenario {
  id: string;
  title: string;
  /** The DESIGN §6 target, as text for the table, e.g. "p95 ≤ 10 ms". */
  target: string;
  /** Passes the target? Given the run's figures by metric name. */
  meets?: (figures: Record<string, number>) => boolean;
  run(size: number): Promise<ScenarioResult>;
}
