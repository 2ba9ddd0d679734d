// Whether this desk holds sample data, and how much: live, cheap (one settings record), so the
// app header can show its badge on every screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db';
import { readSampleSummary, type SampleDataSummary } from './sampleManifest';

/** undefined while loading, null when there is no sample data. */
export function useSampleDataSummary(): SampleDataSummary | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readSampleSummary(db), [db]);
}
