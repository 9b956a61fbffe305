import { describe, expect, it } from 'vitest';
import { databaseFileFor, parseManifest } from './manifest';

const file = { version: 'v1', name: 'dataset-v1.duckdb', bytes: 10, sha256: 'ab' };
const plain = parseManifest({
  version: 'v1',
  files: [{ name: 'reports.parquet', table: 'reports', rows: 1, bytes: 1, sha256: '' }],
});

describe('databaseFileFor', () => {
  it("takes the build's database file for the published dataset at the file's version", () => {
    expect(databaseFileFor(plain, true, file)).toBe(file);
  });

  it('loads the Parquet for another version, another folder, a partitioned dataset or a build without the file', () => {
    expect(databaseFileFor(parseManifest({ version: 'v2', files: plain.files }), true, file)).toBeNull();
    expect(databaseFileFor(plain, false, file)).toBeNull();
    const partitioned = parseManifest({
      version: 'v1',
      files: [],
      partitions: [{ province: '合成省01', year: 2025, files: plain.files }],
    });
    expect(databaseFileFor(partitioned, true, file)).toBeNull();
    expect(databaseFileFor(plain, true, null)).toBeNull();
  });
});
