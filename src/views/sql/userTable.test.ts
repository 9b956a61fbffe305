import { describe, expect, it } from 'vitest';
import { tableNameForFile, userFileKind } from './userTable';

describe('tableNameForFile', () => {
  it('turns a file name into a plain identifier', () => {
    expect(tableNameForFile('My Data-2023.csv', [])).toBe('my_data_2023');
    expect(tableNameForFile('2023.csv', [])).toBe('file_2023');
    expect(tableNameForFile('数据.csv', [])).toBe('file');
  });

  it('never reuses an existing table name', () => {
    expect(tableNameForFile('reports.csv', ['reports'])).toBe('reports_2');
    expect(tableNameForFile('Reports.parquet', ['REPORTS', 'reports_2'])).toBe('reports_3');
  });
});

describe('userFileKind', () => {
  it('recognises CSV and Parquet only', () => {
    expect(userFileKind('a.CSV')).toBe('csv');
    expect(userFileKind('a.tsv')).toBe('csv');
    expect(userFileKind('a.parquet')).toBe('parquet');
    expect(userFileKind('a.xlsx')).toBeNull();
  });
});
