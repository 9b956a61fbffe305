/**
 * The ingest on a scratch folder of real reports with problems planted in it: a broken file, a
 * duplicate report, an agency missing from agencies.csv and a file the manifest lists but the
 * folder lacks. The batch must ingest the rest and report each problem; output must be
 * reproducible byte for byte and replace the target only when complete.
 */

import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestToFolder } from './ingest';
import type { IngestSummary } from './ingestReports';
import { replaceDirectory } from './publish';

const REPORTS = 'data/reports';
const AGENCIES = 'data/agencies.csv';
let root: string;
let input: string;
let out: string;
let summary: IngestSummary;

function plantCorpus(dir: string) {
  mkdirSync(dir);
  for (const f of ['000.txt', '007.txt', '008.txt']) copyFileSync(join(REPORTS, f), join(dir, f));
  // The same 平潭 2023 report a second time, under another name: a duplicate for that agency and year.
  copyFileSync(join(REPORTS, '007.txt'), join(dir, '107dup.txt'));
  // 郯城县's report under an agency that agencies.csv does not list.
  const renamed = readFileSync(join(REPORTS, '000.txt'), 'utf8').replaceAll(
    '郯城县行政审批服务局',
    '测试县未收录服务局',
  );
  writeFileSync(join(dir, '900.txt'), renamed);
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]));
  writeFileSync(
    join(dir, 'manifest.csv'),
    'file,agency,region,year,layout,format,source,complete,notes\n' +
      '000.txt,郯城县行政审批服务局,,2023,,text,"original https://example.gov.cn/000.htm",yes,"a note, with a comma"\n' +
      'missing.txt,,,,,text,,no,\n',
  );
}

