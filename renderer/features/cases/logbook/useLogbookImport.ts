// The logbook import's steps and what each needs: the file (its encoding or sheet), how each
// column is read, what the values of the category, status, relationship and country columns
// stand for, the date order, then a preview that writes nothing (the same work as the import,
// in a read-only transaction), then one all-or-nothing import with progress and a cancel.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkLogbook,
  columnValues,
  type CheckedLogbook,
} from '../../../../domain/cases/logbook/checkLogbook';
import type { LogbookChoice } from '../../../../domain/cases/logbook/logbookColumns';
import {
  judgeDateOrder,
  type DateOrderVerdict,
  type NumericOrder,
} from '../../../../domain/cases/logbook/logbookDates';
import {
  distinctValues,
  guessValueMapping,
  valueKey,
  VALUE_KINDS,
  type ValueKind,
  type ValueMapping,
} from '../../../../domain/cases/logbook/logbookValues';
import { presetValueOptions } from '../../../../domain/cases/logbook/presetOptions';
import { localDay } from '../../../../domain/localDay';
import { LANGUAGES } from '../../../../domain/records/desk';
import type { SourceRow } from '../../../../domain/seminars/registrationCsv';
import { useWriteContext } from '../../../db';
import { FileTooLargeError, platform } from '../../../platform';
import { useDesk, usePreset } from '../../settings';
import { importLogbook, type LogbookSummary } from './logbookRepository';
import {
  readCsvLogbook,
  readLogbookFile,
  type Encoding,
  type LogbookFile,
} from './readLogbookFile';

/** A logbook of 10,000 rows is about 2 MB as CSV; a workbook with formatting is larger. */
const MAX_BYTES = 30 * 1024 * 1024;

export type Step = 'file' | 'columns' | 'values' | 'preview' | 'done';
export const STEPS: readonly Step[] = ['file', 'columns', 'values', 'preview', 'done'];

export type FileProblem =
  | { kind: 'tooLarge' | 'empty' | 'notText' | 'unreadable' }
  | { kind: 'brokenQuotes'; line: number };

type Readable = Extract<LogbookFile, { kind: 'csv' | 'workbook' }>;

export interface Source {
  fileName: string;
  data: Uint8Array;
  file: Readable;
  /** The sheet of a workbook. */
  sheet: number;
}

/** One distinct value of a column, the guess, and what it will be read as. */
export interface ValueRow {
  key: string;
  value: string;
  count: number;
  guess: string | null;
  /** The id it is read as; null: "not mapped" (its rows are refused). */
  mapped: string | null;
  /** Neither guessed nor decided by the officer: the import waits for a decision. */
  undecided: boolean;
}

export interface Progress {
  done: number;
  total: number;
}

const tableOf = (source: Source): SourceRow[] =>
  source.file.kind === 'csv' ? source.file.rows : (source.file.sheets[source.sheet]?.rows ?? []);

const hasRows = (rows: readonly SourceRow[]) =>
  rows.some((row) => row.cells.some((cell) => cell.trim() !== ''));

function problemOf(file: LogbookFile): FileProblem | null {
  if (file.kind === 'brokenQuotes') return file;
  if (file.kind === 'notText' || file.kind === 'unreadable') return { kind: file.kind };
  const empty =
    file.kind === 'csv' ? !hasRows(file.rows) : !file.sheets.some((s) => hasRows(s.rows));
  return empty ? { kind: 'empty' } : null;
}

async function openLogbook() {
  try {
    return await platform.openFile({
      filters: [{ name: 'CSV, Excel', extensions: ['csv', 'txt', 'xlsx', 'xls'] }],
      maxBytes: MAX_BYTES,
    });
  } catch (error) {
    if (error instanceof FileTooLargeError) return 'tooLarge' as const;
    throw error;
  }
}

type Decisions = Record<ValueKind, ReadonlyMap<string, string | null>>;
const NO_DECISIONS: Decisions = {
  category: new Map(),
  status: new Map(),
  relationship: new Map(),
  country: new Map(),
};

