// Sample data: a seeded generator of realistic desk data for trying Tulay out, training staff
// and benchmarks. Every record it makes carries `sample: true`.
export {
  createSampleGenerator,
  sampleProfileFor,
  type SampleGenerator,
  type SampleGeneratorOptions,
} from './generator';
export { createRandom, mulberry32, type Random } from './random';
export { LEGAZPI_BARANGAYS, TERRASSA_NEIGHBOURHOODS } from './places';
export type {
  SampleBatch,
  SampleCase,
  SampleCaseEvent,
  SampleConsent,
  SampleHousehold,
  SamplePerson,
} from './types';
