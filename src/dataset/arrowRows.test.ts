import {
  DateDay,
  Decimal,
  Field,
  Int32,
  Int64,
  List,
  makeData,
  makeVector,
  Table,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { appendRows, columnsOf } from './arrowRows';

describe('appendRows', () => {
  it('turns BIGINT into numbers and DATE into YYYY-MM-DD, keeping NULLs', () => {
    const table = new Table({
      n: vectorFromArray([5n, null, 42975n], new Int64()),
      d: vectorFromArray([new Date('2024-01-31T00:00:00Z'), null, new Date('2020-02-29T00:00:00Z')], new DateDay()),
      s: vectorFromArray(['郯城', null, 'x'], new Utf8()),
      i: vectorFromArray([1, 2, null], new Int32()),
    });
    const rows: Record<string, unknown>[] = [];
    for (const batch of table.batches) appendRows(batch, rows);
    expect(rows).toEqual([
      { n: 5, d: '2024-01-31', s: '郯城', i: 1 },
      { n: null, d: null, s: null, i: 2 },
      { n: 42975, d: '2020-02-29', s: 'x', i: null },
    ]);
    expect(columnsOf(table.schema)).toEqual([
      { name: 'n', type: 'BIGINT' },
      { name: 'd', type: 'DATE' },
      { name: 's', type: 'VARCHAR' },
      { name: 'i', type: 'INTEGER' },
    ]);
  });

  it('reads DECIMAL with its scale and lists as plain arrays of numbers', () => {
    const dec = makeVector(
      makeData({ type: new Decimal(2, 18, 128), length: 1, data: new Uint32Array([4239, 0, 0, 0]) }),
    );
    const list = vectorFromArray([[1n, 2n]], new List(new Field('item', new Int64(), true)));
    const table = new Table({ fee: dec, ids: list });
    const rows: Record<string, unknown>[] = [];
    appendRows(table.batches[0], rows);
    expect(rows).toEqual([{ fee: 42.39, ids: [1, 2] }]);
    expect(columnsOf(table.schema).map((c) => c.type)).toEqual(['DECIMAL(18,2)', 'BIGINT[]']);
  });
});