export function useLogbookImport() {
  const { i18n } = useTranslation();
  const ctx = useWriteContext();
  const preset = usePreset();
  const { profile } = useDesk();
  const [step, setStep] = useState<Step>('file');
  const [source, setSource] = useState<Source | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, LogbookChoice>>(new Map());
  const [decisions, setDecisions] = useState<Decisions>(NO_DECISIONS);
  const [orderChoice, setOrderChoice] = useState<NumericOrder | null>(null);
  // The read-only pass of the preview, for the checked rows it was worked out from.
  const [planned, setPlanned] = useState<{
    of: CheckedLogbook;
    plan?: LogbookSummary;
    error?: unknown;
  } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [summary, setSummary] = useState<LogbookSummary | null>(null);
  const abort = useRef<AbortController | null>(null);

  const options = useMemo(
    () =>
      presetValueOptions(
        preset,
        LANGUAGES.map((lng) => (i18n.getResourceBundle(lng, 'presets') as object) ?? {}),
      ),
    [preset, i18n],
  );

  const table = useMemo(() => (source ? tableOf(source) : []), [source]);

  const columnsOf = useMemo(() => {
    const byKind = {} as Record<ValueKind, string[]>;
    for (const kind of VALUE_KINDS) byKind[kind] = columnValues(table, kind, choices);
    return byKind;
  }, [table, choices]);

  const guesses = useMemo(() => guessValueMapping(columnsOf, options), [columnsOf, options]);

  const valueRows = useMemo(() => {
    const rows = {} as Record<ValueKind, ValueRow[]>;
    for (const kind of VALUE_KINDS) {
      rows[kind] = distinctValues(columnsOf[kind]).map(({ value, count }) => {
        const key = valueKey(value);
        const guess = guesses[kind].get(key) ?? null;
        const decided = decisions[kind].has(key);
        const mapped = decided ? (decisions[kind].get(key) ?? null) : guess;
        return { key, value, count, guess, mapped, undecided: !decided && guess === null };
      });
    }
    return rows;
  }, [columnsOf, guesses, decisions]);

  const values = useMemo((): ValueMapping => {
    const mapping = {} as Record<ValueKind, Map<string, string | null>>;
    for (const kind of VALUE_KINDS)
      mapping[kind] = new Map(valueRows[kind].map((row) => [row.key, row.mapped]));
    return mapping;
  }, [valueRows]);

  const verdict: DateOrderVerdict = useMemo(
    () =>
      judgeDateOrder([
        ...columnValues(table, 'openedDate', choices),
        ...columnValues(table, 'birthDate', choices),
      ]),
    [table, choices],
  );
  const needsOrder = !verdict.proven && (verdict.ambiguous > 0 || verdict.mixed);
  const order: NumericOrder = orderChoice ?? verdict.proven ?? 'dmy';

  const checked: CheckedLogbook | null = useMemo(
    () =>
      source
        ? checkLogbook(table, {
            order,
            values,
            initialStatus: preset.initialStatus,
            defaultRole: preset.clientRoles[0]!,
            today: localDay(),
            choices,
          })
        : null,
    [source, table, order, values, preset, choices],
  );

  const importOptions = useMemo(
    () => ({ preset, referencePrefix: profile.referencePrefix }),
    [preset, profile.referencePrefix],
  );

  // The preview plans the import (people matched, rows already imported) without writing.
  useEffect(() => {
    if (step !== 'preview' || !checked) return;
    let current = true;
    importLogbook(ctx, checked.rows, { ...importOptions, dryRun: true }).then(
      (plan) => current && setPlanned({ of: checked, plan }),
      (error: unknown) => current && setPlanned({ of: checked, error: error ?? new Error('plan') }),
    );
    return () => {
      current = false;
    };
  }, [step, checked, ctx, importOptions]);

  const start = (next: Source) => {
    setSource(next);
    setProblem(null);
    setChoices(new Map());
    setDecisions(NO_DECISIONS);
    setOrderChoice(null);
    setSummary(null);
    setCancelled(false);
  };

  const pick = useCallback(async () => {
    const opened = await openLogbook();
    if (opened === 'tooLarge') return setProblem({ kind: 'tooLarge' });
    if (!opened) return;
    const file = await readLogbookFile(opened.data);
    const found = problemOf(file);
    if (found) return setProblem(found);
    const readable = file as Readable;
    const sheet =
      readable.kind === 'workbook'
        ? Math.max(
            0,
            readable.sheets.findIndex((s) => hasRows(s.rows)),
          )
        : 0;
    start({ fileName: opened.name, data: opened.data, file: readable, sheet });
  }, []);

  const chooseEncoding = useCallback(
    (encoding: Encoding) => {
      if (!source) return;
      const file = readCsvLogbook(source.data, encoding);
      const found = problemOf(file);
      if (found) return setProblem(found);
      start({ ...source, file: file as Readable });
    },
    [source],
  );

  const chooseSheet = useCallback(
    (sheet: number) => {
      if (source) start({ ...source, sheet });
    },
    [source],
  );

  const chooseColumn = useCallback((column: number, choice: LogbookChoice | null) => {
    setChoices((previous) => {
      const next = new Map(previous);
      if (choice) next.set(column, choice);
      else next.delete(column);
      return next;
    });
  }, []);

  const chooseValue = useCallback((kind: ValueKind, key: string, id: string | null) => {
    setDecisions((previous) => {
      const next = new Map(previous[kind]);
      next.set(key, id);
      return { ...previous, [kind]: next };
    });
  }, []);

  const run = useCallback(async () => {
    if (!checked) return;
    const controller = new AbortController();
    abort.current = controller;
    setCancelled(false);
    setProgress({ done: 0, total: 0 });
    try {
      const result = await importLogbook(ctx, checked.rows, {
        ...importOptions,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setSummary(result);
      setStep('done');
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      setCancelled(true);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }, [checked, ctx, importOptions]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const restart = useCallback(() => {
    setSource(null);
    setProblem(null);
    setSummary(null);
    setStep('file');
  }, []);

  const undecided = VALUE_KINDS.reduce(
    (sum, kind) => sum + valueRows[kind].filter((row) => row.undecided).length,
    0,
  );

  const current = planned && planned.of === checked ? planned : null;
  const plan = current?.plan ?? null;
  const planError = current?.error ?? null;

  return {
    step,
    setStep,
    source,
    problem,
    table,
    checked,
    valueRows,
    options,
    verdict,
    needsOrder,
    orderChoice,
    setOrderChoice,
    undecided,
    plan,
    planError,
    progress,
    cancelled,
    summary,
    pick,
    chooseEncoding,
    chooseSheet,
    chooseColumn,
    chooseValue,
    run,
    cancel,
    restart,
  };
}

export type LogbookImport = ReturnType<typeof useLogbookImport>;
