/** The parse CLI as a user runs it: JSON array in argument order, exit codes, errors on stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function runCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/parse.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parse CLI', () => {
  it('prints a JSON array with one object per file, in argument order, with exactly the schema keys', () => {
    const { code, stdout, stderr } = runCli('data/reports/006.txt', 'data/reports/002.html', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.map((r: { source: string }) => r.source)).toEqual(['data/reports/006.txt', 'data/reports/002.html']);
    expect(out.map((r: { layout: string }) => r.layout)).toEqual(['2021', '2019']);
    const allowed = ['source', 'layout', 'agency', 'agency_aliases', 'year', 'published', 'cells', 'findings'];
    for (const r of out) expect(Object.keys(r).every((k) => allowed.includes(k))).toBe(true);
    expect(Object.keys(out[0].cells)).toHaveLength(200);
    expect(out[0].cells['t2.licensing.decisions']).toBe(10690);
  });

  it('exits 1 when a file cannot be parsed, still printing the others, the failure on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.4\n\u0000\u0001binary');
    const { code, stdout, stderr } = runCli('data/reports/000.txt', broken, 'data/reports/009.txt', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((r: { source: string }) => r.source)).toEqual([
      'data/reports/000.txt',
      'data/reports/009.txt',
    ]);
    expect(stderr.trim()).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the PDF file is damaged or incomplete`),
    );
  });

  it('reports a missing file as a failure', () => {
    const { code, stderr } = runCli('no-such-file.txt', '--json');
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-file.txt: cannot read the file (ENOENT)');
  });

  it('prints a readable summary without --json', () => {
    const { code, stdout } = runCli('data/reports/000.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('机关 agency: 郯城县行政审批服务局');
    expect(stdout).toMatch(/本年新收政府信息公开申请数量\s+16\s+0\s+0\s+0\s+0\s+0\s+16/);
    expect(stdout).toMatch(/行政事业性收费\s+本年收费金额（单位：万元）\s+42\.39/);
  });

  it('leaves blank cells blank in the summary', () => {
    const { stdout } = runCli('data/reports/002.html');
    expect(stdout).toMatch(/\n {2}部分公开\s+3\n/);
  });

  it('shows usage and exits 2 without files', () => {
    expect(runCli('--json').code).toBe(2);
  });
});
