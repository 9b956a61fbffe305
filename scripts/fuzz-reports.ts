/**
 * npm run fuzz -- [--seed N] [--count N] [--out DIR] [--timeout MS]
 * npm run fuzz -- --sample data/fixtures/fuzz   (rewrites the small regression sample and its expected outcomes)
 *
 * Robustness fuzzing of the parser and the ingest. Writes `count` damaged reports, made
 * reproducibly (seeded) from the real ones in data/reports, to DIR (default: a new temp folder):
 * truncated, rows shuffled or dropped, cells swapped, digits turned into letters, full-/half-width
 * mixed, unclosed or deeply nested HTML, scripts and huge attributes injected, GBK declared as
 * UTF-8 and the reverse, 10 MB pages, binary garbage, empty files. Each is parsed (parseReportFile)
 * in a worker thread with a time limit, so a hang is caught and reported instead of waited on.
 * Every file must end as a parse (with findings) or a ParseError naming the file; an uncaught
 * exception or a timeout fails the run. Then the ingest runs over the whole folder into a temp
 * dir and must list exactly the files that gave a ParseError as failed. Prints a summary.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { ParsedReport } from '../src/report/types';
import { makeRandom } from './gen-synthetic-reports';

export type Random = ReturnType<typeof makeRandom>;

/** A real report as the mutations see it. */
export interface Seed {
  file: string;
  text: string;
}

