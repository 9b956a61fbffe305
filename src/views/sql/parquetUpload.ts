/**
 * Any Parquet file → an Arrow table for duckdb-wasm (which cannot read Parquet offline): read with
 * hyparquet, typed from the file's own schema. Types DuckDB and Arrow share are kept; anything
 * else (nested, binary, INT96) becomes text so the user still sees it.
 */
import {
  Bool,
  type DataType,
  DateDay,
  Field,
  Float64,
  Int32,
  Int64,
  Schema,
  type Table,
  TimestampMillisecond,
  Utf8,
} from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, parquetSchema, type SchemaTree } from 'hyparquet';
import { rowsToTable } from '../../dataset/arrowVectors';
import { cellText } from './result';

type Kind = 'bool' | 'int32' | 'int64' | 'double' | 'date' | 'timestamp' | 'text';

/** What a Parquet column becomes. */
export function columnKind(node: SchemaTree): Kind {
  if (node.children.length > 0 || node.element.repetition_type === 'REPEATED') return 'text';
  const { type, converted_type: converted, logical_type: logical } = node.element;
  if (converted === 'DECIMAL' || logical?.type === 'DECIMAL') return 'double';
  if (converted === 'DATE' || logical?.type === 'DATE') return 'date';
  if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical?.type === 'TIMESTAMP')
    return 'timestamp';
  switch (type) {
    case 'BOOLEAN':
      return 'bool';
    case 'INT32':
      return 'int32';
    case 'INT64':
      return converted === 'UINT_64' ? 'double' : 'int64';
    case 'FLOAT':
    case 'DOUBLE':
      return 'double';
    default:
      return 'text';
  }
}

const ARROW: Record<Kind, () => DataType> = {
  bool: () => new Bool(),
  int32: () => new Int32(),
  int64: () => new Int64(),
  double: () => new Float64(),
  date: () => new DateDay(),
  timestamp: () => new TimestampMillisecond(),
  text: () => new Utf8(),
};

const CONVERT: Record<Kind, (v: unknown) => unknown> = {
  bool: (v) => Boolean(v),
  int32: (v) => Number(v),
  int64: (v) => (typeof v === 'bigint' ? v : BigInt(v as number)),
  double: (v) => Number(v),
  date: (v) => (v instanceof Date ? v : new Date(v as number)),
  timestamp: (v) => (v instanceof Date ? v.getTime() : Number(v)),
  text: (v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : cellText(v)),
};

export async function parquetFileToArrow(buffer: ArrayBuffer): Promise<Table> {
  const metadata = parquetMetadata(buffer);
  const columns = parquetSchema(metadata).children;
  const kinds = columns.map(columnKind);
  const rows = await parquetReadObjects({ file: buffer, metadata });
  const fields = columns.map((c, i) => new Field(c.element.name, ARROW[kinds[i]](), true));
  const converted = rows.map((r) =>
    Object.fromEntries(
      columns.map((c, i) => [
        c.element.name,
        r[c.element.name] === null || r[c.element.name] === undefined ? null : CONVERT[kinds[i]](r[c.element.name]),
      ]),
    ),
  );
  return rowsToTable(new Schema(fields), converted);
}
