/**
 * The counts of one suite's JSON report (vitest's or Playwright's) for the summary line of
 * scripts/test-all.sh: prints "passed failed skipped" on stdout and names every skipped and every
 * flaky test (passed only on a retry) on stderr, so neither hides in a total.
 * Usage: tsx scripts/test-counts.ts <report.json> vitest|playwright
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface Counts {
  passed: number;
  failed: number;
  skipped: string[];
  /** Passed only on a retry: counted as passed, and named. */
  flaky: string[];
}

interface VitestReport {
  numTotalTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

export function vitestCounts(report: VitestReport): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: [], flaky: [] };
  for (const file of report.testResults) {
    for (const t of file.assertionResults) {
      if (t.status === 'passed') counts.passed += 1;
      else if (t.status === 'failed') counts.failed += 1;
      else counts.skipped.push(`${file.name} › ${t.fullName} (${t.status})`);
    }
  }
  // A run that found no test at all failed (a broken config, not a green suite).
  if (report.numTotalTests === 0) counts.failed += 1;
  return counts;
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; tests: { status: 'expected' | 'unexpected' | 'flaky' | 'skipped' }[] }[];
}

export function playwrightCounts(report: { suites: PlaywrightSuite[] }): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: [], flaky: [] };
  const walk = (suite: PlaywrightSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      const name = [...path, spec.title].join(' › ');
      for (const t of spec.tests) {
        if (t.status === 'expected') counts.passed += 1;
        else if (t.status === 'unexpected') counts.failed += 1;
        else if (t.status === 'flaky') {
          counts.passed += 1;
          counts.flaky.push(name);
        } else counts.skipped.push(name);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.title]);
  return counts;
}

function main(file: string, kind: string): void {
  let counts: Counts;
  if (!existsSync(file)) counts = { passed: 0, failed: 1, skipped: [], flaky: [] };
  else {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    counts = kind === 'vitest' ? vitestCounts(report) : playwrightCounts(report);
  }
  for (const name of counts.flaky) console.error(`${kind}: FLAKY (passed only on retry): ${name}`);
  for (const name of counts.skipped) console.error(`${kind}: SKIPPED: ${name}`);
  console.log(counts.passed, counts.failed, counts.skipped.length);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv[2], process.argv[3]);
