// The import's steps: pick a file → read it (refused if it is not a CSV text, or is broken) →
// check every row and plan what would happen (nothing is written) while the officer says what
// unrecognised columns hold and the legal basis for the records → on confirmation, write the
// valid rows in one transaction.
import { useCallback, useRef, useState } from 'react';
import { localDay } from '../../../../domain/localDay';
import type { ColumnChoice } from '../../../../domain/seminars/csvColumns';
import {
  checkRegistrationList,
  type CheckedList,
  type SourceRow,
} from '../../../../domain/seminars/registrationCsv';
import { useDatabase } from '../../../db';
import { FileTooLargeError, platform } from '../../../platform';
import { planImport, type ImportBasis, type ImportPlan, type ListRow } from '../importRepository';
import { useSeminarActions } from '../useSeminarActions';
import { readRegistrationFile } from './parseRegistrationCsv';

const MAX_BYTES = 5 * 1024 * 1024;

export type FileProblem =
  | { kind: 'tooLarge' | 'empty' }
  | { kind: 'notText'; spreadsheet: boolean }
  | { kind: 'brokenQuotes'; line: number };

export interface Preview {
  stage: 'preview';
  fileName: string;
  table: SourceRow[];
  choices: ReadonlyMap<number, ColumnChoice>;
  checked: CheckedList;
  plan: ImportPlan | null;
}

export type ImportState =
  | { stage: 'choose'; problem?: FileProblem | undefined }
  | Preview
  | { stage: 'done'; fileName: string; result: ImportPlan };

export function validRows(checked: CheckedList): ListRow[] {
  return checked.rows.flatMap((row) =>
    row.registrant ? [{ line: row.line, registrant: row.registrant }] : [],
  );
}

async function openList() {
  try {
    return await platform.openFile({
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      maxBytes: MAX_BYTES,
    });
  } catch (error) {
    if (error instanceof FileTooLargeError) return 'tooLarge' as const;
    throw error;
  }
}

export function useRegistrationImport(seminarId: string) {
  const db = useDatabase();
  const actions = useSeminarActions();
  const [state, setState] = useState<ImportState>({ stage: 'choose' });
  // Each new check plans again; only the latest plan may land.
  const latest = useRef(0);

  const show = useCallback(
    async (preview: Omit<Preview, 'stage' | 'checked' | 'plan'>) => {
      const checked = checkRegistrationList(preview.table, localDay(), preview.choices);
      const turn = ++latest.current;
      setState({ stage: 'preview', ...preview, checked, plan: null });
      if (checked.verdict.kind !== 'ok') return;
      const plan = await planImport(db, seminarId, validRows(checked));
      if (turn === latest.current) setState({ stage: 'preview', ...preview, checked, plan });
    },
    [db, seminarId],
  );

  const pick = useCallback(async () => {
    const file = await openList();
    if (file === 'tooLarge') return setState({ stage: 'choose', problem: { kind: 'tooLarge' } });
    if (!file) return;
    const read = readRegistrationFile(file.data);
    if (read.kind !== 'table') return setState({ stage: 'choose', problem: read });
    const checked = checkRegistrationList(read.rows, localDay());
    if (checked.rows.length === 0) return setState({ stage: 'choose', problem: { kind: 'empty' } });
    await show({ fileName: file.name, table: read.rows, choices: new Map() });
  }, [show]);

  const choose = useCallback(
    (column: number, choice: ColumnChoice | null) => {
      if (state.stage !== 'preview') return Promise.resolve();
      const choices = new Map(state.choices);
      if (choice) choices.set(column, choice);
      else choices.delete(column);
      return show({ fileName: state.fileName, table: state.table, choices });
    },
    [show, state],
  );

  const confirm = useCallback(
    async (basis: ImportBasis) => {
      if (state.stage !== 'preview') return;
      const result = await actions.importList(seminarId, validRows(state.checked), basis);
      setState({ stage: 'done', fileName: state.fileName, result });
    },
    [actions, seminarId, state],
  );

  const reset = useCallback(() => setState({ stage: 'choose' }), []);
  return { state, pick, choose, confirm, reset };
}