export interface Mutant {
  /** File name: `NNN-<mutation>-<seed report stem>.<ext>`. */
  file: string;
  mutation: string;
  /** The real report it was made from (its gold figures are the oracle). */
  seed: string;
  bytes: Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const int = (rng: Random, n: number) => Math.floor(rng.next() * n);
const pick = <T>(rng: Random, items: readonly T[]) => items[int(rng, items.length)];

function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = int(rng, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** GBK encoder built from the platform's decoder (Node has no GBK TextEncoder); unmappable → `?`. */
let gbkTable: Map<string, number[]> | null = null;
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

const lines = (text: string) => text.split('\n');
/** Lines that look like table rows: they hold a number. */
const rowIndexes = (ls: string[]) => ls.flatMap((l, i) => (/\d/.test(l) ? [i] : []));
const HTML_HEAD = (charset: string) =>
  `<!doctype html><html><head><meta charset="${charset}"><title>年报</title></head><body>`;
const TEN_MB = 10 * 1024 * 1024;
/** The report as page content: a web page's own markup, a text report in <pre> (as CMSs publish pasted text). */
const asMarkup = (seed: Seed) =>
  /\.html?$/.test(seed.file) ? seed.text : `<pre>${seed.text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</pre>`;

/** Each mutation: a real report's text → damaged bytes. Names appear in the file names and the summary. */
export const MUTATIONS: Record<string, (seed: Seed, rng: Random) => Uint8Array> = {
  truncated(seed, rng) {
    const bytes = utf8(seed.text);
    // Any byte offset, also inside a multi-byte character.
    return bytes.subarray(0, int(rng, bytes.length));
  },
  'rows-shuffled'(seed, rng) {
    const ls = lines(seed.text);
    const rows = rowIndexes(ls);
    const moved = shuffle(
      rng,
      rows.map((i) => ls[i]),
    );
    rows.forEach((i, k) => {
      ls[i] = moved[k];
    });
    return utf8(ls.join('\n'));
  },
  'rows-dropped'(seed, rng) {
    const ls = lines(seed.text);
    const drop = new Set(rowIndexes(ls).filter(() => rng.next() < 0.3));
    return utf8(ls.filter((_, i) => !drop.has(i)).join('\n'));
  },
  'cells-swapped'(seed, rng) {
    const numbers = [...seed.text.matchAll(/\d+/g)];
    if (numbers.length < 2) return utf8(seed.text);
    let text = seed.text;
    for (let k = 0; k < 20; k++) {
      const a = pick(rng, numbers);
      const b = pick(rng, numbers);
      // Same-length swaps keep every other offset valid.
      if (a[0].length !== b[0].length || a.index === b.index) continue;
      text = text.slice(0, a.index) + b[0] + text.slice(a.index + a[0].length);
      text = text.slice(0, b.index) + a[0] + text.slice(b.index + b[0].length);
    }
    return utf8(text);
  },
  'digits-to-letters'(seed, rng) {
    return utf8(seed.text.replace(/\d/g, (d) => (rng.next() < 0.2 ? 'OlZEASGTBg'[Number(d)] : d)));
  },
  'width-mixed'(seed, rng) {
    const HALF = '0123456789()|:,';
    const FULL = '０１２３４５６７８９（）｜：，';
    return utf8(
      [...seed.text]
        .map((c) => {
          if (rng.next() >= 0.5) return c;
          const h = HALF.indexOf(c);
          if (h >= 0) return FULL[h];
          const f = FULL.indexOf(c);
          return f >= 0 ? HALF[f] : c;
        })
        .join(''),
    );
  },
  'html-unclosed'(seed, rng) {
    const tags = ['<table>', '<tr>', '<td>', '<div>', '<p>', '<td colspan="99999">', '<td rowspan="-3">', '<th>'];
    const body = lines(seed.text)
      .map((l) => `${pick(rng, tags)}${l.replaceAll('|', pick(rng, ['<td>', '</td><td>', '</tr>']))}`)
      .join('\n');
    return utf8(`${HTML_HEAD('utf-8')}${body}`);
  },
  'html-deep-nesting'(seed, rng) {
    const depth = 5000 + int(rng, 20000);
    const open = pick(rng, ['<div>', '<table><tr><td>', '<span>', '<b><i>']);
    return utf8(`${HTML_HEAD('utf-8')}${open.repeat(depth)}${asMarkup(seed)}`);
  },
  'script-injected'(seed, rng) {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      "'; DROP TABLE reports; --",
      '</script><script>alert(document.domain)</script>',
      '<iframe src="javascript:alert(1)"></iframe>',
    ];
    const ls = lines(seed.text);
    // Between lines, not inside a row written one cell per line (`4 |`): a line of its own.
    for (let k = 0; k < 8; k++) {
      const at = int(rng, ls.length + 1);
      if (!ls[at - 1]?.trimEnd().endsWith('|')) ls.splice(at, 0, pick(rng, payloads));
    }
    // The title line names the agency: a hostile agency name.
    ls[0] = `${pick(rng, payloads)}${ls[0]}`;
    return utf8(ls.join('\n'));
  },
  'huge-attribute'(seed, rng) {
    const size = 1_000_000 + int(rng, 2_000_000);
    return utf8(`${HTML_HEAD('utf-8')}<div data-x="${'A'.repeat(size)}">${asMarkup(seed)}</div>`);
  },
  'attribute-unclosed'(seed, rng) {
    // A quote that never closes: the rest of the page is inside the attribute.
    const size = 1_000_000 + int(rng, 2_000_000);
    return utf8(`${HTML_HEAD('utf-8')}<div title='${'"'.repeat(size)}>${asMarkup(seed)}</div>`);
  },
  crlf(seed) {
    return utf8(seed.text.replaceAll('\n', '\r\n'));
  },
  'separators-wide'(seed, rng) {
    // The cell separators of a text report as Word, a CMS or a PDF copy writes them.
    const sep = pick(rng, ['｜', '│', '¦', '\t']);
    return utf8(seed.text.replace(/ ?\| ?/g, sep === '\t' ? '\t' : ` ${sep} `));
  },
  'gbk-clean'(seed) {
    return encodeGbk(seed.text);
  },
  'gbk-declared-utf8'(seed) {
    const text = `${HTML_HEAD('utf-8')}${asMarkup(seed)}</body></html>`;
    return encodeGbk(text);
  },
  'utf8-declared-gbk'(seed) {
    return utf8(`${HTML_HEAD('gbk')}${asMarkup(seed)}</body></html>`);
  },
  'gbk-plain'(seed, rng) {
    // GBK text with a few invalid byte pairs sprinkled in.
    const bytes = encodeGbk(seed.text);
    for (let k = 0; k < 5; k++) bytes[int(rng, bytes.length)] = 0xff;
    return bytes;
  },
  'ten-mb-repeated'(seed) {
    return utf8(seed.text.repeat(Math.ceil(TEN_MB / utf8(seed.text).length)));
  },
  'ten-mb-one-line'(seed) {
    const padding = '信息公开'.repeat(TEN_MB / 12);
    return utf8(`${seed.text.slice(0, 200)}${padding}${seed.text.replaceAll('\n', ' ')}`);
  },
  'binary-garbage'(_seed, rng) {
    const bytes = new Uint8Array(1000 + int(rng, 100_000)).map(() => int(rng, 256));
    // Now and then dressed as a PDF or a ZIP (Word) file.
    const magic = pick(rng, [[], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x50, 0x4b, 0x03, 0x04]]);
    bytes.set(magic);
    return bytes;
  },
  'text-with-garbage'(seed, rng) {
    const bytes = utf8(seed.text);
    for (let k = 0; k < bytes.length / 50; k++) bytes[int(rng, bytes.length)] = int(rng, 256);
    return bytes;
  },
  empty(_seed, rng) {
    return utf8(pick(rng, ['', ' \n\t\n', '\ufeff', '<html></html>']));
  },
};

