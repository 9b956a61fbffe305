/**
 * SYNTHETIC reports for benchmarks only: npm run gen:synthetic -- --out DIR [--count N] [--seed S]
 *
 * Writes DIR/reports/NNNNN.txt (report pages in the text style of data/reports/006.txt, layout
 * 2021, random but rule-consistent tables; carry-over consistent across each agency's years) and
 * DIR/agencies.csv listing the agencies. Agency names are clearly synthetic (合成测试机关0001). DIR
 * must be outside data/ and public/: synthetic figures never enter the real dataset.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  OUTCOME_GROUPS,
  TABLE2_CELLS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_APPLICANT_COLUMNS,
  TABLE3_COLUMNS,
  TABLE4_FIELDS,
  TABLE4_GROUPS,
  t2Id,
  t3Id,
  t4Id,
  table3Rows,
  type Unit,
} from '../src/report/template';

/** Years per synthetic agency: reports NNNNN cover 2021.. in turn, so carry-over can be checked. */
const YEARS_PER_AGENCY = 5;
const FIRST_YEAR = 2021;
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七'];

/** Deterministic PRNG (mulberry32): the same seed gives the same corpus. */
export function makeRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** Small counts, mostly 0 (as in real reports), now and then large. */
  const count = (max: number) => (next() < 0.55 ? 0 : Math.floor(next() ** 3 * max));
  return { next, count };
}

export interface SyntheticReport {
  file: string;
  agency: string;
  year: number;
  text: string;
  /** The figures written into the text, keyed by cell id (what a parser must read back). */
  cells: Record<string, number>;
}

/** A synthetic agency's name: `合成测试机关0001`, or within a scope `合成测试机关0101001-07`. */
export const syntheticAgencyName = (k: number, scope?: string) =>
  scope === undefined
    ? `合成测试机关${String(k + 1).padStart(4, '0')}`
    : `合成测试机关${scope}-${String(k + 1).padStart(2, '0')}`;

type Random = ReturnType<typeof makeRandom>;

/** A value as the synthetic reports print it: amounts with two decimals, counts as integers. */
export const printedValue = (unit: Unit, value: number): string =>
  unit === 'wan_yuan' ? value.toFixed(2) : String(value);

/** Table-2 cells of layout 2021 grouped as printed: per article (第二十条第…项), its rows, each row's cells. */
const TABLE2_ARTICLES = (() => {
  const defs = TABLE2_CELLS.filter((c) => c.layouts.includes('2021'));
  const articles = [...new Set(TABLE2_ROWS.map((r) => r.article))];
  return articles
    .map((article) => {
      const rows = TABLE2_ROWS.filter((r) => r.article === article && defs.some((d) => d.row === r.id));
      return { article, rows: rows.map((row) => ({ row, cells: defs.filter((d) => d.row === row.id) })) };
    })
    .filter((a) => a.rows.length > 0);
})();

const TABLE3_ROWS_2021 = table3Rows('2021');
/** Cell ids precomputed (a report has 200): table 3 per applicant column × row, and the 总计 column. */
const T3_IDS = TABLE3_APPLICANT_COLUMNS.map((c) => TABLE3_ROWS_2021.map((r) => t3Id(r.id, c)));
const T3_TOTAL_IDS = TABLE3_ROWS_2021.map((r) => t3Id(r.id, 'total'));
const T3_ROW_INDEX = Object.fromEntries(TABLE3_ROWS_2021.map((r, i) => [r.id, i]));
const T3_OUTCOME_INDEX = TABLE3_ROWS_2021.flatMap((r, i) => (r.group !== null ? [i] : []));
const T2_DRAW_ORDER = TABLE2_ARTICLES.flatMap((a) =>
  a.rows.flatMap((r) => r.cells.map((d) => ({ id: t2Id(d.id), unit: d.unit }))),
);
const T4_IDS = TABLE4_GROUPS.map((g) => ({
  parts: TABLE4_FIELDS.filter((f) => f.id !== 'total').map((f) => t4Id(g.id, f.id)),
  total: t4Id(g.id, 'total'),
}));

export interface SyntheticFigures {
  /** Every cell of layout 2021, keyed by cell id, with every consistency rule holding. */
  cells: Record<string, number>;
  /** 结转下年度 per applicant column: next year's 上年结转. */
  carriedForward: number[];
}

