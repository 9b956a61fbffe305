import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportsInZip } from './datasetExport';

describe('reportsInZip', () => {
  it('gives back the report files of a downloaded dataset', () => {
    const zip = zipSync({
      'manifest.json': strToU8('{}'),
      'reports.parquet': new Uint8Array([1]),
      'sources/337.txt': strToU8('莆田市林业局'),
      'sources/021.pdf': new Uint8Array([37, 80, 68, 70]),
    });
    const found = reportsInZip(zip);
    expect(found.status).toBe('ok');
    expect(found.status === 'ok' && found.files.map((f) => f.name).sort()).toEqual(['021.pdf', '337.txt']);
  });
  it('refuses another zip, a dataset without report files and bytes that are no zip', () => {
    expect(reportsInZip(zipSync({ 'a.jpg': new Uint8Array([1]) }))).toEqual({ status: 'notDataset' });
    expect(reportsInZip(zipSync({ 'manifest.json': strToU8('{}') }))).toEqual({ status: 'notDataset' });
    expect(reportsInZip(new Uint8Array([1, 2, 3]))).toEqual({ status: 'notDataset' });
  });
});