/**
 * The mutations that keep every figure and label of the report: the parse must give the gold
 * cells (100 % cell recall). The others destroy information: every gold figure they lose must be
 * accounted for by a finding (or the file refused), never a silent null.
 */
export const PRESERVING = new Set([
  'width-mixed',
  'html-deep-nesting',
  'script-injected',
  'huge-attribute',
  'gbk-declared-utf8',
  'utf8-declared-gbk',
  'ten-mb-repeated',
  'crlf',
  'separators-wide',
  'gbk-clean',
]);

/** `count` damaged reports from `seeds`; the same seed number gives the same bytes. */
export function makeMutants(seeds: readonly Seed[], count: number, seedNumber: number): Mutant[] {
  const rng = makeRandom(seedNumber);
  const names = Object.keys(MUTATIONS);
  return Array.from({ length: count }, (_, i) => {
    // Every mutation in turn, each on a random real report.
    const mutation = names[i % names.length];
    const seed = pick(rng, seeds);
    const stem = seed.file.replace(/\.[^.]+$/, '');
    const ext =
      mutation.startsWith('html') || mutation.includes('declared') || mutation === 'huge-attribute'
        ? 'html'
        : seed.file.split('.').pop();
    const file = `${String(i).padStart(3, '0')}-${mutation}-${stem}.${ext}`;
    return { file, mutation, seed: seed.file, bytes: MUTATIONS[mutation](seed, rng) };
  });
}

