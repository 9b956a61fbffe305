/**
 * Arrow results → plain JS rows for the UI: BIGINT and DECIMAL become numbers, DATE becomes
 * 'YYYY-MM-DD', TIMESTAMP an ISO string, nested values plain arrays/objects. Pure; unit-tested.
 */
import { DataType, type Field, type RecordBatch, type Schema, util } from 'apache-arrow';

export interface QueryColumn {
  name: string;
  /** The SQL type name as DuckDB spells it (INTEGER, VARCHAR, DOUBLE, DATE, …). */
  type: string;
}

/** DuckDB's name for an Arrow type, for display (column headers, the schema browser). */
export function sqlTypeName(type: DataType): string {
  if (DataType.isInt(type)) {
    const names: Record<number, string> = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' };
    return `${type.isSigned ? '' : 'U'}${names[type.bitWidth]}`;
  }
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return 'TIMESTAMP';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isList(type)) return `${sqlTypeName(type.children[0].type)}[]`;
  if (DataType.isBinary(type)) return 'BLOB';
  return String(type).toUpperCase();
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** Epoch milliseconds → 'YYYY-MM-DD' in UTC (a DATE has no time zone). */
function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
}

/** A nested value (list, struct, map) made plain; bigints inside become numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  const json = (value as { toJSON?: () => unknown }).toJSON ? (value as { toJSON: () => unknown }).toJSON() : value;
  if (Array.isArray(json)) return json.map(plain);
  if (ArrayBuffer.isView(json)) return Array.from(json as unknown as ArrayLike<number | bigint>, plain);
  if (json && typeof json === 'object') {
    return Object.fromEntries(Object.entries(json as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
  }
  return json;
}

/** A converter for the values of one column, chosen once per column. */
function converterFor(type: DataType): (value: unknown) => unknown {
  if (DataType.isInt(type) && type.bitWidth === 64) return (v) => (v === null ? null : Number(v as bigint));
  if (DataType.isDecimal(type)) {
    return (v) => (v === null ? null : util.bigNumToNumber(v as Parameters<typeof util.bigNumToNumber>[0], type.scale));
  }
  if (DataType.isDate(type)) return (v) => (v === null ? null : isoDate(v instanceof Date ? v.getTime() : Number(v)));
  if (DataType.isTimestamp(type)) {
    return (v) => (v === null ? null : new Date(typeof v === 'bigint' ? Number(v) : (v as number)).toISOString());
  }
  if (DataType.isList(type) || DataType.isStruct(type) || DataType.isMap(type) || DataType.isFixedSizeList(type)) {
    return plain;
  }
  return (v) => (v === undefined ? null : v);
}

export function columnsOf(schema: Schema): QueryColumn[] {
  return schema.fields.map((f: Field) => ({ name: f.name, type: sqlTypeName(f.type) }));
}

/** Appends the rows of `batch` to `out` as plain objects keyed by column name. */
export function appendRows<Row>(batch: RecordBatch, out: Row[]): void {
  const fields = batch.schema.fields;
  const vectors = fields.map((_, i) => batch.getChildAt(i)!);
  const convert = fields.map((f) => converterFor(f.type));
  for (let r = 0; r < batch.numRows; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < fields.length; c++) row[fields[c].name] = convert[c](vectors[c].get(r));
    out.push(row as Row);
  }
}
