import { describe, expect, it } from 'vitest';
import { buildSchema, columnsInScope, completionSchema } from './schema';

const rows = [
  { table_name: 'my_upload', table_type: 'BASE TABLE', column_name: 'x', data_type: 'BIGINT' },
  { table_name: 'report_figures', table_type: 'VIEW', column_name: 'report_id', data_type: 'VARCHAR' },
  { table_name: 'reports', table_type: 'BASE TABLE', column_name: 'report_id', data_type: 'VARCHAR' },
  { table_name: 'reports', table_type: 'BASE TABLE', column_name: 'year', data_type: 'INTEGER' },
];

describe('buildSchema', () => {
  it('orders our tables by the dictionary, then the user’s, with descriptions', () => {
    const schema = buildSchema(rows);
    expect(schema.map((t) => [t.name, t.kind])).toEqual([
      ['reports', 'table'],
      ['report_figures', 'view'],
      ['my_upload', 'table'],
    ]);
    expect(schema[0].columns.map((c) => [c.name, c.type])).toEqual([
      ['report_id', 'VARCHAR'],
      ['year', 'INTEGER'],
    ]);
    expect(schema[0].description?.zh).toBeTruthy();
    expect(schema[0].columns[1].description?.en).toBeTruthy();
    expect(schema[2].description).toBeNull();
    expect(schema[2].columns[0].description).toBeNull();
  });
});

describe('completionSchema', () => {
  it('offers each table with its columns', () => {
    const ns = completionSchema(buildSchema(rows), 'en') as Record<
      string,
      { self: { label: string }; children: { label: string; detail: string }[] }
    >;
    expect(Object.keys(ns)).toEqual(['reports', 'report_figures', 'my_upload']);
    expect(ns.reports.children.map((c) => `${c.label}:${c.detail}`)).toEqual(['report_id:VARCHAR', 'year:INTEGER']);
  });
});

describe('columnsInScope', () => {
  it('offers the columns of the tables the query names, once each', () => {
    const tables = buildSchema(rows);
    expect(
      columnsInScope('SELECT ye FROM Reports r JOIN report_figures f USING (report_id)', tables, 'zh').map(
        (c) => c.label,
      ),
    ).toEqual(['report_id', 'year']);
    expect(columnsInScope('SELECT 1', tables, 'zh')).toEqual([]);
  });
});
