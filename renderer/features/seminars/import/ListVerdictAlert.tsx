// What stops an import before any row is looked at: the file does not look like a registration
// list (most columns mean nothing to one, or most rows lack what one needs), or it has no column
// for a name. Unrecognised columns that do not stop it are a note.
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CheckedList } from '../../../../domain/seminars/registrationCsv';
import { formatList } from '../../../ui/format';

export function ListVerdictAlert({ checked }: { checked: CheckedList }) {
  const { t, i18n } = useTranslation('seminars');
  const { verdict } = checked;
  const column = (field: string) => t(`import.columnNames.${field as 'givenName'}`);
  if (verdict.kind === 'notAList') {
    return (
      <Alert color="red" role="alert" title={t('import.notAList.title')} data-testid="not-a-list">
        {verdict.reason === 'columns'
          ? t('import.notAList.columns', { known: verdict.known, total: verdict.total })
          : t('import.notAList.rows', { bad: verdict.bad, total: verdict.total })}
      </Alert>
    );
  }
  if (verdict.kind === 'missingColumns') {
    return (
      <Alert color="red" role="alert" data-testid="missing-columns">
        {t('import.missingColumns', {
          columns: formatList(i18n.language, checked.missingColumns.map(column)),
        })}
      </Alert>
    );
  }
  if (checked.unknownColumns.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} data-testid="unknown-columns">
      {t('import.unknownColumns', { columns: formatList(i18n.language, checked.unknownColumns) })}
    </Alert>
  );
}
