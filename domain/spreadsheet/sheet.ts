import type { CellValue } from './cells';

/** One sheet of a workbook (an export with several tables writes one sheet each). */
export interface Sheet {
  /** At most 31 characters, as Excel requires; longer names are cut. */
  name: string;
  rows: readonly (readonly CellValue[])[];
}