/** The hand-verified figures of a report in `reportsDir` (from its sibling gold/ folder), if any. */
export function goldCells(reportsDir: string, report: string): GoldCells | null {
  const path = join(reportsDir, '..', 'gold', `${report.replace(/\.[^.]+$/, '')}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { cells: GoldCells }).cells : null;
}

export function readSeeds(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

// ---- Parsing each file with a time limit --------------------------------------------------------

/** A parse against the gold figures of the report it was made from. */
export interface Score {
  /** Gold cells, and how many of them the parse gives exactly. */
  total: number;
  matched: number;
  /** Gold figures read as null with no finding that says the table, row or cell was not read. */
  silentNulls: string[];
  /** Gold figures read as null and called blank (`cell.blank`: the publisher's empty cell) although the source had them. */
  calledBlank: string[];
}

export type Outcome =
  | { kind: 'parsed'; findings: number; layout: string; score?: Score }
  | { kind: 'parse-error'; message: string }
  | { kind: 'crash'; message: string }
  | { kind: 'timeout' };

export type GoldCells = Record<string, number | null>;

/** Cell recall against the gold figures, and the lost figures no `table.*`/`row.*`/`cell.unreadable` finding accounts for. */
export function scoreCells(report: ParsedReport, gold: GoldCells): Score {
  const accounting = report.findings.filter(
    (f) => f.rule.startsWith('table.') || f.rule.startsWith('row.') || f.rule === 'cell.unreadable',
  );
  // A finding without cells speaks for the whole report (e.g. no table found at all).
  const accounted = (id: string) => accounting.some((f) => !f.cells?.length || f.cells.includes(id));
  const blank = new Set(report.findings.filter((f) => f.rule === 'cell.blank').flatMap((f) => f.cells ?? []));
  const ids = Object.keys(gold);
  const lost = ids.filter((id) => gold[id] !== null && (report.cells[id] ?? null) === null);
  return {
    total: ids.length,
    matched: ids.filter((id) => report.cells[id] === gold[id]).length,
    silentNulls: lost.filter((id) => !accounted(id)),
    calledBlank: lost.filter((id) => blank.has(id)),
  };
}

/** Parses in this thread, classifying the result (used by the worker and the regression tests); scored when `gold` is given. */
export async function classifyParse(bytes: Uint8Array, source: string, gold?: GoldCells): Promise<Outcome> {
  const { parseReportFile } = await import('../src/report/parse-file');
  const { ParseError } = await import('../src/report/types');
  try {
    const { report } = await parseReportFile(bytes, source);
    return {
      kind: 'parsed',
      findings: report.findings.length,
      layout: report.layout,
      ...(gold ? { score: scoreCells(report, gold) } : {}),
    };
  } catch (error) {
    if (error instanceof ParseError && error.source === source) return { kind: 'parse-error', message: error.message };
    return { kind: 'crash', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const SELF_URL = import.meta.url;
// argv is emptied so that no imported script's "run as main" guard fires inside the worker.
const BOOTSTRAP = `process.argv.length = 1; import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(SELF_URL)}, ${JSON.stringify(SELF_URL)}))`;

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', async ({ bytes, source, gold }: { bytes: Uint8Array; source: string; gold?: GoldCells }) => {
    port.postMessage(await classifyParse(bytes, source, gold));
  });
}

/** One worker thread; a parse that exceeds the limit terminates it and a fresh one takes over. */
export function createTimedParser(timeoutMs: number) {
  let worker: Worker | null = null;
  return {
    parse(bytes: Uint8Array, source: string, gold?: GoldCells): Promise<Outcome> {
      worker ??= new Worker(BOOTSTRAP, { eval: true });
      const w = worker;
      return new Promise((resolve) => {
        const done = (outcome: Outcome) => {
          clearTimeout(timer);
          w.removeAllListeners('message').removeAllListeners('error');
          resolve(outcome);
        };
        const timer = setTimeout(() => {
          worker = null;
          void w.terminate();
          done({ kind: 'timeout' });
        }, timeoutMs);
        w.once('message', done);
        w.once('error', (e) => {
          worker = null;
          done({ kind: 'crash', message: `worker died: ${e.message}` });
        });
        w.postMessage({ bytes, source, gold });
      });
    },
    async close() {
      await worker?.terminate();
    },
  };
}

// ---- The run -------------------------------------------------------------------------------------

export interface FileResult {
  file: string;
  mutation: string;
  size: number;
  ms: number;
  outcome: Outcome;
  /** Cells of the gold figures of the report it was made from (0 when it has none). */
  goldCells: number;
}

/** Per mutation: cell recall against the gold figures (a refused file recalls nothing) and silent nulls. */
export function recallByMutation(results: readonly FileResult[]) {
  const mutations = [...new Set(results.map((r) => r.mutation))];
  return mutations.map((mutation) => {
    const of = results.filter((r) => r.mutation === mutation);
    let matched = 0;
    let total = 0;
    let silentNulls = 0;
    let calledBlank = 0;
    for (const r of of) {
      total += r.goldCells;
      if (r.outcome.kind === 'parsed' && r.outcome.score) {
        matched += r.outcome.score.matched;
        silentNulls += r.outcome.score.silentNulls.length;
        calledBlank += r.outcome.score.calledBlank.length;
      }
    }
    const parsed = of.filter((r) => r.outcome.kind === 'parsed').length;
    const preserving = PRESERVING.has(mutation);
    return { mutation, preserving, files: of.length, parsed, matched, total, silentNulls, calledBlank };
  });
}

/** The printed summary: counts by outcome, by mutation with its cell recall, the slowest file, and every failure of the oracle. */
export function summarize(results: readonly FileResult[]): string {
  const byOutcome = new Map<string, number>();
  for (const r of results) byOutcome.set(r.outcome.kind, (byOutcome.get(r.outcome.kind) ?? 0) + 1);
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  const bad = results.filter((r) => r.outcome.kind === 'crash' || r.outcome.kind === 'timeout');
  const rows = recallByMutation(results);
  const percent = (m: number, t: number) => (t === 0 ? '    –' : `${((100 * m) / t).toFixed(1).padStart(5)} %`);
  const perMutation = rows.map(
    (r) =>
      `  ${r.mutation.padEnd(20)} ${r.preserving ? 'keeps' : 'loses'} ${String(r.files).padStart(3)} files: ` +
      `${r.parsed} parsed, ${r.files - r.parsed} refused · cell recall ${percent(r.matched, r.total)} (${r.matched}/${r.total})` +
      (r.preserving ? '' : ` · ${r.silentNulls} silent nulls, ${r.calledBlank} called blank`),
  );
  const failures = [
    ...bad.map((r) => `  FAIL ${r.file}: ${r.outcome.kind}${'message' in r.outcome ? ` ${r.outcome.message}` : ''}`),
    ...rows
      .filter((r) => r.preserving && r.matched < r.total)
      .map((r) => `  FAIL ${r.mutation} keeps the information but recalls ${r.matched} of ${r.total} cells`),
    ...rows
      .filter((r) => !r.preserving && r.silentNulls > 0)
      .map((r) => `  FAIL ${r.mutation}: ${r.silentNulls} lost figures with no table/row finding (silent nulls)`),
    ...rows
      .filter((r) => !r.preserving && r.calledBlank > 0)
      .map((r) => `  FAIL ${r.mutation}: ${r.calledBlank} lost figures called the publisher's blank (cell.blank)`),
  ];
  return [
    `${results.length} damaged reports: ${['parsed', 'parse-error', 'crash', 'timeout'].map((k) => `${byOutcome.get(k) ?? 0} ${k}`).join(', ')}`,
    `slowest: ${slowest.file} (${(slowest.size / 1e6).toFixed(1)} MB) in ${slowest.ms.toFixed(0)} ms`,
    ...perMutation,
    ...failures,
  ].join('\n');
}

