// Every benchmark scenario, in the order of the table. A new capability adds its own here.
import type { Scenario } from '../types';
import { bulkWrite } from './bulkWrite';
import { caseList } from './caseList';
import { intakeSave } from './intakeSave';
import { prefixSearch } from './prefixSearch';

export const SCENARIOS: readonly Scenario[] = [intakeSave, prefixSearch, caseList, bulkWrite];
