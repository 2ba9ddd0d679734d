// A table that stays instant with 100,000 rows: only the rows in view are in the page
// (@tanstack/react-virtual), the header stays in view, columns can sort, and the keyboard
// moves between rows (arrows, Home, End, Page Up/Down) and opens one with Enter.
import { Box, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useFillHeight } from './useFillHeight';
import classes from './VirtualTable.module.css';
import { VirtualTableHead } from './VirtualTableHead';

export interface VirtualColumn<R> {
  id: string;
  header: string;
  width: string;
  cell: (row: R) => ReactNode;
  sortable?: boolean;
}

export interface VirtualTableHandle {
  focusFirstRow: () => void;
}

interface Props<R> {
  rows: readonly R[];
  columns: readonly VirtualColumn<R>[];
  rowKey: (row: R) => string;
  onOpen: (row: R) => void;
  label: string;
  sort?: { key: string; descending: boolean };
  onSort?: (key: string) => void;
  rowHeight?: number;
  /** Told which rows are on screen, e.g. to read only their details. */
  onRangeChange?: (first: number, last: number) => void;
  ref?: Ref<VirtualTableHandle>;
}

const PAGE = 10;

/** Where a navigation key moves the focus from row `index`, or null for other keys. */
export function rowKeyTarget(key: string, index: number, count: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + PAGE,
    PageUp: index - PAGE,
    Home: 0,
    End: count - 1,
  };
  return key in moves ? Math.max(0, Math.min(count - 1, moves[key]!)) : null;
}

export function VirtualTable<R>(props: Props<R>) {
  const { rows, columns, rowKey, onOpen, label, sort, onSort, rowHeight = 44, ref } = props;
  const { onRangeChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(scrollRef);
  const [active, setActive] = useState(0);
  // Its functions are only called during render and in handlers, never memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const current = Math.min(active, Math.max(rows.length - 1, 0));
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items[items.length - 1]?.index ?? -1;
  useEffect(() => onRangeChange?.(firstShown, lastShown), [firstShown, lastShown, onRangeChange]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActive(target);
    virtualizer.scrollToIndex(target);
    // The row may only exist after the virtualiser renders it.
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus(),
    );
  };
  useImperativeHandle(ref, () => ({ focusFirstRow: () => focusRow(0) }));

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = rowKeyTarget(event.key, index, rows.length);
    if (target !== null) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(rows[index]!);
    }
  };

  return (
    <Box ref={scrollRef} h={height} style={{ overflow: 'auto' }} data-testid="virtual-table">
      <Table
        stickyHeader
        highlightOnHover
        aria-label={label}
        aria-rowcount={rows.length + 1}
        style={{ tableLayout: 'fixed', minWidth: 880 }}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <VirtualTableHead columns={columns} sort={sort} onSort={onSort} />
        <Table.Tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <Table.Tr
                key={rowKey(row)}
                data-row-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === current ? 0 : -1}
                onClick={() => onOpen(row)}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index)}
                style={{ height: rowHeight, cursor: 'pointer' }}
                className={classes.row}
              >
                {columns.map((column) => (
                  <Table.Td key={column.id} className={classes.cell}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
