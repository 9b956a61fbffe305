/**
 * The result grid: a real <table> (headers, sort buttons, aria-sort) whose body is virtualised,
 * so 100,000 rows scroll smoothly. NULL is shown as a styled NULL, numbers are right-aligned.
 */
import { type ColumnDef, getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { columnWidths } from './gridLayout';
import { cellText, isNumericType, type QueryResult, type ResultRow, sortRows } from './result';

const ROW_PX = 28;

export interface ResultGridProps {
  result: QueryResult;
  /** Rows to show at most (the rest are still exported). */
  limit: number;
  label: string;
  sortLabel: (column: string) => string;
}

export function ResultGrid({ result, limit, label, sortLabel }: ResultGridProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const scroller = useRef<HTMLElement>(null);

  // Sorting covers every row of the result, then the first `limit` are shown.
  const rows = useMemo(() => {
    const sort = sorting[0];
    const sorted = sort ? sortRows(result.rows, sort.id, sort.desc) : result.rows;
    return sorted.length > limit ? sorted.slice(0, limit) : sorted;
  }, [result.rows, sorting, limit]);
  const widths = useMemo(() => columnWidths(result), [result]);
  const columns = useMemo<ColumnDef<ResultRow>[]>(
    () => result.columns.map((c) => ({ id: c.name, accessorFn: (row: ResultRow) => row[c.name], header: c.name })),
    [result.columns],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    enableMultiSort: false,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const totalWidth = widths.reduce((a, b) => a + b, 0);

  return (
    <section ref={scroller} className="sql-grid-scroll" tabIndex={0} aria-label={label}>
      <table className="sql-grid" style={{ width: totalWidth }} aria-rowcount={tableRows.length + 1}>
        <colgroup>
          {widths.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header, i) => {
                const sorted = header.column.getIsSorted();
                const type = result.columns[i].type;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={isNumericType(type) ? 'num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      title={`${header.id} · ${type}`}
                      aria-label={sortLabel(header.id)}
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <span className="sql-grid-name">{header.id}</span>
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row of the virtual grid, never focusable
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_PX }}>
                {result.columns.map((c) => {
                  const text = cellText(row.original[c.name], c.type);
                  const numeric = isNumericType(c.type);
                  return text === null ? (
                    <td key={c.name} className={numeric ? 'num' : undefined}>
                      <span className="sql-null">NULL</span>
                    </td>
                  ) : (
                    <td
                      key={c.name}
                      className={numeric ? 'num' : undefined}
                      title={text.length > 30 ? text : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {bottom > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row of the virtual grid, never focusable
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
