import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parquetFileToArrow } from './parquetUpload';

describe('parquetFileToArrow', () => {
  it('keeps the types Arrow and DuckDB share and nulls as nulls', async () => {
    const file = parquetWriteBuffer({
      columnData: [
        { name: 'name', data: ['平潭', null], type: 'STRING' },
        { name: 'n', data: [1, null], type: 'INT32' },
        { name: 'big', data: [2n ** 40n, 3n], type: 'INT64' },
        { name: 'x', data: [1.5, 2], type: 'DOUBLE' },
        { name: 'ok', data: [true, false], type: 'BOOLEAN' },
        { name: 'at', data: [new Date(Date.UTC(2024, 0, 2)), null], type: 'TIMESTAMP' },
      ],
    });
    const table = await parquetFileToArrow(file);
    expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'name:Utf8',
      'n:Int32',
      'big:Int64',
      'x:Float64',
      'ok:Bool',
      'at:Timestamp<MILLISECOND>',
    ]);
    expect(table.numRows).toBe(2);
    expect(table.get(0)?.toJSON()).toMatchObject({ name: '平潭', n: 1, big: 2n ** 40n, x: 1.5, ok: true });
    expect(table.get(1)?.toJSON()).toMatchObject({ name: null, n: null, at: null });
    expect(Number(table.get(0)?.toJSON().at)).toBe(Date.UTC(2024, 0, 2));
  });
});
