/**
 * `npm run bench` runs bench:parse over data/reports as it is: when the real PDFs and coverage.csv
 * joined the corpus it stopped with "binary data … not a text or HTML page" and nobody saw it. A
 * short run must finish and report every input kind with a rate above zero.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('bench:parse', () => {
  it('runs over the whole corpus folder and reports each kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-parse-'));
    try {
      const out = join(dir, 'parse.json');
      execFileSync('npx', ['tsx', 'scripts/bench-parse.ts', '0.02', '--json', out], { stdio: 'pipe' });
      const lines = JSON.parse(readFileSync(out, 'utf8')) as { label: string; reportsPerCpuSecond: number }[];
      const kinds = lines.map((l) => l.label);
      for (const kind of ['text', 'markdown', 'html', 'docx', 'pdf']) expect(kinds).toContain(kind);
      for (const line of lines) expect(line.reportsPerCpuSecond, line.label).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
