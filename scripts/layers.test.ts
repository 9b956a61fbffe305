/**
 * The layer rules (.dependency-cruiser.cjs, run by `npm run lint`) fail on a deliberate upward
 * import: scratch files in src/report and src/db that import a view are reported with the rules
 * they break, and nothing else in what they pull in is.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const SCRATCH = {
  'src/report/layers-scratch.ts':
    "import { overviewQueries } from '../queries/overview';\nexport const q = overviewQueries;\n",
  'src/db/layers-scratch.ts': "import { EXAMPLES } from '../views/sql/examples';\nexport const e = EXAMPLES;\n",
  'src/views/about/layers-scratch.ts': "import { runScript } from '../sql/runScript';\nexport const r = runScript;\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

afterAll(() => {
  for (const file of Object.keys(SCRATCH)) rmSync(file, { force: true });
});

describe('layer rules', () => {
  it('fail on an upward import in a scratch file, naming the rule', async () => {
    for (const [file, text] of Object.entries(SCRATCH)) writeFileSync(file, text);
    const run = await promisify(execFile)(
      'npx',
      ['depcruise', ...Object.keys(SCRATCH), '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout: string; code: number }) => error);
    const violations = (JSON.parse(run.stdout).summary.violations as Violation[]).map((v) => [
      v.rule.name,
      v.from,
      v.to,
    ]);
    expect(violations.sort()).toEqual(
      [
        ['report-is-pure', 'src/report/layers-scratch.ts', 'src/queries/overview.ts'],
        ['db-below-views', 'src/db/layers-scratch.ts', 'src/views/sql/examples.ts'],
        ['views-keep-to-themselves', 'src/views/about/layers-scratch.ts', 'src/views/sql/runScript.ts'],
      ].sort(),
    );
    expect((run as { code?: number }).code).not.toBe(0);
  }, 180_000);
});