/**
 * One report's figures (layout 2021): random, mostly small counts, with every identity of the
 * template holding; `carriedOver` (per applicant column) is last year's carried-forward, so an
 * agency's years chain. Draws table 3, then table 2, then table 4 from `rand`.
 */
export function syntheticFigures(rand: Random, carriedOver: readonly number[]): SyntheticFigures {
  const cells: Record<string, number> = {};
  // Table 3, per applicant column: the balance is new + carried over = handled + carried forward
  // (new may not be negative).
  const carriedForward: number[] = [];
  const totals = new Array<number>(TABLE3_ROWS_2021.length).fill(0);
  T3_IDS.forEach((ids, j) => {
    let handled = 0;
    for (const r of T3_OUTCOME_INDEX) {
      const v = rand.count(j === 0 ? 60 : 8);
      cells[ids[r]] = v;
      handled += v;
    }
    const over = carriedOver[j];
    const newReceived = Math.max(0, handled + Math.min(rand.count(6), handled) - over);
    const forward = newReceived + over - handled;
    cells[ids[T3_ROW_INDEX.total_handled]] = handled;
    cells[ids[T3_ROW_INDEX.carried_over]] = over;
    cells[ids[T3_ROW_INDEX.new_received]] = newReceived;
    cells[ids[T3_ROW_INDEX.carried_forward]] = forward;
    carriedForward.push(forward);
    for (let r = 0; r < ids.length; r++) totals[r] += cells[ids[r]];
  });
  T3_TOTAL_IDS.forEach((id, r) => {
    cells[id] = totals[r];
  });
  // Table 2: free figures (no identities), amounts in 万元 with two decimals.
  for (const { id, unit } of T2_DRAW_ORDER)
    cells[id] = unit === 'wan_yuan' ? Math.round(rand.next() * 500000) / 100 : rand.count(5000);
  // Table 4: each group's total is the sum of its results.
  for (const { parts, total } of T4_IDS) {
    let sum = 0;
    for (const id of parts) {
      const v = rand.count(4);
      cells[id] = v;
      sum += v;
    }
    cells[total] = sum;
  }
  return { cells, carriedForward };
}

function table2Lines(cells: Record<string, number>): string[] {
  const lines = ['二、主动公开政府信息情况'];
  for (const { article, rows } of TABLE2_ARTICLES) {
    const columns = rows[0].cells.map((d) => TABLE2_COLUMNS.find((c) => c.id === d.column)!);
    lines.push(`第二十条第${article}项`, `信息内容 | ${columns.map((c) => c.zh).join(' | ')}`);
    for (const { row, cells: defs } of rows) {
      lines.push(`${row.zh} | ${defs.map((d) => printedValue(d.unit, cells[t2Id(d.id)])).join(' | ')}`);
    }
  }
  return lines;
}

function table3Lines(cells: Record<string, number>): string[] {
  const lines = [
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况',
    ' | 自然人 | 法人或其他组织 | 总计',
    ` | | ${TABLE3_COLUMNS.slice(1, 6)
      .map((c) => c.zh)
      .join(' | ')} |`,
  ];
  const groupNo = (g: string) => `（${CN_NUMBERS[OUTCOME_GROUPS.findIndex((x) => x.id === g)]}）`;
  for (const row of TABLE3_ROWS_2021) {
    const values = TABLE3_COLUMNS.map((c) => cells[t3Id(row.id, c.id)]);
    let label: string;
    if (row.id === 'new_received') label = `一、${row.variants[0]}`;
    else if (row.id === 'carried_over') label = `二、${row.variants[0]}`;
    else if (row.id === 'carried_forward') label = `四、${row.variants[0]}`;
    else if (row.id === 'total_handled') label = `三、本年度办理结果 | （七）${row.zh}`;
    else {
      const group = OUTCOME_GROUPS.find((g) => g.id === row.group)!;
      const members = TABLE3_ROWS_2021.filter((r) => r.group === row.group);
      label =
        members.length === 1
          ? `三、本年度办理结果 | ${groupNo(group.id)}${row.variants[0]}`
          : `三、本年度办理结果 | ${groupNo(group.id)}${group.zh} | ${members.indexOf(row) + 1}.${row.variants[0]}`;
    }
    lines.push(`${label} | ${values.join(' | ')}`);
  }
  return lines;
}

