export function postgresBin(): string;
export interface ThrowawayPostgres {
  port: number;
  superUrl: string;
  version: string;
  createDatabase(name: string): Promise<{ appUrl: string; ownerUrl: string }>;
  stop(): Promise<void>;
}
export function startPostgres(options?: {
  durable?: boolean;
  asyncCommit?: boolean;
}): Promise<ThrowawayPostgres>;
