/** The result as files: CSV (UTF-8 with BOM, the app's one CSV writer), TSV for the clipboard, Parquet. */
import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import { toCsv } from '../../charts/csv';
import { cellText, isNumericType, type QueryResult, type ResultColumn } from './result';

export function resultToCsv({ columns, rows }: QueryResult): string {
  return toCsv(
    columns.map((c) => ({
      label: c.name,
      value: (row: Record<string, unknown>) => {
        const v = row[c.name];
        // numbers stay numbers (no formula guard needed); dates stored as epoch numbers become text
        return (typeof v === 'number' && isNumericType(c.type)) || typeof v === 'boolean' ? v : cellText(v, c.type);
      },
    })),
    rows,
  );
}

/** Tab-separated text for pasting into a spreadsheet: tabs and line breaks inside a value become spaces. */
export function resultToTsv({ columns, rows }: QueryResult): string {
  const field = (v: string | null) => (v ?? '').replace(/[\t\r\n]+/g, ' ');
  const lines = [columns.map((c) => field(c.name)).join('\t')];
  for (const row of rows) lines.push(columns.map((c) => field(cellText(row[c.name], c.type))).join('\t'));
  return `${lines.join('\n')}\n`;
}

const DAY_MS = 86_400_000;

/** The Parquet column for a DuckDB type, and how to turn our JS values into what the writer expects. */
function parquetColumn(column: ResultColumn): { schema: SchemaElement; convert: (v: unknown) => unknown } {
  const name = column.name;
  const type = column.type.trim().toUpperCase();
  const base = { name, repetition_type: 'OPTIONAL' } as const;
  if (type === 'BOOLEAN') return { schema: { ...base, type: 'BOOLEAN' }, convert: (v) => v };
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT)$/.test(type))
    return { schema: { ...base, type: 'INT32' }, convert: (v) => (v === null ? null : Number(v)) };
  if (/^(BIGINT|HUGEINT|UINTEGER|UBIGINT)$/.test(type))
    return { schema: { ...base, type: 'INT64' }, convert: (v) => (v === null ? null : BigInt(v as number | bigint)) };
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL|NUMERIC)/.test(type))
    return { schema: { ...base, type: 'DOUBLE' }, convert: (v) => (v === null ? null : Number(v)) };
  if (type === 'DATE')
    return {
      schema: { ...base, type: 'INT32', converted_type: 'DATE' },
      convert: (v) => (v === null ? null : Math.floor(toEpochMs(v) / DAY_MS)),
    };
  if (/^TIMESTAMP/.test(type))
    return {
      schema: { ...base, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
      convert: (v) => (v === null ? null : BigInt(Math.round(toEpochMs(v)))),
    };
  return { schema: { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' }, convert: (v) => cellText(v, type) };
}

function toEpochMs(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  return Date.parse(String(v));
}

/** A Parquet file (snappy) with one column per result column, types kept where Parquet has them. */
export function resultToParquet({ columns, rows }: QueryResult): ArrayBuffer {
  const specs = columns.map(parquetColumn);
  return parquetWriteBuffer({
    schema: [{ name: 'root', num_children: columns.length }, ...specs.map((s) => s.schema)],
    columnData: columns.map((c, i) => ({
      name: c.name,
      data: rows.map((row) => {
        const v = row[c.name];
        return specs[i].convert(v === undefined ? null : v);
      }),
    })),
    createdBy: 'Disclosure Atlas SQL workbench',
  });
}
