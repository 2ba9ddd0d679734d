// The sticky header row of VirtualTable: column names, sortable ones as buttons that say
// their direction (aria-sort) and show it with an arrow. A name longer than its column wraps,
// inside a word if it must ("Pagkaapurahan"), rather than being cut off.
import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';

export interface HeadColumn {
  id: string;
  header: string;
  sortable?: boolean;
}

interface Props {
  columns: readonly HeadColumn[];
  sort?: { key: string; descending: boolean } | undefined;
  onSort?: ((key: string) => void) | undefined;
}

function SortButton({
  label,
  state,
  onSort,
}: {
  label: string;
  state: 'asc' | 'desc' | null;
  onSort: () => void;
}) {
  const Icon = state === 'asc' ? IconArrowUp : state === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton
      onClick={onSort}
      fw={700}
      fz="sm"
      style={{ display: 'inline-flex', gap: 4, alignItems: 'center', maxWidth: '100%' }}
    >
      <span style={{ minWidth: 0 }}>{label}</span>
      <Icon size={14} aria-hidden opacity={state ? 1 : 0.4} style={{ flexShrink: 0 }} />
    </UnstyledButton>
  );
}

export function VirtualTableHead({ columns, sort, onSort }: Props) {
  return (
    <Table.Thead style={{ zIndex: 1 }}>
      <Table.Tr aria-rowindex={1}>
        {columns.map((column) => {
          const state = sort?.key === column.id ? (sort.descending ? 'desc' : 'asc') : null;
          const ariaSort =
            state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : undefined;
          return (
            <Table.Th key={column.id} aria-sort={ariaSort} style={{ overflowWrap: 'anywhere' }}>
              {column.sortable && onSort ? (
                <SortButton label={column.header} state={state} onSort={() => onSort(column.id)} />
              ) : (
                column.header
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
