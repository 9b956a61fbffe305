/**
 * JS values → Arrow vectors built directly from typed arrays.
 *
 * Arrow's own builders (`vectorFromArray`) compile their null checks with `new Function`, which
 * the app's Content-Security-Policy (no 'unsafe-eval') forbids; these do not. null and
 * undefined are nulls. Values must already be of the column's kind (numbers, strings, booleans,
 * Dates or epoch numbers for dates, bigints or numbers for Int64).
 */
import {
  Bool,
  type DataType,
  DateDay,
  type Field,
  Float64,
  Int32,
  Int64,
  makeData,
  makeVector,
  type Schema,
  Table,
  TimestampMillisecond,
  Utf8,
  type Vector,
} from 'apache-arrow';

const MS_PER_DAY = 86_400_000;
const utf8 = new TextEncoder();

interface Validity {
  nullBitmap: Uint8Array;
  nullCount: number;
}

function validity(values: readonly unknown[]): Validity {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined) nullCount++;
    else nullBitmap[i >> 3] |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

const isNull = (v: unknown) => v === null || v === undefined;
const epochMs = (v: unknown) => (v instanceof Date ? v.getTime() : Number(v));

function fixedWidth<T extends Int32Array | Float64Array | BigInt64Array>(
  values: readonly unknown[],
  array: T,
  convert: (v: unknown) => number | bigint,
): T {
  values.forEach((v, i) => {
    if (!isNull(v)) array[i] = convert(v) as never;
  });
  return array;
}

const EMPTY = new Uint8Array(0);

function utf8Data(type: Utf8, values: readonly unknown[], valid: Validity) {
  // Ids and labels repeat on every row of the cells table: each distinct string is encoded once.
  const seen = new Map<unknown, Uint8Array>();
  const encoded = values.map((v) => {
    if (isNull(v)) return EMPTY;
    let bytes = seen.get(v);
    if (!bytes) seen.set(v, (bytes = utf8.encode(String(v))));
    return bytes;
  });
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => {
    valueOffsets[i + 1] = valueOffsets[i] + bytes.length;
  });
  const data = new Uint8Array(valueOffsets[values.length]);
  encoded.forEach((bytes, i) => {
    data.set(bytes, valueOffsets[i]);
  });
  return makeData({ type, length: values.length, ...valid, valueOffsets, data });
}

function boolData(type: Bool, values: readonly unknown[], valid: Validity) {
  const data = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v === true) data[i >> 3] |= 1 << (i & 7);
  });
  return makeData({ type, length: values.length, ...valid, data });
}

/** One column of values as an Arrow vector of `type` (Utf8, Int32, Int64, Float64, Bool, DateDay, TimestampMillisecond). */
export function columnVector(type: DataType, values: readonly unknown[]): Vector {
  const valid = validity(values);
  const n = values.length;
  const common = { length: n, ...valid };
  if (type instanceof Utf8) return makeVector(utf8Data(type, values, valid));
  if (type instanceof Bool) return makeVector(boolData(type, values, valid));
  if (type instanceof Int32)
    return makeVector(makeData({ type, ...common, data: fixedWidth(values, new Int32Array(n), Number) }));
  if (type instanceof Float64)
    return makeVector(makeData({ type, ...common, data: fixedWidth(values, new Float64Array(n), Number) }));
  if (type instanceof Int64) {
    const data = fixedWidth(values, new BigInt64Array(n), (v) =>
      typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v))),
    );
    return makeVector(makeData({ type, ...common, data }));
  }
  if (type instanceof DateDay) {
    const data = fixedWidth(values, new Int32Array(n), (v) => Math.floor(epochMs(v) / MS_PER_DAY));
    return makeVector(makeData({ type, ...common, data }));
  }
  if (type instanceof TimestampMillisecond) {
    const data = fixedWidth(values, new BigInt64Array(n), (v) => BigInt(Math.trunc(epochMs(v))));
    return makeVector(makeData({ type, ...common, data }));
  }
  throw new Error(`columnVector: unsupported Arrow type ${String(type)}`);
}

/** Rows of plain objects → an Arrow table with exactly `schema` (field order, types, nullability). */
export function rowsToTable(schema: Schema, rows: readonly Record<string, unknown>[]): Table {
  const columns = Object.fromEntries(
    schema.fields.map((f: Field) => [
      f.name,
      columnVector(
        f.type,
        rows.map((r) => r[f.name]),
      ),
    ]),
  );
  return new Table(schema, new Table(columns).batches);
}
