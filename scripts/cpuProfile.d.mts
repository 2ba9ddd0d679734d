export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}
export function topFunctions(
  profile: CpuProfile,
  count?: number,
): { name: string; ms: number; share: number }[];
export function startProfiler(page: unknown): Promise<{ stop(path: string): Promise<void> }>;
