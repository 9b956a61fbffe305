/**
 * The fuzzer's generator is reproducible, and the committed regression sample (data/fixtures/fuzz,
 * written by `npm run fuzz -- --sample`) still ends as it did: a parse with findings or a
 * ParseError naming the file, never a crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report/parse';
import { RULES } from '../src/report/rules';
import {
  classifyParse,
  encodeGbk,
  goldCells,
  MUTATIONS,
  makeMutants,
  type Outcome,
  oracleHolds,
  PRESERVING,
  readSeeds,
  summarize,
} from './fuzz-reports';
import { makeRandom } from './gen-synthetic-reports';

const SAMPLE = join(import.meta.dirname, '..', 'data', 'fixtures', 'fuzz');
const expected = JSON.parse(readFileSync(join(SAMPLE, 'expected.json'), 'utf8')) as Record<string, Outcome>;
const seeds = [
  { file: 'a.txt', text: readFileSync(join(import.meta.dirname, '..', 'data', 'reports', '000.txt'), 'utf8') },
  { file: 'b.txt', text: '政府信息公开工作年度报告\n本年新收政府信息公开申请数量 | 16 |\n' },
];
const KNOWN_RULES = new Set(Object.values(RULES).map((r) => r.id));

describe('makeMutants', () => {
  it('gives the same bytes for the same seed and other bytes for another seed', () => {
    const names = Object.keys(MUTATIONS).filter((m) => !m.startsWith('ten-mb') && !m.includes('attribute'));
    const small = (seed: number) => makeMutants(seeds, 40, seed).filter((m) => names.includes(m.mutation));
    const a = small(7);
    expect(small(7)).toEqual(a);
    expect(small(8).map((m) => Buffer.from(m.bytes).toString('hex'))).not.toEqual(
      a.map((m) => Buffer.from(m.bytes).toString('hex')),
    );
  });

  it('uses every mutation in turn and names each file after its number, mutation and report', () => {
    const mutants = makeMutants(seeds, Object.keys(MUTATIONS).length, 1);
    expect(mutants.map((m) => m.mutation)).toEqual(Object.keys(MUTATIONS));
    expect(mutants[0].file).toMatch(/^000-truncated-[ab]\.txt$/);
    expect(mutants.find((m) => m.mutation === 'ten-mb-repeated')!.bytes.length).toBeGreaterThanOrEqual(
      10 * 1024 * 1024,
    );
  });
});

describe('encodeGbk', () => {
  it('round-trips Chinese text through the platform GBK decoder; unmappable characters become ?', () => {
    const text = '政府信息公开工作年度报告 2023（一）';
    expect(new TextDecoder('gbk').decode(encodeGbk(text))).toBe(text);
    expect(new TextDecoder('gbk').decode(encodeGbk('😀'))).toBe('?');
  });
});

describe('the regression sample in data/fixtures/fuzz', () => {
  it('holds a small file for most mutations', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
  });

  for (const [file, outcome] of Object.entries(expected)) {
    it(`${file}: ${outcome.kind}`, async () => {
      const bytes = new Uint8Array(readFileSync(join(SAMPLE, file)));
      const now = await classifyParse(bytes, file);
      expect(now.kind).toBe(outcome.kind);
      if (outcome.kind === 'parse-error') expect(now).toEqual(outcome);
      if (now.kind === 'parsed') {
        // Every finding is a known rule with a message (no half-built finding from damaged input).
        for (const f of parseReport(bytes, file).report.findings) {
          expect(KNOWN_RULES).toContain(f.rule);
          expect(f.message).not.toBe('');
        }
      }
    });
  }

  it('injected markup lines change no figure of the report they were injected into', () => {
    const file = Object.keys(expected).find((f) => f.includes('script-injected'))!;
    const original = `${/-(\w+)\.txt$/.exec(file)![1]}.txt`;
    const damaged = parseReport(new Uint8Array(readFileSync(join(SAMPLE, file))), file).report;
    const clean = parseReport(
      readFileSync(join(import.meta.dirname, '..', 'data', 'reports', original), 'utf8'),
      original,
    ).report;
    expect(damaged.cells).toEqual(clean.cells);
    expect(damaged.agency).toBe(clean.agency);
  });
});

describe('summarize', () => {
  it('counts outcomes, names the slowest file and lists every crash and timeout', () => {
    const text = summarize([
      {
        file: 'a.txt',
        mutation: 'empty',
        size: 0,
        ms: 3,
        outcome: { kind: 'parse-error', message: 'a.txt: the file is empty' },
        goldCells: 200,
      },
      { file: 'b.txt', mutation: 'truncated', size: 2e6, ms: 900, outcome: { kind: 'timeout' }, goldCells: 200 },
      {
        file: 'c.txt',
        mutation: 'truncated',
        size: 10,
        ms: 5,
        outcome: { kind: 'crash', message: 'TypeError: x' },
        goldCells: 200,
      },
    ]);
    expect(text).toContain('3 damaged reports: 0 parsed, 1 parse-error, 1 crash, 1 timeout');
    expect(text).toContain('slowest: b.txt (2.0 MB) in 900 ms');
    expect(text).toContain('FAIL b.txt: timeout');
    expect(text).toContain('FAIL c.txt: crash TypeError: x');
  });
});

// The oracle over a small seeded run: every information-preserving mutation of these reports
// (text one cell per line, pipe rows, Markdown, two saved web pages) gives the gold cells.
const REPORTS = join(import.meta.dirname, '..', 'data', 'reports');
const ORACLE_SEEDS = readSeeds(REPORTS).filter((s) =>
  ['000.txt', '006.txt', '003.md', '002.html', '010.html'].includes(s.file),
);

describe('information-preserving mutations reproduce the gold cells (100 % recall)', () => {
  const kinds = [...PRESERVING].filter((m) => !m.startsWith('ten-mb'));
  it('covers every preserving mutation but the 10 MB one (that one in `npm run fuzz`)', () => {
    expect(kinds.length).toBe(PRESERVING.size - 1);
  });
  for (const mutation of kinds) {
    it(`${mutation}`, async () => {
      const rng = makeRandom(11);
      const recall: string[] = [];
      for (const seed of ORACLE_SEEDS) {
        const gold = goldCells(REPORTS, seed.file)!;
        const outcome = await classifyParse(MUTATIONS[mutation](seed, rng), `${mutation}-${seed.file}`, gold);
        const score = outcome.kind === 'parsed' ? outcome.score! : { matched: 0, total: 200 };
        recall.push(`${seed.file} ${score.matched}/${score.total}`);
      }
      expect(recall).toEqual(
        ORACLE_SEEDS.map(
          (s) =>
            `${s.file} ${Object.keys(goldCells(REPORTS, s.file)!).length}/${Object.keys(goldCells(REPORTS, s.file)!).length}`,
        ),
      );
    }, 60_000);
  }

  it('a mutation that loses a table ends in a finding or a refusal, and the oracle fails on a silent null', async () => {
    const seed = ORACLE_SEEDS.find((s) => s.file === '006.txt')!;
    const gold = goldCells(REPORTS, seed.file)!;
    // Table 3 cut out: its figures are lost, and a table-level finding must say so.
    const cut = seed.text.replace(/三、收到和处理政府信息公开申请情况[\s\S]*?四、/, '四、');
    expect(cut.length).toBeLessThan(seed.text.length);
    const outcome = await classifyParse(new TextEncoder().encode(cut), 'cut.txt', gold);
    expect(outcome.kind).toBe('parsed');
    const result = (silentNulls: string[], calledBlank: string[] = []) => ({
      file: 'cut.txt',
      mutation: 'rows-dropped',
      size: cut.length,
      ms: 1,
      outcome: {
        ...(outcome as Extract<Outcome, { kind: 'parsed' }>),
        score: { matched: 0, total: 200, silentNulls, calledBlank },
      },
      goldCells: 200,
    });
    expect(outcome.kind === 'parsed' && outcome.score!.silentNulls).toEqual([]);
    expect(oracleHolds([result([])])).toBe(true);
    expect(oracleHolds([result(['t3.granted.total'])])).toBe(false);
    expect(oracleHolds([result([], ['t3.granted.total'])])).toBe(false);
  });

  // A figure the parser lost is a table/row finding, never the publisher's `cell.blank`.
  it('a table cut out of a report: none of its lost figures is called blank', async () => {
    const seed = ORACLE_SEEDS.find((s) => s.file === '006.txt')!;
    const cut = seed.text.replace(/三、收到和处理政府信息公开申请情况[\s\S]*?四、/, '四、');
    const outcome = await classifyParse(new TextEncoder().encode(cut), 'cut.txt', goldCells(REPORTS, seed.file)!);
    expect(outcome.kind === 'parsed' && outcome.score!.calledBlank).toEqual([]);
  });
});