/**
 * True when the oracle holds: no crash or timeout, full recall where information is kept, and where
 * it is lost every lost figure named by a table/row finding and none called the publisher's blank.
 */
export function oracleHolds(results: readonly FileResult[]): boolean {
  const rows = recallByMutation(results);
  return (
    results.every((r) => r.outcome.kind !== 'crash' && r.outcome.kind !== 'timeout') &&
    rows.every((r) => (r.preserving ? r.matched === r.total : r.silentNulls === 0 && r.calledBlank === 0))
  );
}

/** Largest file kept in the committed regression sample (data/fixtures/fuzz). */
const SAMPLE_MAX_BYTES = 32 * 1024;

/**
 * The regression sample: the smallest damaged report of each mutation (when small enough), with
 * the outcome it gives now in expected.json; fuzz-reports.test.ts parses them again.
 */
export async function writeSample(mutants: readonly Mutant[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const expected: Record<string, Outcome> = {};
  for (const mutation of Object.keys(MUTATIONS)) {
    const smallest = mutants.filter((m) => m.mutation === mutation).sort((a, b) => a.bytes.length - b.bytes.length)[0];
    if (!smallest || smallest.bytes.length > SAMPLE_MAX_BYTES) continue;
    writeFileSync(join(dir, smallest.file), smallest.bytes);
    expected[smallest.file] = await classifyParse(smallest.bytes, smallest.file);
  }
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      count: { type: 'string', default: '216' },
      out: { type: 'string' },
      timeout: { type: 'string', default: '60000' },
      reports: { type: 'string', default: 'data/reports' },
      sample: { type: 'string' },
    },
  });
  const out = values.out ?? mkdtempSync(join(tmpdir(), 'fuzz-reports-'));
  mkdirSync(out, { recursive: true });
  const mutants = makeMutants(readSeeds(values.reports!), Number(values.count), Number(values.seed));
  if (values.sample) {
    await writeSample(mutants, values.sample);
    console.log(`regression sample in ${values.sample}`);
    return 0;
  }
  for (const m of mutants) writeFileSync(join(out, m.file), m.bytes);
  console.log(`${mutants.length} damaged reports (seed ${values.seed}) in ${out}`);

  const parser = createTimedParser(Number(values.timeout));
  const results: FileResult[] = [];
  try {
    for (const m of mutants) {
      const gold = goldCells(values.reports!, m.seed);
      const started = performance.now();
      const outcome = await parser.parse(m.bytes, m.file, gold ?? undefined);
      results.push({
        file: m.file,
        mutation: m.mutation,
        size: m.bytes.length,
        ms: performance.now() - started,
        outcome,
        goldCells: gold ? Object.keys(gold).length : 0,
      });
    }
  } finally {
    await parser.close();
  }
  console.log(summarize(results));

  // The ingest over the whole damaged folder: it must complete and list every refused file.
  const { ingestToFolder, AGENCIES_CSV } = await import('../src/pipeline/ingest');
  const dataset = mkdtempSync(join(tmpdir(), 'fuzz-ingest-'));
  const started = performance.now();
  let ingestOk = false;
  try {
    const summary = await ingestToFolder({
      dir: out,
      out: join(dataset, 'data'),
      agenciesCsv: AGENCIES_CSV,
      workers: 1,
    });
    const refused = results
      .filter((r) => r.outcome.kind !== 'parsed')
      .map((r) => r.file)
      .sort();
    const listed = summary.failed.map((f) => f.file).sort();
    ingestOk = JSON.stringify(refused) === JSON.stringify(listed) && summary.rows.reports === mutants.length;
    console.log(
      `ingest: ${summary.rows.reports} report rows, ${summary.failed.length} listed as failed, ${summary.rows.findings} findings, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s — ${ingestOk ? 'every refused file listed' : 'MISMATCH with the parse outcomes'}`,
    );
  } catch (error) {
    console.error(`ingest failed: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    rmSync(dataset, { recursive: true, force: true });
  }
  return oracleHolds(results) && ingestOk ? 0 : 1;
}

if (isMainThread && process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`fuzz: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(2);
    },
  );
}
