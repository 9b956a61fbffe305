import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';
import { defaultScope, partitionsFor, partitionYears } from './partitions';

const file = (name: string, table: string) => ({ name, table, rows: 1, bytes: 1, sha256: '' });
const partition = (code: string, province: string, year: number) => ({
  province,
  year,
  files: ['reports', 'agencies', 'cells', 'findings'].map((t) => file(`province=${code}/year=${year}/${t}.parquet`, t)),
});
const manifest = parseManifest({
  version: 'v1',
  synthetic: true,
  files: [],
  partitions: [partition('01', '合成省01', 2021), partition('01', '合成省01', 2022), partition('02', '合成省02', 2021)],
});

describe('partitionsFor', () => {
  it('takes the province of the region and the chosen years', () => {
    const keys = (r: ReturnType<typeof partitionsFor>) => r.map((p) => `${p.province}/${p.year}`);
    expect(keys(partitionsFor(manifest, { region: '合成省01/合成市0101', years: [2022] }))).toEqual(['合成省01/2022']);
    expect(keys(partitionsFor(manifest, { region: '合成省01', years: [] }))).toEqual([
      '合成省01/2021',
      '合成省01/2022',
    ]);
    expect(partitionsFor(manifest, { region: null, years: [2021] })).toEqual([]);
  });

  it('is empty for an unpartitioned dataset', () => {
    const plain = parseManifest({ version: 'v', files: [file('reports.parquet', 'reports')] });
    expect(partitionsFor(plain, { region: 'x', years: [] })).toEqual([]);
  });
});

describe('defaultScope', () => {
  it('fills in the first province and its latest year, keeping what the URL names', () => {
    expect(defaultScope(manifest, { region: null, years: [] })).toEqual({ region: '合成省01', years: [2022] });
    expect(defaultScope(manifest, { region: '合成省02', years: [] })).toEqual({ region: '合成省02', years: [2021] });
    expect(defaultScope(manifest, { region: null, years: [2021] })).toEqual({ region: '合成省01', years: [2021] });
    expect(defaultScope(manifest, { region: '合成省02', years: [2021] })).toBeNull();
  });
});

describe('parseManifest with partitions', () => {
  it('accepts folder paths but never a way out of the dataset folder', () => {
    expect(manifest.partitions).toHaveLength(3);
    expect(manifest.synthetic).toBe(true);
    for (const name of ['../x.parquet', 'a/../x.parquet', '/x.parquet', 'https://e.example/x.parquet']) {
      expect(() =>
        parseManifest({
          version: 'v',
          files: [],
          partitions: [{ province: 'p', year: 2021, files: [file(name, 'reports')] }],
        }),
      ).toThrow(/not a Parquet file name/);
    }
  });
});

describe('partitionYears', () => {
  it('lists each year once, oldest first', () => {
    expect(partitionYears(manifest)).toEqual([2021, 2022]);
  });
});
