import { describe, expect, it } from 'vitest';
import { playwrightCounts, vitestCounts } from './test-counts';

describe('the counts of the summary line', () => {
  it('counts vitest tests by status and names the skipped ones', () => {
    const counts = vitestCounts({
      numTotalTests: 4,
      testResults: [
        {
          name: 'src/a.test.ts',
          assertionResults: [
            { fullName: 'a works', status: 'passed' },
            { fullName: 'a fails', status: 'failed' },
            { fullName: 'a later', status: 'skipped' },
            { fullName: 'a todo', status: 'todo' },
          ],
        },
      ],
    });
    expect(counts).toEqual({
      passed: 1,
      failed: 1,
      skipped: ['src/a.test.ts › a later (skipped)', 'src/a.test.ts › a todo (todo)'],
      flaky: [],
    });
  });

  it('counts a vitest run that found no tests as a failure', () => {
    expect(vitestCounts({ numTotalTests: 0, testResults: [] }).failed).toBe(1);
  });

  it('names a Playwright test that passed only on retry as flaky, and the skipped ones', () => {
    const counts = playwrightCounts({
      suites: [
        {
          title: 'app.spec.ts',
          specs: [
            { title: 'loads', file: 'app.spec.ts', tests: [{ status: 'expected' }] },
            { title: 'wobbles', file: 'app.spec.ts', tests: [{ status: 'flaky' }] },
            { title: 'breaks', file: 'app.spec.ts', tests: [{ status: 'unexpected' }] },
          ],
          suites: [
            { title: 'nested', specs: [{ title: 'not here', file: 'app.spec.ts', tests: [{ status: 'skipped' }] }] },
          ],
        },
      ],
    });
    expect(counts).toEqual({
      passed: 2,
      failed: 1,
      skipped: ['app.spec.ts › nested › not here'],
      flaky: ['app.spec.ts › wobbles'],
    });
  });
});
