// Everyone the desk has recorded, newest first, searchable by name or phone; a row opens the
// person. Only the ids are loaded for the whole list, the people themselves only for the rows
// on screen, so it stays instant at 100,000 people.
import {
  Button,
  Center,
  Group,
  Kbd,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fullName } from '../../../domain/people/personTokens';
import { ExportMenu } from '../../ui/export/ExportMenu';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { VirtualTable, type VirtualColumn, type VirtualTableHandle } from '../../ui/VirtualTable';
import type { Person } from './peopleRepository';
import { placeOf } from './PersonFacts';
import { usePeopleExport } from './usePeopleExport';
import { usePeopleRows } from './usePeopleRows';
import { useMay } from '../accounts';

function usePeopleColumns(people: ReadonlyMap<string, Person>): VirtualColumn<string>[] {
  const { t, i18n } = useTranslation('people');
  const lng = i18n.language;
  return useMemo(() => {
    const cell = (render: (p: Person) => React.ReactNode) => (id: string) => {
      const person = people.get(id);
      return person ? render(person) : '';
    };
    return [
      {
        id: 'name',
        header: t('list.name'),
        width: '16rem',
        cell: cell((p) => (
          <Text size="sm" fw={600} span>
            {fullName(p)}
          </Text>
        )),
      },
      {
        id: 'birthDate',
        header: t('fields.birthDate'),
        width: '9rem',
        cell: cell((p) => (p.birthDate ? formatDate(lng, p.birthDate) : '')),
      },
      {
        id: 'phone',
        header: t('fields.phone'),
        width: '10rem',
        cell: cell((p) => <span dir="ltr">{p.phone}</span>),
      },
      { id: 'place', header: t('list.place'), width: '16rem', cell: cell(placeOf) },
      {
        id: 'added',
        header: t('list.added'),
        width: '9rem',
        cell: cell((p) => formatDate(lng, p.createdAt)),
      },
    ];
  }, [t, lng, people]);
}

function NoPeopleYet() {
  const { t } = useTranslation('people');
  return (
    <Center py={60} data-testid="people-empty">
      <Stack align="center" gap="sm" maw={480}>
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          <IconUsers size={30} />
        </ThemeIcon>
        <Title order={2} size="h3" ta="center">
          {t('list.emptyTitle')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('list.emptyBody')}
        </Text>
        <Button component={Link} to="/cases/new">
          {t('list.emptyAction')}
        </Button>
      </Stack>
    </Center>
  );
}

export function PeopleListPage() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const table = useRef<VirtualTableHandle>(null);
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const onRangeChange = useCallback((first: number, last: number) => setRange([first, last]), []);
  const { ids, people } = usePeopleRows(query, range);
  const columns = usePeopleColumns(people);
  const exporter = usePeopleExport();
  const mayExport = useMay('exportData');

  if (ids && ids.length === 0 && !query) {
    return (
      <Stack gap="md">
        <PageHeader title={t('list.title')} />
        <NoPeopleYet />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <PageHeader
        title={t('list.title')}
        aside={
          mayExport && (
            <ExportMenu
              state={exporter.state}
              onCancel={exporter.cancel}
              disabled={!ids || ids.length === 0}
              onExport={(format) => ids && void exporter.exportPeople(ids, query, format)}
            />
          )
        }
      />
      <TextInput
        type="search"
        label={t('list.search')}
        placeholder={t('list.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        }
        value={query}
        maw={420}
        data-page-search
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setQuery('');
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            table.current?.focusFirstRow();
          }
        }}
      />
      <Group role="status" aria-live="polite">
        <Text size="sm" fw={600} data-testid="people-count">
          {ids === undefined
            ? t('list.loading')
            : t(query ? 'list.matches' : 'list.count', {
                count: ids.length,
              })}
        </Text>
      </Group>
      {ids && ids.length === 0 ? (
        <Text c="dimmed">{t('list.noMatch')}</Text>
      ) : (
        <VirtualTable
          ref={table}
          label={t('list.title')}
          rows={ids ?? []}
          columns={columns}
          rowKey={(id) => id}
          onOpen={(id) => void navigate(`/people/${id}`)}
          onRangeChange={onRangeChange}
        />
      )}
    </Stack>
  );
}
