/**
 * A SYNTHETIC national dataset for benchmarks (issue 6):
 *
 *   npm run gen:national -- [--out DIR] [--provinces N] [--years 2021-2025] [--seed S]
 *                           [--counties-per-province 97] [--agencies-per-county 30]
 *
 * 31 synthetic provinces (合成省01..合成省31) × 97 counties (合成县0101001, in cities 合成市0101) × 30
 * agencies (合成测试机关0101001-07) × 5 years ≈ 450,000 reports and 90 M cells, with the tables and
 * columns of the data dictionary (src/dataset/dictionary.ts), as Parquet partitioned Hive-style:
 *
 *   DIR/province=01/year=2021/{reports,agencies,cells,findings}.parquet
 *   DIR/manifest.json, DIR/README.md
 *   DIR/results/index.json, DIR/results/<version>/province=NN/year=YYYY/overview.json  (npm run prerender:dataset)
 *
 * Figures come from the same generator as gen:synthetic (`syntheticFigures`: every identity holds,
 * carry-over chains across an agency's years). About 2% of reports get one blank or off-by-some
 * cell; findings are what the real checks say (`checkReport`, and the carry-over rule across years).
 * One partition (province × year) is generated and written at a time; the whole folder replaces
 * DIR only when complete. DIR must be outside data/ and public/.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DOUBLE,
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
  SMALLINT,
} from '@duckdb/node-api';
import type { AgencyRow } from '../src/dataset/agencyList';
import { TABLES, type TableName, type TableSpec, tableSpec } from '../src/dataset/dictionary';
import { countBySeverity, type FindingRow, findingRow, type ReportRow, type Value } from '../src/dataset/rows';
import { writeDatasetResults } from '../src/pipeline/prerenderDataset';
import { replaceDirectory } from '../src/pipeline/publish';
import { type Cells, checkReport } from '../src/report/checks';
import { checkCarryOver, type ReportForCrossCheck } from '../src/report/crossChecks';
import { cellsOf, TABLE3_APPLICANT_COLUMNS, TABLE3_COLUMNS, t3Id } from '../src/report/template';
import { assertScratchFolder, makeRandom, syntheticAgencyName, syntheticFigures } from './gen-synthetic-reports';

export const MAX_PROVINCES = 31;
export const SOURCE_NOTES = '合成数据（基准测试用，非真实）';
export const TITLE = '合成全国数据集（基准测试用，非真实数据）';
export const AGENCY_TYPES = [
  '政府办公室',
  '行政审批',
  '市场监管',
  '自然资源',
  '生态环境',
  '教育',
  '卫生健康',
  '公安',
  '财政',
  '人力资源社会保障',
  '住房城乡建设',
  '交通运输',
  '农业农村',
  '水利',
  '民政',
  '司法',
  '应急管理',
  '税务',
];
/** Counties per synthetic city (the last city of a province may have fewer). */
const COUNTIES_PER_CITY = 10;

export interface NationalOptions {
  out: string;
  /** The first N synthetic provinces (1..31). */
  provinces: number;
  firstYear: number;
  lastYear: number;
  seed: number;
  countiesPerProvince: number;
  agenciesPerCounty: number;
  /** Share of reports with one injected blank or inconsistent cell. */
  injectRate: number;
  /** Called after each partition is written. */
  onPartition?: (p: PartitionEntry) => void;
}

export const NATIONAL_DEFAULTS: Omit<NationalOptions, 'out'> = {
  provinces: MAX_PROVINCES,
  firstYear: 2021,
  lastYear: 2025,
  seed: 1,
  countiesPerProvince: 97,
  agenciesPerCounty: 30,
  injectRate: 0.02,
};

