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

export const syntheticAgencyName = (k: number) => `合成测试机关${String(k + 1).padStart(4, '0')}`;

function table2(rand: ReturnType<typeof makeRandom>, cells: Record<string, number>): string[] {
  const lines = ['二、主动公开政府信息情况'];
  const defs = TABLE2_CELLS.filter((c) => c.layouts.includes('2021'));
  const articles = [...new Set(TABLE2_ROWS.map((r) => r.article))];
  for (const article of articles) {
    const rows = TABLE2_ROWS.filter((r) => r.article === article && defs.some((d) => d.row === r.id));
    if (!rows.length) continue;
    const columns = defs.filter((d) => d.row === rows[0].id).map((d) => TABLE2_COLUMNS.find((c) => c.id === d.column)!);
    lines.push(`第二十条第${article}项`, `信息内容 | ${columns.map((c) => c.zh).join(' | ')}`);
    for (const row of rows) {
      const values = defs
        .filter((d) => d.row === row.id)
        .map((d) => {
          const v = d.unit === 'wan_yuan' ? Math.round(rand.next() * 500000) / 100 : rand.count(5000);
          cells[t2Id(d.id)] = v;
          return d.unit === 'wan_yuan' ? v.toFixed(2) : String(v);
        });
      lines.push(`${row.zh} | ${values.join(' | ')}`);
    }
  }
  return lines;
}

/** Table 3 with every identity holding; `carriedOver` is last year's carried-forward per applicant. */
function table3(rand: ReturnType<typeof makeRandom>, carriedOver: number[], cells: Record<string, number>) {
  const rows = table3Rows('2021');
  const perApplicant = TABLE3_APPLICANT_COLUMNS.map((_, j) => {
    const v: Record<string, number> = {};
    for (const r of rows.filter((x) => x.group !== null)) v[r.id] = rand.count(j === 0 ? 60 : 8);
    v.total_handled = rows.filter((x) => x.group !== null).reduce((s, r) => s + v[r.id], 0);
    v.carried_over = carriedOver[j];
    v.carried_forward = Math.min(rand.count(6), v.total_handled);
    // The balance: new + carried over = handled + carried forward (new may not be negative).
    v.new_received = Math.max(0, v.total_handled + v.carried_forward - v.carried_over);
    v.carried_forward = v.new_received + v.carried_over - v.total_handled;
    return v;
  });
  const lines = [
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况',
    ' | 自然人 | 法人或其他组织 | 总计',
    ` | | ${TABLE3_COLUMNS.slice(1, 6).map((c) => c.zh).join(' | ')} |`,
  ];
  const groupNo = (g: string) => `（${CN_NUMBERS[OUTCOME_GROUPS.findIndex((x) => x.id === g)]}）`;
  for (const row of rows) {
    const values = perApplicant.map((v) => v[row.id]);
    values.push(values.reduce((a, b) => a + b, 0));
    TABLE3_COLUMNS.forEach((c, j) => (cells[t3Id(row.id, c.id)] = values[j]));
    let label: string;
    if (row.id === 'new_received') label = `一、${row.variants[0]}`;
    else if (row.id === 'carried_over') label = `二、${row.variants[0]}`;
    else if (row.id === 'carried_forward') label = `四、${row.variants[0]}`;
    else if (row.id === 'total_handled') label = `三、本年度办理结果 | （七）${row.zh}`;
    else {
      const group = OUTCOME_GROUPS.find((g) => g.id === row.group)!;
      const members = rows.filter((r) => r.group === row.group);
      label =
        members.length === 1
          ? `三、本年度办理结果 | ${groupNo(group.id)}${row.variants[0]}`
          : `三、本年度办理结果 | ${groupNo(group.id)}${group.zh} | ${members.indexOf(row) + 1}.${row.variants[0]}`;
    }
    lines.push(`${label} | ${values.join(' | ')}`);
  }
  return { lines, carriedForward: perApplicant.map((v) => v.carried_forward) };
}

function table4(rand: ReturnType<typeof makeRandom>, cells: Record<string, number>): string[] {
  const values = TABLE4_GROUPS.flatMap((g) => {
    const parts = TABLE4_FIELDS.filter((f) => f.id !== 'total').map((f) => {
      const v = rand.count(4);
      cells[t4Id(g.id, f.id)] = v;
      return v;
    });
    const total = parts.reduce((a, b) => a + b, 0);
    cells[t4Id(g.id, 'total')] = total;
    return [...parts, total];
  });
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
    const cells: Record<string, number> = {};
    const t3 = table3(rand, carried, cells);
    carried = t3.carriedForward;
    const text = [
      `标题: ${agency}${year}年度政府信息公开工作年度报告`,
      `发布时间: ${year + 1}-01-${String(10 + (i % 18)).padStart(2, '0')} 09:00`,
      '文号: ',
      `发布机构: ${agency}`,
      '栏目: 政府信息公开年报',
      '==================== 正文 ====================',
      `【合成测试数据，非真实报告】本报告根据《中华人民共和国政府信息公开条例》编制，统计时限为${year}年1月1日至${year}年12月31日。 ` +
        `一、总体情况 ${year}年，${agency}认真落实政府信息公开各项要求。`,
      ...table2(rand, cells),
      ...t3.lines,
      ...table4(rand, cells),
      '五、存在的主要问题及改进情况 合成测试文本。',
      '六、其他需要报告的事项 无。',
    ].join('\n');
    yield { file: `${String(i).padStart(5, '0')}.txt`, agency, year, text: `${text}\n`, cells };
  }
}

/** Refuses any folder inside data/ or public/ of this repository. */
function assertScratchFolder(dir: string) {
  for (const forbidden of ['data', 'public']) {
    if (!relative(resolve(forbidden), resolve(dir)).startsWith('..')) {
      throw new Error(`${dir}: synthetic reports must not be written inside ${forbidden}/`);
    }
  }
}

/** Write `count` synthetic reports to dir/reports and their agencies to dir/agencies.csv. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 1): { reportsDir: string; agenciesCsv: string } {
  assertScratchFolder(dir);
  const reportsDir = join(dir, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  const agencies = new Set<string>();
  for (const r of syntheticReports(count, seed)) {
    writeFileSync(join(reportsDir, r.file), r.text);
    agencies.add(r.agency);
  }
  const agenciesCsv = join(dir, 'agencies.csv');
  const rows = [...agencies].map((name, k) => `synthetic-${k + 1},${name},,,,,,,county,合成测试`);
  writeFileSync(agenciesCsv, ['agency_id,name,short_name,aliases,province,city,county,division_code,level,agency_type', ...rows, ''].join('\n'));
  return { reportsDir, agenciesCsv };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) {
    console.error('usage: npm run gen:synthetic -- --out DIR [--count N] [--seed S]   (DIR outside data/ and public/)');
    process.exit(2);
  }
  const { reportsDir } = writeSyntheticCorpus(values.out, Number(values.count), Number(values.seed));
  console.log(`${values.count} synthetic reports in ${reportsDir}`);
}
