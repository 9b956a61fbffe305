/**
 * The synthetic national dataset must be what it claims: every partition file listed in the
 * manifest with its true size, hash and row count; the dictionary's tables and columns exactly;
 * every report with the 2021 layout's cells; findings that are exactly the real checks' verdict;
 * reproducible from its seed; and never written into data/ or public/.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../src/dataset/dictionary';
import { countBySeverity, type FindingRow, findingRow } from '../src/dataset/rows';
import { type Cells, checkReport } from '../src/report/checks';
import { checkAcrossReports, type ReportForCrossCheck } from '../src/report/crossChecks';
import { cellDef, cellsOf } from '../src/report/template';
import {
  generateNationalDataset,
  NATIONAL_DEFAULTS,
  type NationalManifest,
  type NationalOptions,
  type NationalSummary,
  parseNationalArgs,
  SOURCE_NOTES,
} from './gen-national-dataset';
import { printedValue } from './gen-synthetic-reports';

/** Small: 2 provinces × 2 years × 4 counties × 5 agencies = 80 reports; a high fault rate. */
const OPTIONS = {
  ...NATIONAL_DEFAULTS,
  provinces: 2,
  firstYear: 2021,
  lastYear: 2022,
  seed: 7,
  countiesPerProvince: 4,
  agenciesPerCounty: 5,
  injectRate: 0.2,
};

const root = mkdtempSync(join(tmpdir(), 'national-'));
const dir = join(root, 'a');
let summary: NationalSummary;
let manifest: NationalManifest;
let instance: DuckDBInstance;
let db: DuckDBConnection;

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
/**
 * A partition file as written: DuckDB would otherwise take `province=01/year=2021` from the path
 * as hive columns, replacing the file's own `province` (合成省01) and `year` (INTEGER).
 */
const parquet = (name: string) => `read_parquet(${sqlString(join(dir, name))}, hive_partitioning = false)`;
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}
/** All rows of one table over every partition, partition by partition in file order. */
async function tableRows(table: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const p of manifest.partitions) {
    const f = p.files.find((x) => x.table === table)!;
    out.push(...(await rows(`SELECT * FROM ${parquet(f.name)}`)));
  }
  return out;
}

function listFiles(d: string): string[] {
  return readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(d, join(e.parentPath, e.name)))
    .sort();
}

beforeAll(async () => {
  summary = await generateNationalDataset({ ...OPTIONS, out: dir });
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
}, 60_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  rmSync(root, { recursive: true, force: true });
});

