// Why a chosen file could not be read at all: too large, empty, not a text file (an image, a
// workbook in Excel's own format), or a quote never closed. Nothing was imported.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from './useRegistrationImport';

export function FileProblemAlert({ problem }: { problem: FileProblem }) {
  const { t } = useTranslation('seminars');
  const text =
    problem.kind === 'brokenQuotes'
      ? t('import.problems.brokenQuotes', { line: problem.line })
      : problem.kind === 'notText'
        ? t(problem.spreadsheet ? 'import.problems.workbook' : 'import.problems.notText')
        : t(`import.problems.${problem.kind}`);
  return (
    <Alert color="red" role="alert" data-testid="file-problem">
      {text}
    </Alert>
  );
}