export interface PartitionFile {
  name: string;
  table: TableName;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface PartitionEntry {
  province: string;
  year: number;
  files: PartitionFile[];
}

export interface NationalManifest {
  version: string;
  synthetic: true;
  title: string;
  files: PartitionFile[];
  partitions: PartitionEntry[];
}

export interface NationalSummary {
  manifest: NationalManifest;
  /** Rows written per table, over all partitions (agencies counted once per province). */
  totals: Record<TableName, number>;
  /** Reports that got an injected blank or inconsistent cell, in order. */
  injected: string[];
}

// ---------------------------------------------------------------- synthetic geography

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const provinceCode = (p: number) => pad(p + 1, 2);
export const provinceName = (p: number) => `合成省${provinceCode(p)}`;

interface County {
  name: string;
  city: string;
  /** PPCCNNN: province, city in province, county in city. */
  code: string;
  divisionCode: string;
}

function countyOf(p: number, k: number): County {
  const pp = provinceCode(p);
  const cc = pad(Math.floor(k / COUNTIES_PER_CITY) + 1, 2);
  const nn = (k % COUNTIES_PER_CITY) + 1;
  return {
    name: `合成县${pp}${cc}${pad(nn, 3)}`,
    city: `合成市${pp}${cc}`,
    code: `${pp}${cc}${pad(nn, 3)}`,
    divisionCode: `${pp}${cc}${pad(nn, 2)}`,
  };
}

/** The agencies of province `p`, county by county: what every partition of the province lists. */
export function provinceAgencies(p: number, countiesPerProvince: number, agenciesPerCounty: number): AgencyRow[] {
  const rows: AgencyRow[] = [];
  for (let k = 0; k < countiesPerProvince; k++) {
    const county = countyOf(p, k);
    for (let a = 0; a < agenciesPerCounty; a++) {
      rows.push({
        agency_id: `syn-${county.code}-${pad(a + 1, 2)}`,
        name: syntheticAgencyName(a, county.code),
        short_name: null,
        aliases: null,
        province: provinceName(p),
        city: county.city,
        county: county.name,
        division_code: county.divisionCode,
        level: 'county',
        agency_type: AGENCY_TYPES[a % AGENCY_TYPES.length],
        parent_id: null,
        curated: false,
      });
    }
  }
  return rows;
}

/** Independent deterministic streams per seed, province and purpose. */
function streamSeed(seed: number, province: number, stream: number): number {
  let h =
    Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(province + 1, 0xc2b2ae35) ^ Math.imul(stream + 1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

// ---------------------------------------------------------------- the cells of a report

const CELL_DEFS = cellsOf('2021');
/** Cells an injected inconsistency may hit: tables 3 and 4, where every cell is in an identity. */
const IDENTITY_CELLS = CELL_DEFS.filter((d) => d.table !== 2).map((d) => d.id);
const FORWARD_IDS = TABLE3_COLUMNS.map((c) => t3Id('carried_forward', c.id));

/**
 * One cell either left blank or shifted by 1..9, drawn from `inject`. A shifted cell of table 3
 * or 4 breaks at least one identity; a blank one is a blank-cell finding.
 */
function injectFault(inject: ReturnType<typeof makeRandom>, cells: Cells): void {
  if (inject.next() < 0.5) {
    cells[CELL_DEFS[Math.floor(inject.next() * CELL_DEFS.length)].id] = null;
  } else {
    const id = IDENTITY_CELLS[Math.floor(inject.next() * IDENTITY_CELLS.length)];
    cells[id] = (cells[id] ?? 0) + 1 + Math.floor(inject.next() * 9);
  }
}

// ---------------------------------------------------------------- DuckDB staging

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The columns of the cells table as SQL over (v: values, k: report ids, d: cell definitions). */
const CELL_EXPRESSIONS: Record<string, string> = {
  report_id: 'k.report_id',
  table_no: 'd.table_no',
  row_id: 'd.row_id',
  column_id: 'd.column_id',
  cell_id: 'd.cell_id',
  value: 'v.value',
  // As `printedValue` prints it (the test compares every cell): amounts with two decimals,
  // counts as integers, a blank cell as an empty string.
  raw_text: `CASE WHEN v.value IS NULL THEN '' WHEN d.unit = 'wan_yuan' THEN printf('%.2f', v.value) ELSE CAST(CAST(v.value AS BIGINT) AS VARCHAR) END`,
};

/** Sort keys per table (the staging row number breaks ties, so the order is reproducible). */
const ORDER_BY: Record<Exclude<TableName, 'cells'>, string[]> = {
  reports: ['report_id'],
  agencies: ['agency_id'],
  findings: ['report_id'],
};

const staging = (t: TableName) => `stage_${t}`;

class Stage {
  private constructor(private readonly connection: DuckDBConnection) {}

  static async open(connection: DuckDBConnection): Promise<Stage> {
    for (const spec of TABLES) {
      if (spec.name === 'cells') continue;
      const columns = spec.columns.map((c) => `${ident(c.name)} ${c.type}`);
      await connection.run(`CREATE TABLE ${staging(spec.name)} (${columns.join(', ')}, _seq INTEGER)`);
    }
    await connection.run('CREATE TABLE cell_values (rep INTEGER, ord SMALLINT, value DOUBLE)');
    await connection.run('CREATE TABLE report_keys (rep INTEGER, report_id VARCHAR)');
    await connection.run(
      'CREATE TABLE cell_defs (ord SMALLINT, table_no INTEGER, row_id VARCHAR, column_id VARCHAR, cell_id VARCHAR, unit VARCHAR)',
    );
    const defs = await connection.createAppender('cell_defs');
    CELL_DEFS.forEach((d, ord) => {
      defs.appendSmallInt(ord);
      defs.appendInteger(d.table);
      defs.appendVarchar(d.row);
      defs.appendVarchar(d.column);
      defs.appendVarchar(d.id);
      defs.appendVarchar(d.unit);
      defs.endRow();
    });
    defs.closeSync();
    return new Stage(connection);
  }

  async clear(tables: string[]): Promise<void> {
    for (const t of tables) await this.connection.run(`DELETE FROM ${t}`);
  }

  /** Rows of a dictionary table, by column name and the dictionary's type. */
  async appendRows(spec: TableSpec, rows: readonly object[]): Promise<void> {
    const appender = await this.connection.createAppender(staging(spec.name));
    rows.forEach((row, seq) => {
      const record = row as Record<string, Value | undefined>;
      for (const c of spec.columns) appendValue(appender, c.type, record[c.name], `${spec.name}.${c.name}`);
      appender.appendInteger(seq);
      appender.endRow();
    });
    appender.closeSync();
  }

  /** Every report's cells in template order: `values[rep * n + ord]`, NaN for a blank cell. */
  async appendCells(reportIds: readonly string[], values: Float64Array): Promise<void> {
    const keys = await this.connection.createAppender('report_keys');
    reportIds.forEach((id, rep) => {
      keys.appendInteger(rep);
      keys.appendVarchar(id);
      keys.endRow();
    });
    keys.closeSync();
    const appender = await this.connection.createAppender('cell_values');
    const perReport = CELL_DEFS.length;
    const total = reportIds.length * perReport;
    const CHUNK = 2048;
    for (let start = 0; start < total; start += CHUNK) {
      const n = Math.min(CHUNK, total - start);
      const chunk = DuckDBDataChunk.create([INTEGER, SMALLINT, DOUBLE], n);
      const [rep, ord, value] = [0, 1, 2].map((c) => chunk.getColumnVector(c));
      for (let i = 0; i < n; i++) {
        const at = start + i;
        rep.setItem(i, Math.floor(at / perReport));
        ord.setItem(i, at % perReport);
        const v = values[at];
        value.setItem(i, Number.isNaN(v) ? null : v);
      }
      rep.flush();
      ord.flush();
      value.flush();
      appender.appendDataChunk(chunk);
    }
    appender.closeSync();
  }

  /** One table's staged rows → `file` (snappy Parquet, the dictionary's columns in order, sorted). */
  async copy(table: TableName, file: string): Promise<void> {
    const spec = tableSpec(table);
    let query: string;
    if (table === 'cells') {
      const columns = spec.columns.map((c) => {
        const expression = CELL_EXPRESSIONS[c.name];
        if (!expression) throw new Error(`no expression for cells.${c.name}`);
        return `CAST(${expression} AS ${c.type}) AS ${ident(c.name)}`;
      });
      query =
        `SELECT ${columns.join(', ')} FROM cell_values v JOIN report_keys k ON k.rep = v.rep ` +
        `JOIN cell_defs d ON d.ord = v.ord ORDER BY v.rep, v.ord`;
    } else {
      const columns = spec.columns.map((c) => ident(c.name));
      const keys = [...ORDER_BY[table].map(ident), '_seq'];
      query = `SELECT ${columns.join(', ')} FROM ${staging(table)} ORDER BY ${keys.join(', ')}`;
    }
    await this.connection.run(`COPY (${query}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION snappy)`);
  }
}

function appendValue(appender: DuckDBAppender, type: string, value: Value | undefined, where: string): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (type) {
    case 'VARCHAR':
    case 'DATE': // YYYY-MM-DD, cast by DuckDB on append
      appender.appendVarchar(String(value));
      return;
    case 'INTEGER':
      appender.appendInteger(value as number);
      return;
    case 'DOUBLE':
      appender.appendDouble(value as number);
      return;
    case 'BOOLEAN':
      appender.appendBoolean(value as boolean);
      return;
    default:
      throw new Error(`${where}: no appender for type ${type}`);
  }
}

// ---------------------------------------------------------------- generation

interface AgencyState {
  /** This agency's carried-forward per applicant column (next year's 上年结转). */
  carried: number[];
  /** Last year's report as published (after any injected fault), for the carry-over rule. */
  previous: ReportForCrossCheck | null;
}

interface PartitionData {
  reports: ReportRow[];
  findings: FindingRow[];
  /** Cell values, report-major in template order; NaN = blank. */
  values: Float64Array;
  injected: string[];
}

function generatePartition(
  p: number,
  year: number,
  agencies: readonly AgencyRow[],
  states: AgencyState[],
  rand: ReturnType<typeof makeRandom>,
  inject: ReturnType<typeof makeRandom>,
  injectRate: number,
): PartitionData {
  const reports: ReportRow[] = [];
  const findings: FindingRow[] = [];
  const values = new Float64Array(agencies.length * CELL_DEFS.length);
  const injected: string[] = [];
  agencies.forEach((agency, i) => {
    const state = states[i];
    const reportId = `syn-${provinceCode(p)}-${year}-${pad(i + 1, 6)}`;
    const figures = syntheticFigures(rand, state.carried);
    state.carried = figures.carriedForward;
    const cells: Cells = figures.cells;
    if (inject.next() < injectRate) {
      injectFault(inject, cells);
      injected.push(reportId);
    }
    const own = checkReport('2021', cells).map((f) => findingRow(reportId, f));
    const current: ReportForCrossCheck = { reportId, agencyId: agency.agency_id, year, layout: '2021', cells };
    if (state.previous) for (const f of checkCarryOver(current, state.previous)) own.push(findingRow(reportId, f));
    state.previous = {
      ...current,
      cells: Object.fromEntries(FORWARD_IDS.map((id) => [id, cells[id] ?? null])),
    };
    findings.push(...own);
    CELL_DEFS.forEach((d, ord) => {
      values[i * CELL_DEFS.length + ord] = cells[d.id] ?? Number.NaN;
    });
    reports.push({
      report_id: reportId,
      agency_id: agency.agency_id,
      agency_name: agency.name,
      year,
      layout: '2021',
      published: `${year + 1}-01-${pad(10 + (i % 18), 2)}`,
      title: `${agency.name}${year}年度政府信息公开工作年度报告`,
      index_no: null,
      source_file: `synthetic/${reportId}`,
      source_url: null,
      source_format: null,
      source_notes: SOURCE_NOTES,
      sha256: null,
      scope: null,
      scope_evidence: null,
      status: 'ok',
      error: null,
      n_errors: 0,
      n_warnings: 0,
      n_info: 0,
    });
  });
  const counts = countBySeverity(findings);
  for (const r of reports) {
    const c = counts.get(r.report_id);
    if (c) Object.assign(r, { n_errors: c.error, n_warnings: c.warning, n_info: c.info });
  }
  return { reports, findings, values, injected };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Generate the dataset into `options.out` (replacing it when complete). */
export async function generateNationalDataset(options: NationalOptions): Promise<NationalSummary> {
  assertScratchFolder(options.out);
  validate(options);
  return replaceDirectory(options.out, (tmp) => generateInto(tmp, options));
}

async function generateInto(dir: string, o: NationalOptions): Promise<NationalSummary> {
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '1GB', threads: '2' });
  const connection = await instance.connect();
  const partitions: PartitionEntry[] = [];
  const totals: Record<TableName, number> = { reports: 0, agencies: 0, cells: 0, findings: 0 };
  const injected: string[] = [];
  try {
    const stage = await Stage.open(connection);
    for (let p = 0; p < o.provinces; p++) {
      const agencies = provinceAgencies(p, o.countiesPerProvince, o.agenciesPerCounty);
      await stage.clear([staging('agencies')]);
      await stage.appendRows(tableSpec('agencies'), agencies);
      totals.agencies += agencies.length;
      const rand = makeRandom(streamSeed(o.seed, p, 0));
      const inject = makeRandom(streamSeed(o.seed, p, 1));
      const states: AgencyState[] = agencies.map(() => ({
        carried: TABLE3_APPLICANT_COLUMNS.map(() => rand.count(3)),
        previous: null,
      }));
      for (let year = o.firstYear; year <= o.lastYear; year++) {
        const data = generatePartition(p, year, agencies, states, rand, inject, o.injectRate);
        injected.push(...data.injected);
        await stage.clear([staging('reports'), staging('findings'), 'cell_values', 'report_keys']);
        await stage.appendRows(tableSpec('reports'), data.reports);
        await stage.appendRows(tableSpec('findings'), data.findings);
        await stage.appendCells(
          data.reports.map((r) => r.report_id),
          data.values,
        );
        const rel = `province=${provinceCode(p)}/year=${year}`;
        mkdirSync(join(dir, rel), { recursive: true });
        const rows: Record<TableName, number> = {
          reports: data.reports.length,
          agencies: agencies.length,
          cells: data.reports.length * CELL_DEFS.length,
          findings: data.findings.length,
        };
        const files: PartitionFile[] = [];
        for (const spec of TABLES) {
          const name = `${rel}/${spec.file}`;
          await stage.copy(spec.name, join(dir, name));
          const bytes = readFileSync(join(dir, name));
          files.push({ name, table: spec.name, rows: rows[spec.name], bytes: bytes.length, sha256: sha256(bytes) });
        }
        totals.reports += rows.reports;
        totals.cells += rows.cells;
        totals.findings += rows.findings;
        const entry = { province: provinceName(p), year, files };
        partitions.push(entry);
        o.onPartition?.(entry);
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const version = sha256(
    new TextEncoder().encode(partitions.flatMap((p) => p.files.map((f) => `${f.name} ${f.sha256}\n`)).join('')),
  ).slice(0, 16);
  const manifest: NationalManifest = { version, synthetic: true, title: TITLE, files: [], partitions };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const summary = { manifest, totals, injected };
  writeFileSync(join(dir, 'README.md'), readme(o, summary));
  // What a publisher of the folder ships beside it: the Overview's results for each province's link.
  await writeDatasetResults(dir);
  return summary;
}

function validate(o: NationalOptions): void {
  const int = (name: string, v: number, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max)
      throw new Error(`${name} must be an integer from ${min} to ${max}, not ${v}`);
  };
  int('provinces', o.provinces, 1, MAX_PROVINCES);
  int('first year', o.firstYear, 2000, 2100);
  int('last year', o.lastYear, o.firstYear, 2100);
  int('seed', o.seed, 0, 2 ** 32 - 1);
  // County codes have 2 digits for the city and 2 for the county in the 6-digit division code.
  int('counties per province', o.countiesPerProvince, 1, 99 * COUNTIES_PER_CITY);
  int('agencies per county', o.agenciesPerCounty, 1, 99);
  if (!(o.injectRate >= 0 && o.injectRate <= 1))
    throw new Error(`inject rate must be from 0 to 1, not ${o.injectRate}`);
}

function readme(o: NationalOptions, s: NationalSummary): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const years = o.firstYear === o.lastYear ? `${o.firstYear}` : `${o.firstYear}-${o.lastYear}`;
  const command =
    `npm run gen:national -- --out DIR --provinces ${o.provinces} --years ${years} --seed ${o.seed}` +
    ` --counties-per-province ${o.countiesPerProvince} --agencies-per-county ${o.agenciesPerCounty}`;
  return `# ${TITLE}

**本数据集全部为合成数据，不是真实的政府信息公开年报，仅用于性能基准测试。**
**Everything here is SYNTHETIC — not real government reports. It exists only for benchmarks.**

## 中文

- 生成命令：\`${command}\`（随机种子 ${o.seed}；相同种子生成逐字节相同的文件）。
- ${o.provinces} 个合成省（合成省01 起），每省 ${o.countiesPerProvince} 个合成县、每县 ${o.agenciesPerCounty} 个合成测试机关，年度 ${years}。
- 报告 ${n(s.totals.reports)} 份，单元格 ${n(s.totals.cells)} 个，问题 ${n(s.totals.findings)} 条；其中 ${n(s.injected.length)} 份报告（约 ${(o.injectRate * 100).toFixed(0)}%）被故意置空或改错一个单元格，其问题由项目的真实检查规则得出。
- 数字随机生成，但满足模板的全部勾稽关系，同一机关各年度的结转数据前后一致。
- 文件按省、年分区：\`province=NN/year=YYYY/{reports,agencies,cells,findings}.parquet\`（snappy 压缩），表与列同 public/data 的数据字典；每个分区都含该省的全部机关。\`manifest.json\` 列出每个文件的行数、字节数和 SHA-256。
- 用 DuckDB 读取时请加 \`hive_partitioning = false\`：否则路径中的 \`province=01\`、\`year=2021\` 会取代文件里的 \`province\`（合成省01）和 \`year\`（INTEGER）列。

## English

- Generated by \`${command}\` (seed ${o.seed}; the same seed gives byte-identical files).
- ${o.provinces} synthetic provinces (合成省01 on), ${o.countiesPerProvince} synthetic counties per province, ${o.agenciesPerCounty} synthetic agencies per county, years ${years}.
- ${n(s.totals.reports)} reports, ${n(s.totals.cells)} cells, ${n(s.totals.findings)} findings; ${n(s.injected.length)} reports (about ${(o.injectRate * 100).toFixed(0)}%) had one cell deliberately blanked or made inconsistent, and their findings come from the project's real checks.
- The figures are random but satisfy every arithmetic identity of the template, and carry-over is consistent across each agency's years.
- Partitioned by province and year: \`province=NN/year=YYYY/{reports,agencies,cells,findings}.parquet\` (snappy), with the tables and columns of the data dictionary of public/data; every partition lists all agencies of its province. \`manifest.json\` lists each file's rows, bytes and SHA-256.
- Reading with DuckDB, pass \`hive_partitioning = false\`: otherwise \`province=01\` and \`year=2021\` from the path replace the files' own \`province\` (合成省01) and \`year\` (INTEGER) columns.
`;
}

// ---------------------------------------------------------------- command line

export function parseNationalArgs(args: string[]): NationalOptions {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'synthetic/national' },
      provinces: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      'counties-per-province': { type: 'string' },
      'agencies-per-county': { type: 'string' },
    },
  });
  const d = NATIONAL_DEFAULTS;
  const num = (v: string | undefined, fallback: number) =>
    v === undefined ? fallback : /^\d+$/.test(v) ? Number(v) : Number.NaN;
  let [firstYear, lastYear] = [d.firstYear, d.lastYear];
  if (values.years !== undefined) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(values.years);
    if (!m) throw new Error(`--years ${values.years}: expected YYYY or YYYY-YYYY`);
    [firstYear, lastYear] = [Number(m[1]), Number(m[2] ?? m[1])];
  }
  return {
    ...d,
    out: values.out!,
    provinces: num(values.provinces, d.provinces),
    firstYear,
    lastYear,
    seed: num(values.seed, d.seed),
    countiesPerProvince: num(values['counties-per-province'], d.countiesPerProvince),
    agenciesPerCounty: num(values['agencies-per-county'], d.agenciesPerCounty),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  let options: NationalOptions;
  try {
    options = parseNationalArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(
      'usage: npm run gen:national -- [--out DIR] [--provinces N] [--years 2021-2025] [--seed S] ' +
        '[--counties-per-province 97] [--agencies-per-county 30]   (DIR outside data/ and public/)',
    );
    process.exit(2);
  }
  const started = performance.now();
  let written = 0;
  const { manifest, totals, injected } = await generateNationalDataset({
    ...options,
    onPartition: (p) => {
      written++;
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        `${secs}s  ${p.files[0].name.split('/').slice(0, 2).join('/')}  ${p.files.map((f) => `${f.table} ${f.rows}`).join(', ')}`,
      );
    },
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  const bytes = manifest.partitions.reduce((s, p) => s + p.files.reduce((t, f) => t + f.bytes, 0), 0);
  console.log(
    `${written} partitions in ${options.out}: ${totals.reports} reports, ${totals.cells} cells, ${totals.findings} findings ` +
      `(${injected.length} injected faults), ${bytes} bytes of Parquet, ${((performance.now() - started) / 1000).toFixed(1)} s; version ${manifest.version}`,
  );
}
