// Every benchmark scenario, in the order of the table. A new capability adds its own here.
import type { Scenario } from '../types';
import { bulkWrite } from './bulkWrite';
import { intakeSave } from './intakeSave';
import { prefixSearch } from './prefixSearch';

export const SCENARIOS: readonly Scenario[] = [intakeSave, prefixSearch, bulkWrite];
