// Every case of the desk: search, filter chips, the count of matches, and a virtualised table
// that opens a case on click or Enter. Stays instant at 100,000 cases (see useCaseSummaries).
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportMenu } from '../../../ui/export/ExportMenu';
import { formatNumber } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useErrorText } from '../../../ui/useErrorText';
import { VirtualTable, type VirtualTableHandle } from '../../../ui/VirtualTable';
import { useMay } from '../../accounts';
import { NO_FILTERS, type SortKey } from './caseFilters';
import { CaseFilterBar } from './CaseFilterBar';
import { NoCasesYet, NoMatchingCases } from './CaseListEmpty';
import { CaseSearchInput } from './CaseSearchInput';
import { useCaseColumns } from './useCaseColumns';
import { useCaseExport } from './useCaseExport';
import { SEARCH_LIMIT } from './useCaseSearch';
import { useCaseListView } from './useCaseListView';
import { usePeopleNames } from './usePeopleNames';

export function CaseListPage() {
  const { t, i18n } = useTranslation('caseList');
  const { t: tLogbook } = useTranslation('logbook');
  const describeError = useErrorText();
  const navigate = useNavigate();
  const view = useCaseListView();
  const table = useRef<VirtualTableHandle>(null);
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const onRangeChange = useCallback((first: number, last: number) => setRange([first, last]), []);
  const names = usePeopleNames(
    view.rows.slice(range[0], range[1] + 1).flatMap((c) => [c.clientId, c.ofwId ?? c.clientId]),
  );
  const columns = useCaseColumns(view.overdueIds, names);
  const exporter = useCaseExport();
  // Exports and the logbook import are for a supervisor or administrator (domain/roles.ts).
  const mayExport = useMay('exportData');
  const mayImport = useMay('importCases');
  const { query, update } = view;
  const n = (value: number) => formatNumber(i18n.language, value);
  const sortBy = (key: string) =>
    update({
      sort: {
        key: key as SortKey,
        descending: query.sort.key === key ? !query.sort.descending : key !== 'reference',
      },
    });
  const newCase = (
    <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('newCase')}
    </Button>
  );
  // The file holds the rows the list shows, so it waits until the list is whole and settled.
  const actions = (
    <Group gap="sm">
      {mayExport && (
        <ExportMenu
          state={exporter.state}
          onCancel={exporter.cancel}
          disabled={!view.complete || view.searching || view.rows.length === 0}
          onExport={(format) =>
            void exporter.exportCases(
              view.rows.map((c) => c.id),
              query,
              format,
            )
          }
        />
      )}
      {mayImport && (
        <Button
          component={Link}
          to="/cases/import"
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
        >
          {tLogbook('open')}
        </Button>
      )}
      {newCase}
    </Group>
  );

  if (view.ready && view.complete && view.total === 0) {
    return (
      <Stack gap="md">
        <PageHeader title={t('title')} />
        <NoCasesYet />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <PageHeader title={t('title')} aside={actions} />
      {view.failure !== undefined && (
        <Alert color="red" role="alert">
          {t('loadFailed', { reason: describeError(view.failure) })}
        </Alert>
      )}
      <CaseSearchInput
        value={query.search}
        searching={view.searching}
        onSearch={(search) => update({ search })}
        onArrowDown={() => table.current?.focusFirstRow()}
      />
      <CaseFilterBar
        filters={query.filters}
        countries={view.countries}
        onChange={(filters) => update({ filters })}
      />
      <Group gap="xs" role="status" aria-live="polite">
        <Text size="sm" fw={600} data-testid="case-count">
          {view.complete
            ? t('count', { shown: n(view.rows.length), count: view.total })
            : t('counting', { shown: n(view.rows.length), loaded: n(view.loaded) })}
        </Text>
        {view.capped && (
          <Text size="sm" c="dimmed">
            {t('search.capped', { count: SEARCH_LIMIT })}
          </Text>
        )}
      </Group>
      {view.ready && view.rows.length === 0 && !view.searching ? (
        <NoMatchingCases onClear={() => update({ search: '', filters: NO_FILTERS })} />
      ) : (
        <VirtualTable
          ref={table}
          label={t('title')}
          rows={view.rows}
          columns={columns}
          rowKey={(c) => c.id}
          onOpen={(c) => void navigate(`/cases/${c.id}`)}
          sort={query.sort}
          onSort={sortBy}
          onRangeChange={onRangeChange}
        />
      )}
    </Stack>
  );
}
