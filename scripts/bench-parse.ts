/**
 * Parser throughput on the corpus: parses each input kind (text, Markdown, HTML) repeatedly for
 * a fixed time and prints reports/s and MB/s, plus the ~100 KB saved page 010.html alone
 * (target: ≥ 1,000 reports/s on one core), then Word and PDF files (PDF target: ≥ 50 pages/s).
 * A benchmark, not a test: it asserts nothing.
 *
 *   npm run bench:parse [-- SECONDS_PER_KIND] [--json FILE]
 *
 * `--json FILE` also writes the numbers (for npm run bench).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/report/parse';
import { parseReportFile } from '../src/report/parse-file';

const DIR = join(import.meta.dirname, '..', 'data', 'reports');
const args = parseArgs({ allowPositionals: true, options: { json: { type: 'string' } } });
const seconds = Number(args.positionals[0] ?? 0.8);

/** One line of results: reports (and PDF pages) per wall second and per CPU second. */
interface Rate {
  label: string;
  reportsPerSecond: number;
  reportsPerCpuSecond: number;
  pagesPerSecond?: number;
  pagesPerCpuSecond?: number;
}
const results: Rate[] = [];

interface Input {
  name: string;
  bytes: Uint8Array;
}

/** The synchronous parser's kinds; the PDFs and the CSV files beside the reports are not its input. */
const TEXT_KINDS: Record<string, string> = { html: 'html', htm: 'html', md: 'markdown', txt: 'text' };
const kindOf = (name: string) => TEXT_KINDS[name.split('.').pop()?.toLowerCase() ?? ''];
const inputs: Input[] = readdirSync(DIR)
  .filter((f) => kindOf(f) !== undefined)
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));

function bench(label: string, set: Input[]): void {
  for (const i of set) parseReport(i.bytes, i.name); // warm-up
  let reports = 0;
  let bytes = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (const i of set) {
      parseReport(i.bytes, i.name);
      reports++;
      bytes += i.bytes.length;
    }
    elapsed = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  const wall = elapsed / 1000;
  // CPU seconds of this process: on a shared, loaded machine closer to "one core" than wall time.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const avgKb = bytes / reports / 1024;
  results.push({ label, reportsPerSecond: reports / wall, reportsPerCpuSecond: reports / cpuSeconds });
  console.log(
    `${label.padEnd(22)} ${String(set.length).padStart(3)} files, avg ${avgKb.toFixed(1).padStart(6)} KB: ` +
      `${(reports / wall).toFixed(0).padStart(6)} reports/s ${(bytes / wall / 1e6).toFixed(1).padStart(6)} MB/s wall · ` +
      `${(reports / cpuSeconds).toFixed(0).padStart(6)} reports/s ${(bytes / cpuSeconds / 1e6).toFixed(1).padStart(6)} MB/s per CPU second`,
  );
}

console.log(`parseReport throughput, ${seconds} s per line, one thread (load average: see \`uptime\`)`);
for (const kind of ['text', 'markdown', 'html'])
  bench(
    kind,
    inputs.filter((i) => kindOf(i.name) === kind),
  );
bench(
  '010.html (saved page)',
  inputs.filter((i) => i.name === '010.html'),
);

// Word and PDF files (data/fixtures/office, made from corpus reports): the async readers, each
// file parsed repeatedly; PDF also in pages per CPU second (target: ≥ 50 pages/s on one core).
async function benchOffice(ext: 'docx' | 'pdf'): Promise<void> {
  const dir = join(import.meta.dirname, '..', 'data', 'fixtures', 'office');
  // With the real published PDFs of the corpus (021.pdf, 022.pdf: exported by WPS/Word).
  const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(DIR).map((f) => join(DIR, f))];
  const set = files
    .filter((f) => f.endsWith(`.${ext}`) && !f.includes('scanned'))
    .sort()
    .map((path) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) }));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pagesOf = async (bytes: Uint8Array) =>
    ext === 'pdf' ? (await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise).numPages : 0;
  const pages = new Map<string, number>();
  for (const i of set) {
    pages.set(i.name, await pagesOf(i.bytes));
    await parseReportFile(i.bytes, i.name); // warm-up
  }
  let reports = 0;
  let pageCount = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < seconds * 1000) {
    for (const i of set) {
      await parseReportFile(i.bytes, i.name);
      reports++;
      pageCount += pages.get(i.name)!;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wall = (performance.now() - start) / 1000;
  results.push({
    label: ext,
    reportsPerSecond: reports / wall,
    reportsPerCpuSecond: reports / cpuSeconds,
    ...(ext === 'pdf' ? { pagesPerSecond: pageCount / wall, pagesPerCpuSecond: pageCount / cpuSeconds } : {}),
  });
  const perPage =
    ext === 'pdf'
      ? ` · ${(pageCount / wall).toFixed(0)} pages/s wall, ${(pageCount / cpuSeconds).toFixed(0)} pages per CPU second`
      : '';
  console.log(
    `${ext.padEnd(22)} ${String(set.length).padStart(3)} files: ${(reports / wall).toFixed(1)} reports/s wall, ${(reports / cpuSeconds).toFixed(1)} per CPU second${perPage}`,
  );
}
await benchOffice('docx');
await benchOffice('pdf');
if (args.values.json) writeFileSync(args.values.json, JSON.stringify(results, null, 2));