function table4Lines(cells: Record<string, number>): string[] {
  const values = TABLE4_GROUPS.flatMap((g) => TABLE4_FIELDS.map((f) => cells[t4Id(g.id, f.id)]));
  const fields = TABLE4_FIELDS.map((f) => f.zh).join(' | ');
  return [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | 行政诉讼',
    ` | | | | | ${TABLE4_GROUPS[1].variants[0]} | ${TABLE4_GROUPS[2].variants[0]}`,
    `${fields} | ${fields} | ${fields}`,
    values.join(' | '),
  ];
}

/** Report `index` of a synthetic corpus (agency index / YEARS_PER_AGENCY, year index % YEARS_PER_AGENCY). */
export function* syntheticReports(count: number, seed = 1): Generator<SyntheticReport> {
  const rand = makeRandom(seed);
  let carried = TABLE3_APPLICANT_COLUMNS.map(() => 0);
  for (let i = 0; i < count; i++) {
    const agency = syntheticAgencyName(Math.floor(i / YEARS_PER_AGENCY));
    const year = FIRST_YEAR + (i % YEARS_PER_AGENCY);
    if (i % YEARS_PER_AGENCY === 0) carried = TABLE3_APPLICANT_COLUMNS.map(() => rand.count(3));
    const { cells, carriedForward } = syntheticFigures(rand, carried);
    carried = carriedForward;
    const text = [
      `标题: ${agency}${year}年度政府信息公开工作年度报告`,
      `发布时间: ${year + 1}-01-${String(10 + (i % 18)).padStart(2, '0')} 09:00`,
      '文号: ',
      `发布机构: ${agency}`,
      '栏目: 政府信息公开年报',
      '==================== 正文 ====================',
      `【合成测试数据，非真实报告】本报告根据《中华人民共和国政府信息公开条例》编制，统计时限为${year}年1月1日至${year}年12月31日。 ` +
        `一、总体情况 ${year}年，${agency}认真落实政府信息公开各项要求。`,
      ...table2Lines(cells),
      ...table3Lines(cells),
      ...table4Lines(cells),
      '五、存在的主要问题及改进情况 合成测试文本。',
      '六、其他需要报告的事项 无。',
    ].join('\n');
    yield { file: `${String(i).padStart(5, '0')}.txt`, agency, year, text: `${text}\n`, cells };
  }
}

/** Refuses any folder inside data/ or public/ of this repository. */
export function assertScratchFolder(dir: string) {
  for (const forbidden of ['data', 'public']) {
    if (!relative(resolve(forbidden), resolve(dir)).startsWith('..')) {
      throw new Error(`${dir}: synthetic reports must not be written inside ${forbidden}/`);
    }
  }
}

/** Write `count` synthetic reports to dir/reports and their agencies to dir/agencies.csv. */
export function writeSyntheticCorpus(
  dir: string,
  count: number,
  seed = 1,
): { reportsDir: string; agenciesCsv: string } {
  assertScratchFolder(dir);
  const reportsDir = join(dir, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  const agencies = new Set<string>();
  for (const r of syntheticReports(count, seed)) {
    writeFileSync(join(reportsDir, r.file), r.text);
    agencies.add(r.agency);
  }
  const agenciesCsv = join(dir, 'agencies.csv');
  const rows = [...agencies].map((name, k) => `synthetic-${k + 1},${name},,,,,,,county,合成测试,`);
  writeFileSync(
    agenciesCsv,
    [
      'agency_id,name,short_name,aliases,province,city,county,division_code,level,agency_type,parent_id',
      ...rows,
      '',
    ].join('\n'),
  );
  return { reportsDir, agenciesCsv };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    console.error('usage: npm run gen:synthetic -- --out DIR [--count N] [--seed S]   (DIR outside data/ and public/)');
    process.exit(2);
  }
  const { reportsDir } = writeSyntheticCorpus(values.out, Number(values.count), Number(values.seed));
  console.log(`${values.count} synthetic reports in ${reportsDir}`);
}