async function query(dir: string, sql: string) {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = (await connection.runAndReadAll(sql.replaceAll('$DIR', dir))).getRowObjectsJS();
  connection.closeSync();
  return rows;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  input = join(root, 'reports');
  out = join(root, 'data');
  plantCorpus(input);
  summary = await ingestToFolder({ dir: input, out, agenciesCsv: AGENCIES });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingest of a folder with problems', () => {
  it('lists each unreadable file with its reason and keeps it as a failed row', async () => {
    expect(summary.failed.map((f) => f.file)).toEqual(['broken.txt', 'missing.txt']);
    expect(summary.failed[0].reason).toMatch(/binary|PDF/);
    expect(summary.failed[1].reason).toBe('listed in manifest.csv but not found');
    const failed = await query(
      out,
      `SELECT report_id, status, error, layout FROM '$DIR/reports.parquet' WHERE status = 'failed' ORDER BY 1`,
    );
    expect(failed.map((r) => [r.report_id, r.status, r.layout])).toEqual([
      ['broken', 'failed', 'unknown'],
      ['missing', 'failed', 'unknown'],
    ]);
    expect(failed[0].error).toBe(summary.failed[0].reason);
  });

  it('names the agency of a failed file when the manifest does', async () => {
    writeFileSync(
      join(input, 'manifest.csv'),
      `${readFileSync(join(input, 'manifest.csv'), 'utf8')}gone.txt,郯城县行政审批服务局,,,,,,,\n`,
    );
    const again = await ingestToFolder({ dir: input, out: join(root, 'with-gone'), agenciesCsv: AGENCIES, workers: 0 });
    expect(again.reports.find((r) => r.report_id === 'gone')).toMatchObject({
      status: 'failed',
      agency_id: 'tancheng-approval',
      agency_name: '郯城县行政审批服务局',
    });
    // Restore the planted folder for the tests below.
    writeFileSync(
      join(input, 'manifest.csv'),
      readFileSync(join(input, 'manifest.csv'), 'utf8').replace(/gone\.txt.*\n/, ''),
    );
  });

  it('ingests every other report with its cells', async () => {
    const ok = await query(
      out,
      `SELECT r.report_id, count(c.cell_id) AS cells FROM '$DIR/reports.parquet' r
       LEFT JOIN '$DIR/cells.parquet' c USING (report_id) WHERE r.status = 'ok' GROUP BY 1 ORDER BY 1`,
    );
    expect(ok.map((r) => [r.report_id, Number(r.cells)])).toEqual([
      ['000', 200],
      ['007', 200],
      ['008', 200],
      ['107dup', 200],
      ['900', 200],
    ]);
  });

  it('takes source URL and notes from manifest.csv', async () => {
    const [row] = await query(
      out,
      `SELECT source_url, source_notes, source_format FROM '$DIR/reports.parquet' WHERE report_id = '000'`,
    );
    expect(row).toEqual({
      source_url: 'https://example.gov.cn/000.htm',
      source_notes: 'a note, with a comma',
      source_format: 'text',
    });
  });

  it('records the duplicate report (at least on the later one)', async () => {
    const dups = await query(
      out,
      `SELECT report_id FROM '$DIR/findings.parquet' WHERE rule = 'cross.duplicate_report' ORDER BY 1`,
    );
    expect(dups.map((r) => r.report_id)).toContain('107dup');
  });

  it('keeps a report of an unlisted agency: generated id, curated false, a meta.unknown_agency finding', async () => {
    const [report] = await query(
      out,
      `SELECT agency_id, agency_name, n_warnings FROM '$DIR/reports.parquet' WHERE report_id = '900'`,
    );
    expect(report.agency_name).toBe('测试县未收录服务局');
    expect(report.agency_id).toMatch(/^x-[0-9a-f]{10}$/);
    const [agency] = await query(
      out,
      `SELECT name, curated FROM '$DIR/agencies.parquet' WHERE agency_id = '${report.agency_id}'`,
    );
    expect(agency).toEqual({ name: '测试县未收录服务局', curated: false });
    const findings = await query(
      out,
      `SELECT rule FROM '$DIR/findings.parquet' WHERE report_id = '900' AND rule = 'meta.unknown_agency'`,
    );
    expect(findings).toHaveLength(1);
    expect(report.n_warnings).toBeGreaterThanOrEqual(1);
  });

  it('matches curated agencies by name', async () => {
    const rows = await query(
      out,
      `SELECT report_id, agency_id FROM '$DIR/reports.parquet' WHERE report_id IN ('000', '008') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { report_id: '000', agency_id: 'tancheng-approval' },
      { report_id: '008', agency_id: 'pingtan' },
    ]);
  });

  it('counts findings per report consistently with the findings table', async () => {
    const mismatched = await query(
      out,
      `SELECT r.report_id FROM '$DIR/reports.parquet' r
       LEFT JOIN (SELECT report_id, count(*) FILTER (WHERE severity = 'error') AS e, count(*) FILTER (WHERE severity = 'warning') AS w
                  FROM '$DIR/findings.parquet' GROUP BY 1) f USING (report_id)
       WHERE r.n_errors <> coalesce(f.e, 0) OR r.n_warnings <> coalesce(f.w, 0)`,
    );
    expect(mismatched).toEqual([]);
  });
});

describe('reproducibility and atomic output', () => {
  const files = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir)
        .sort()
        .map((f) => [f, readFileSync(join(dir, f))]),
    );

  it.each([
    ['a second run', undefined],
    ['a run parsing in this thread instead of worker threads', 0],
  ])(
    'gives byte-identical files on %s',
    async (_, workers) => {
      const again = join(root, `again-${workers}`);
      await ingestToFolder({ dir: input, out: again, agenciesCsv: AGENCIES, workers });
      const first = files(out);
      expect(Object.keys(first)).toEqual(Object.keys(files(again)));
      for (const [name, bytes] of Object.entries(files(again))) expect(bytes.equals(first[name]), name).toBe(true);
    },
    60_000,
  );

  it('leaves the target untouched and no temporary folder when the build fails', async () => {
    const before = files(out);
    await expect(
      replaceDirectory(out, async (tmp) => {
        writeFileSync(join(tmp, 'reports.parquet'), 'half-written');
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(files(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('command line', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) =>
    run('npx', ['tsx', 'src/pipeline/ingest.ts', input, '--out', join(root, 'cli'), ...args]);

  it('names each failed file on stderr and exits 0 without --strict', async () => {
    const { stderr, stdout } = await cli();
    expect(stderr).toContain('broken.txt: ');
    expect(stderr).toContain('missing.txt: listed in manifest.csv but not found');
    expect(stdout).toMatch(/7 reports \(2 failed\)/);
    expect(existsSync(join(root, 'cli', 'manifest.json'))).toBe(true);
  }, 60_000);

  it('exits non-zero with --strict', async () => {
    await expect(cli('--strict')).rejects.toMatchObject({ code: 1 });
  }, 60_000);

  it('says which folder is missing', async () => {
    const missing = run('npx', ['tsx', 'src/pipeline/ingest.ts', join(root, 'nope'), '--out', join(root, 'cli2')]);
    await expect(missing).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nope: no such folder of reports'),
    });
    expect(existsSync(join(root, 'cli2'))).toBe(false);
  }, 60_000);
});
