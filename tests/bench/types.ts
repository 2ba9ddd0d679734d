// A benchmark scenario: one figure family of the performance targets, measured at a given data size inside
// the real renderer code in Chromium. Later capabilities (sync, import) add a file to
// scenarios/ and a line to scenarios/index.ts; the runner and the table pick them up.

/** A target bound on one figure; plain data, so it crosses from the page to the runner. */
export interface Target {
  atMost?: number;
  atLeast?: number;
  /** The data size the target is set for (e.g. 100,000 cases); every size when absent. */
  atSize?: number;
}

export interface Metric {
  /** One run's figure, e.g. the p95 of 200 save latencies in ms. */
  value: number;
  unit: 'ms' | 'records/s' | 'ratio' | 'MB';
  target?: Target;
}

export interface ScenarioResult {
  metrics: Record<string, Metric>;
  notes?: string[];
}

export interface Scenario {
  id: string;
  title: string;
  /**
   * Whether the figures depend on the number of cases. A scenario that does not (the stakeholder
   * graph with 300 organisations) runs once per run, not once per size.
   */
  scalesWithCases: boolean;
  /**
   * Parts that each run in a browser profile of their own, thrown away after the part. A part that
   * writes a million records leaves LevelDB compacting and a database that takes minutes to delete,
   * which would slow whatever runs next in the same profile. Without parts, a run is one call.
   */
  parts?: readonly string[];
  /** One run, or with parts, one part of a run. */
  run(size: number, part?: string): Promise<ScenarioResult>;
  /** With parts: a run's figures from the figures of its parts, keyed by part. */
  combine?(parts: Record<string, ScenarioResult>): ScenarioResult;
}
