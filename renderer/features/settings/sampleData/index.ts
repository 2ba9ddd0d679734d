// Sample data: load generated people and cases to try Tulay out, train staff or benchmark it,
// and remove them in one step. Its Settings panel and the header's "sample data" badge.
export {
  loadSampleData,
  writeSampleBatch,
  DEFAULT_CHUNK_CASES,
  MAX_SAMPLE_CASES,
  type LoadSampleOptions,
  type LoadSampleResult,
  type SampleProgress,
} from './loadSampleData';
export { removeSampleData, type RemoveSampleOptions } from './removeSampleData';
export {
  readSampleSummary,
  SAMPLE_DATA_KEY,
  type SampleDataCounts,
  type SampleDataSummary,
} from './sampleManifest';
export { SampleDataPanel } from './SampleDataPanel';
export { useSampleDataSummary } from './useSampleDataSummary';
