import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { resultToCsv, resultToParquet, resultToTsv } from './exports';
import type { QueryResult } from './result';

const result: QueryResult = {
  columns: [
    { name: 'agency_name', type: 'VARCHAR' },
    { name: 'year', type: 'INTEGER' },
    { name: 'n', type: 'BIGINT' },
    { name: 'fees', type: 'DOUBLE' },
    { name: 'published', type: 'DATE' },
    { name: 'curated', type: 'BOOLEAN' },
  ],
  rows: [
    {
      agency_name: '临沂市人民政府办公室',
      year: 2023,
      n: 12,
      fees: 1.5,
      published: Date.UTC(2024, 0, 31),
      curated: true,
    },
    { agency_name: 'a, "quoted"\tname', year: null, n: 9007199254740991, fees: null, published: null, curated: null },
  ],
};

describe('resultToCsv', () => {
  it('writes a BOM, a header and every row, blanks for NULL', () => {
    const csv = resultToCsv(result);
    expect(csv.startsWith('\uFEFFagency_name,year,n,fees,published,curated\r\n')).toBe(true);
    expect(csv).toContain('临沂市人民政府办公室,2023,12,1.5,2024-01-31,true\r\n');
    expect(csv).toContain('"a, ""quoted""\tname",,9007199254740991,,,\r\n');
  });
});

describe('resultToTsv', () => {
  it('separates by tabs and flattens tabs inside values', () => {
    expect(resultToTsv(result).split('\n')).toEqual([
      'agency_name\tyear\tn\tfees\tpublished\tcurated',
      '临沂市人民政府办公室\t2023\t12\t1.5\t2024-01-31\ttrue',
      'a, "quoted" name\t\t9007199254740991\t\t\t',
      '',
    ]);
  });
});

describe('resultToParquet', () => {
  it('round-trips through a Parquet reader with types kept', async () => {
    const file = resultToParquet(result);
    const meta = parquetMetadata(file);
    expect(meta.schema.slice(1).map((s) => [s.name, s.type])).toEqual([
      ['agency_name', 'BYTE_ARRAY'],
      ['year', 'INT32'],
      ['n', 'INT64'],
      ['fees', 'DOUBLE'],
      ['published', 'INT32'],
      ['curated', 'BOOLEAN'],
    ]);
    const rows = await parquetReadObjects({ file });
    expect(rows).toEqual([
      {
        agency_name: '临沂市人民政府办公室',
        year: 2023,
        n: 12n,
        fees: 1.5,
        published: new Date(Date.UTC(2024, 0, 31)),
        curated: true,
      },
      {
        agency_name: 'a, "quoted"\tname',
        year: null,
        n: 9007199254740991n,
        fees: null,
        published: null,
        curated: null,
      },
    ]);
  });

  it('writes an empty result', async () => {
    const file = resultToParquet({ columns: result.columns, rows: [] });
    expect(await parquetReadObjects({ file })).toEqual([]);
  });
});