describe('synthetic national dataset', () => {
  it('manifest lists every partition file with its true rows, bytes and sha256', async () => {
    expect(manifest).toEqual(JSON.parse(JSON.stringify(summary.manifest)));
    expect(manifest.synthetic).toBe(true);
    expect(manifest.title).toMatch(/合成/);
    expect(manifest.files).toEqual([]);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(manifest.partitions.map((p) => `${p.province} ${p.year}`)).toEqual([
      '合成省01 2021',
      '合成省01 2022',
      '合成省02 2021',
      '合成省02 2022',
    ]);
    const listed = manifest.partitions.flatMap((p) => p.files);
    // Beside them, the data loader's results for each province's latest year (prerender-dataset.test.ts).
    const results = [
      'results/index.json',
      ...['01', '02'].flatMap((p) =>
        ['overview', 'regions'].map((f) => `results/${manifest.version}/province=${p}/year=2022/${f}.json`),
      ),
    ];
    expect(listFiles(dir)).toEqual([...listed.map((f) => f.name), 'README.md', 'manifest.json', ...results].sort());
    for (const p of manifest.partitions) {
      expect(p.files.map((f) => f.table)).toEqual(TABLES.map((t) => t.name));
      const code = p.province.slice(-2);
      for (const f of p.files) {
        expect(f.name).toBe(`province=${code}/year=${p.year}/${f.table}.parquet`);
        const bytes = readFileSync(join(dir, f.name));
        expect(f.bytes).toBe(bytes.length);
        expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM ${parquet(f.name)}`);
        expect(f.rows, f.name).toBe(n);
      }
      const count = (t: string) => p.files.find((f) => f.table === t)!.rows;
      expect(count('reports')).toBe(OPTIONS.countiesPerProvince * OPTIONS.agenciesPerCounty);
      expect(count('cells')).toBe(count('reports') * 200);
    }
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/合成数据/);
    expect(readme).toMatch(/SYNTHETIC/);
    expect(readme).toContain(`--seed ${OPTIONS.seed}`);
  });

  it('every Parquet file has exactly the dictionary’s columns and types, in order', async () => {
    for (const p of manifest.partitions) {
      for (const f of p.files) {
        const described = await rows(`DESCRIBE SELECT * FROM ${parquet(f.name)}`);
        const spec = TABLES.find((t) => t.name === f.table)!;
        expect(
          described.map((d) => [d.column_name, d.column_type]),
          f.name,
        ).toEqual(spec.columns.map((c) => [c.name, c.type]));
      }
    }
  });

  it('reports and agencies are synthetic, unique and linked', async () => {
    const reports = await tableRows('reports');
    expect(reports).toHaveLength(80);
    expect(new Set(reports.map((r) => r.report_id)).size).toBe(80);
    for (const r of reports) {
      expect(r.report_id).toMatch(new RegExp(`^syn-0[12]-${r.year}-\\d{6}$`));
      expect(r.source_file).toBe(`synthetic/${r.report_id}`);
      expect(r.source_notes).toBe(SOURCE_NOTES);
      expect(r.status).toBe('ok');
      expect(r.layout).toBe('2021');
      expect(r.agency_name).toMatch(/^合成测试机关/);
    }
    // Each partition lists the agencies of its province, the same in every year.
    const byProvince = new Map<string, string>();
    for (const p of manifest.partitions) {
      const f = p.files.find((x) => x.table === 'agencies')!;
      const agencies = await rows(`SELECT * FROM ${parquet(f.name)}`);
      expect(agencies).toHaveLength(20);
      for (const a of agencies) {
        expect(a.province).toBe(p.province);
        expect(a.name).toMatch(/^合成测试机关/);
        expect(a.county).toMatch(new RegExp(`^合成县${p.province.slice(-2)}\\d{5}$`));
        expect(a.city).toMatch(new RegExp(`^合成市${p.province.slice(-2)}\\d{2}$`));
        expect(a.level).toBe('county');
        expect(a.division_code).toMatch(/^\d{6}$/);
      }
      const hash = p.files.find((x) => x.table === 'agencies')!.sha256;
      if (byProvince.has(p.province)) expect(hash).toBe(byProvince.get(p.province));
      byProvince.set(p.province, hash);
      const rf = p.files.find((x) => x.table === 'reports')!;
      const ids = new Set(agencies.map((a) => a.agency_id));
      for (const r of await rows(`SELECT agency_id FROM ${parquet(rf.name)}`)) {
        expect(ids.has(r.agency_id as string)).toBe(true);
      }
    }
  });

  it('every report has exactly the 2021 layout’s cells, in template order, raw text as printed', async () => {
    const ids = cellsOf('2021').map((d) => d.id);
    const cells = await tableRows('cells');
    const reports = (await tableRows('reports')).map((r) => r.report_id);
    expect(cells).toHaveLength(reports.length * ids.length);
    reports.forEach((reportId, i) => {
      const mine = cells.slice(i * ids.length, (i + 1) * ids.length);
      expect(mine.map((c) => c.report_id)).toEqual(ids.map(() => reportId));
      expect(mine.map((c) => c.cell_id)).toEqual(ids);
      for (const c of mine) {
        const def = cellDef(c.cell_id as string)!;
        expect([c.table_no, c.row_id, c.column_id]).toEqual([def.table, def.row, def.column]);
        expect(c.raw_text).toBe(c.value === null ? '' : printedValue(def.unit, c.value as number));
      }
    });
  });

  it('findings are exactly what the real checks say; clean reports have none, injected ones have some', async () => {
    const reports = await tableRows('reports');
    const cells = await tableRows('cells');
    const byReport = new Map<string, Cells>();
    for (const c of cells) {
      let record = byReport.get(c.report_id as string);
      if (!record) byReport.set(c.report_id as string, (record = {}));
      record[c.cell_id as string] = c.value as number | null;
    }
    const injected = new Set(summary.injected);
    expect(injected.size).toBeGreaterThan(3);
    expect(injected.size).toBeLessThan(40);
    // The real checks: per report, then across reports (carry-over) over the whole dataset.
    const expected: FindingRow[] = [];
    const forCross: ReportForCrossCheck[] = reports.map((r) => ({
      reportId: r.report_id as string,
      agencyId: r.agency_id as string,
      year: r.year as number,
      layout: '2021',
      cells: byReport.get(r.report_id as string)!,
    }));
    const cross = checkAcrossReports(forCross);
    for (const r of forCross) {
      const own = checkReport('2021', r.cells);
      if (injected.has(r.reportId)) expect(own.length, r.reportId).toBeGreaterThan(0);
      else expect(own, r.reportId).toEqual([]);
      expected.push(...own.map((f) => findingRow(r.reportId, f)));
      expected.push(
        ...cross.filter((f) => f.reportId === r.reportId).map(({ reportId, ...f }) => findingRow(reportId, f)),
      );
    }
    const found = (await tableRows('findings')) as unknown as FindingRow[];
    expect(found).toEqual(expected);
    const counts = countBySeverity(expected);
    for (const r of reports) {
      const c = counts.get(r.report_id as string) ?? { error: 0, warning: 0, info: 0 };
      expect([r.n_errors, r.n_warnings, r.n_info], r.report_id as string).toEqual([c.error, c.warning, c.info]);
    }
    // Carry-over chains: 上年结转 differs from last year's 结转下年度 only where either report has a fault.
    const key = (r: ReportForCrossCheck) => `${r.agencyId} ${r.year}`;
    const byAgencyYear = new Map(forCross.map((r) => [key(r), r]));
    for (const f of cross) {
      expect(f.rule).toBe('cross.carry_over');
      const current = forCross.find((r) => r.reportId === f.reportId)!;
      const previous = byAgencyYear.get(key({ ...current, year: current.year! - 1 }))!;
      expect(injected.has(current.reportId) || injected.has(previous.reportId), f.reportId).toBe(true);
    }
  });

  it('the same seed gives byte-identical files; another seed different ones', async () => {
    const again = join(root, 'b');
    const other = join(root, 'c');
    await generateNationalDataset({ ...OPTIONS, out: again });
    await generateNationalDataset({ ...OPTIONS, seed: 8, out: other });
    expect(listFiles(again)).toEqual(listFiles(dir));
    for (const f of listFiles(dir))
      expect(readFileSync(join(again, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
    const otherManifest: NationalManifest = JSON.parse(readFileSync(join(other, 'manifest.json'), 'utf8'));
    expect(otherManifest.version).not.toBe(manifest.version);
    const cellsHash = (m: NationalManifest) => m.partitions[0].files.find((f) => f.table === 'cells')!.sha256;
    expect(cellsHash(otherManifest)).not.toBe(cellsHash(manifest));
  }, 60_000);

  it('replaces an existing output folder whole', async () => {
    const out = join(root, 'd');
    await generateNationalDataset({ ...OPTIONS, provinces: 1, out });
    await generateNationalDataset({ ...OPTIONS, provinces: 1, firstYear: 2023, lastYear: 2023, out });
    expect(readdirSync(join(out, 'province=01'))).toEqual(['year=2023']);
    expect(readdirSync(root).filter((n) => n.includes('.tmp-'))).toEqual([]);
  }, 60_000);

  it('refuses to write into public/ or data/', async () => {
    await expect(generateNationalDataset({ ...OPTIONS, out: 'public/synthetic-national' })).rejects.toThrow(
      /inside public/,
    );
    await expect(generateNationalDataset({ ...OPTIONS, out: 'data/national' })).rejects.toThrow(/inside data/);
    expect(existsSync('public/synthetic-national')).toBe(false);
    expect(existsSync('data/national')).toBe(false);
  });

  it('parses its command line, with national defaults', () => {
    const d: NationalOptions = parseNationalArgs([]);
    expect(d).toMatchObject({
      out: 'synthetic/national',
      provinces: 31,
      firstYear: 2021,
      lastYear: 2025,
      countiesPerProvince: 97,
      agenciesPerCounty: 30,
    });
    expect(parseNationalArgs(['--out', 'x', '--provinces', '3', '--years', '2022-2023', '--seed', '9'])).toMatchObject({
      out: 'x',
      provinces: 3,
      firstYear: 2022,
      lastYear: 2023,
      seed: 9,
    });
    expect(() => parseNationalArgs(['--years', '21-25'])).toThrow(/--years/);
  });

  it('refuses bad options', async () => {
    await expect(generateNationalDataset({ ...OPTIONS, provinces: 32, out: join(root, 'e') })).rejects.toThrow(
      /provinces/,
    );
    await expect(
      generateNationalDataset({ ...OPTIONS, firstYear: 2023, lastYear: 2022, out: join(root, 'e') }),
    ).rejects.toThrow(/year/);
    await expect(
      generateNationalDataset({ ...parseNationalArgs(['--provinces', 'x']), out: join(root, 'e') }),
    ).rejects.toThrow(/provinces/);
    expect(existsSync(join(root, 'e'))).toBe(false);
  });
});
