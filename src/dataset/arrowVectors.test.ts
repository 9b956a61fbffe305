import { Bool, DateDay, Field, Float64, Int32, Int64, Schema, TimestampMillisecond, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnVector, rowsToTable } from './arrowVectors';

const schema = new Schema([
  new Field('name', new Utf8(), true),
  new Field('n', new Int32(), true),
  new Field('x', new Float64(), true),
  new Field('ok', new Bool(), true),
  new Field('day', new DateDay(), true),
  new Field('big', new Int64(), true),
  new Field('at', new TimestampMillisecond(), true),
]);

const rows = [
  {
    name: '郯城县行政审批服务局',
    n: 42975,
    x: 42.39,
    ok: true,
    day: new Date('2024-01-09T00:00:00Z'),
    big: 9007199254740993n,
    at: 1704758400123,
  },
  { name: null, n: null, x: null, ok: null, day: null, big: null, at: null },
  { name: '', n: 0, x: -1.5, ok: false, day: new Date('1969-12-31T00:00:00Z'), big: -2, at: new Date(0) },
];

describe('rowsToTable', () => {
  it('keeps values, nulls and the schema', () => {
    const table = rowsToTable(schema, rows);
    expect(table.numRows).toBe(3);
    expect(table.schema.fields.map((f) => [f.name, String(f.type)])).toEqual(
      schema.fields.map((f) => [f.name, String(f.type)]),
    );
    const back = table.toArray().map((r) => r.toJSON());
    expect(back[0]).toMatchObject({
      name: '郯城县行政审批服务局',
      n: 42975,
      x: 42.39,
      ok: true,
      big: 9007199254740993n,
      at: 1704758400123,
    });
    expect(new Date(back[0].day as number).toISOString().slice(0, 10)).toBe('2024-01-09');
    expect(Object.values(back[1]).every((v) => v === null)).toBe(true);
    expect(back[2]).toMatchObject({ name: '', n: 0, x: -1.5, ok: false, big: -2n, at: 0 });
    expect(new Date(back[2].day as number).toISOString().slice(0, 10)).toBe('1969-12-31');
    expect(table.getChild('name')!.nullCount).toBe(1);
  });

  it('never compiles code (the CSP has no unsafe-eval)', () => {
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct() {
        throw new Error('new Function called');
      },
      apply() {
        throw new Error('Function() called');
      },
    });
    try {
      expect(rowsToTable(schema, rows).numRows).toBe(3);
    } finally {
      globalThis.Function = original;
    }
  });

  it('says which type it cannot build', () => {
    expect(() => columnVector(new Schema([]) as never, [1])).toThrow(/unsupported Arrow type/);
  });
});
