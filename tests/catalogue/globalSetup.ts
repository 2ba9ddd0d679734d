// Starts one throw-away PostgreSQL cluster for the catalogue suite (unless the run asks for
// PGlite only) and hands its URLs to the tests.
import type { TestProject } from 'vitest/node';
import { startPostgres, type ThrowawayPostgres } from '../../scripts/postgres.mjs';
import { testDatabaseKinds } from './kinds';

let cluster: ThrowawayPostgres | undefined;

export async function setup(project: TestProject) {
  if (!testDatabaseKinds().includes('postgres')) return;
  cluster = await startPostgres();
  const urls = await cluster.createDatabase('tulay_test');
  project.provide('postgres', { ...urls, superUrl: cluster.superUrl, version: cluster.version });
}

export async function teardown() {
  await cluster?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { appUrl: string; ownerUrl: string; superUrl: string; version: string };
  }
}
