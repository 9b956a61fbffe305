/**
 * The synthetic benchmark corpus must be what it claims: pages the real parser reads back to the
 * generated figures, with every consistency rule holding, and never written into data/ or public/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencies } from '../src/dataset/agencyList';
import { checkAcrossReports } from '../src/report/crossChecks';
import { parseReport } from '../src/report/parse';
import { syntheticReports, writeSyntheticCorpus } from './gen-synthetic-reports';

const reports = [...syntheticReports(7, 42)];

describe('synthetic reports', () => {
  it.each(reports.map((r) => [r.file, r] as const))(
    '%s parses back to the generated figures, no error findings',
    (file, r) => {
      const { report } = parseReport(new TextEncoder().encode(r.text), file);
      expect(report.layout).toBe('2021');
      expect(report.agency).toBe(r.agency);
      expect(report.year).toBe(r.year);
      expect(report.cells).toEqual(r.cells);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it('carry-over is consistent across each agency’s years', () => {
    const parsed = reports.map((r) => ({
      reportId: r.file,
      agencyId: r.agency,
      year: r.year,
      layout: '2021' as const,
      cells: r.cells,
    }));
    expect(checkAcrossReports(parsed)).toEqual([]);
  });

  it('is reproducible from its seed', () => {
    expect([...syntheticReports(7, 42)].map((r) => r.text)).toEqual(reports.map((r) => r.text));
    expect([...syntheticReports(7, 43)].map((r) => r.text)).not.toEqual(reports.map((r) => r.text));
  });

  it('refuses to write into data/ or public/', () => {
    expect(() => writeSyntheticCorpus('data/synthetic', 1)).toThrow(/must not be written inside data/);
    expect(() => writeSyntheticCorpus('public/data', 1)).toThrow(/inside public/);
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    try {
      const { reportsDir, agenciesCsv } = writeSyntheticCorpus(dir, 2);
      expect(reportsDir).toBe(join(dir, 'reports'));
      // The agency list is one the pipeline reads (it broke bench:ingest when parent_id was added).
      const agencies = parseAgencies(readFileSync(agenciesCsv, 'utf8'), agenciesCsv);
      expect(agencies.map((a) => a.name)).toEqual(['合成测试机关0001']); // two years of one agency
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
