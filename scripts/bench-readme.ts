/**
 * npm run bench:readme — rewrites README.md's benchmark table (between the bench markers) from
 * .bench/results.json, the output of the last npm run bench.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markdownTable, type SummaryRow } from './bench-table';

const ROOT = resolve(import.meta.dirname, '..');
const START = '<!-- bench:start (npm run bench:readme writes this table from .bench/results.json) -->';
const END = '<!-- bench:end -->';

const results = JSON.parse(readFileSync(join(ROOT, '.bench', 'results.json'), 'utf8')) as {
  date: string;
  context: string;
  summary: SummaryRow[];
};
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
const section = `${START}\n\nRun of ${results.date.slice(0, 10)}: ${results.context}.\n\n${markdownTable(results.summary)}\n\n`;
writeFileSync(readmePath, readme.slice(0, from) + section + readme.slice(to));
// Biome formats the tree's Markdown too (aligned table columns): the README stays as npm run lint wants it.
execFileSync('npx', ['biome', 'format', '--write', readmePath], { cwd: ROOT, stdio: 'ignore' });
console.log(`README.md: benchmark table of ${results.date} written`);
