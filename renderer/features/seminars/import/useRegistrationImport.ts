// The import's steps: pick a file → check every row and plan what would happen (nothing is
// written) → on confirmation, write the valid rows in one transaction.
import { useCallback, useState } from 'react';
import { localDay } from '../../../../domain/localDay';
import {
  checkRegistrationList,
  type CheckedList,
} from '../../../../domain/seminars/registrationCsv';
import { useDatabase } from '../../../db';
import { FileTooLargeError, platform } from '../../../platform';
import { planImport, type ImportPlan, type ListRow } from '../importRepository';
import { useSeminarActions } from '../useSeminarActions';
import { decodeCsv, parseCsvTable } from './parseRegistrationCsv';

const MAX_BYTES = 5 * 1024 * 1024;

export type ImportState =
  | { stage: 'choose'; problem?: 'tooLarge' | 'empty' | undefined }
  | { stage: 'preview'; fileName: string; checked: CheckedList; plan: ImportPlan | null }
  | { stage: 'done'; fileName: string; result: ImportPlan };

export function validRows(checked: CheckedList): ListRow[] {
  return checked.rows.flatMap((row) =>
    row.registrant ? [{ line: row.line, registrant: row.registrant }] : [],
  );
}

export function useRegistrationImport(seminarId: string) {
  const db = useDatabase();
  const actions = useSeminarActions();
  const [state, setState] = useState<ImportState>({ stage: 'choose' });

  const pick = useCallback(async () => {
    let file;
    try {
      file = await platform.openFile({
        filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
        maxBytes: MAX_BYTES,
      });
    } catch (error) {
      if (error instanceof FileTooLargeError)
        return setState({ stage: 'choose', problem: 'tooLarge' });
      throw error;
    }
    if (!file) return;
    const checked = checkRegistrationList(parseCsvTable(decodeCsv(file.data)), localDay());
    if (checked.rows.length === 0) return setState({ stage: 'choose', problem: 'empty' });
    setState({ stage: 'preview', fileName: file.name, checked, plan: null });
    const plan = await planImport(db, seminarId, validRows(checked));
    setState({ stage: 'preview', fileName: file.name, checked, plan });
  }, [db, seminarId]);

  const confirm = useCallback(async () => {
    if (state.stage !== 'preview') return;
    const result = await actions.importList(seminarId, validRows(state.checked));
    setState({ stage: 'done', fileName: state.fileName, result });
  }, [actions, seminarId, state]);

  const reset = useCallback(() => setState({ stage: 'choose' }), []);
  return { state, pick, confirm, reset };
}
