/**
 * The data dictionary of the open dataset, defined once.
 *
 * Every table the pipeline writes to public/data/ (one Parquet file each) and every view of
 * views.sql: column names, SQL types and descriptions in Chinese and English. The pipeline creates
 * its tables from this, datapackage.json and public/data/README.md are generated from it, the
 * browser builds Arrow tables with these types and shows it in the schema browser, and a test
 * checks that views.sql returns exactly the columns listed here.
 */
import { BASES, JURISDICTION_TYPES } from '../measures/coverage';
import { FIGURES, type Figure, figuresOfTable } from '../measures/figures';
import { type Label, TABLE3_COLUMNS, TABLE4_FIELDS, TABLE4_GROUPS } from '../report/template';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnSpec {
  name: string;
  type: SqlType;
  zh: string;
  en: string;
}

export type TableName = 'reports' | 'agencies' | 'cells' | 'findings';
export type ViewName =
  | 'agency_ancestors'
  | 't2_figures'
  | 't3_by_applicant'
  | 't4_figures'
  | 'report_figures'
  | 'jurisdiction_check';

export interface TableSpec {
  name: TableName;
  /** File name inside public/data/. */
  file: string;
  zh: string;
  en: string;
  columns: ColumnSpec[];
}

export interface ViewSpec {
  name: ViewName;
  zh: string;
  en: string;
  columns: ColumnSpec[];
}

const col = (name: string, type: SqlType, zh: string, en: string): ColumnSpec => ({ name, type, zh, en });

/** A view column that is a figure of src/measures/figures.ts: its description is its formula over cell ids. */
const figureCol = (f: Figure): ColumnSpec =>
  col(f.id, 'DOUBLE', `${f.label.zh}（${f.formula}）`, `${f.label.en} (${f.formula})`);

/** A view column named after a template field: its description is that label. */
const labelCol = (name: string, label: Label): ColumnSpec => col(name, 'DOUBLE', label.zh, label.en);

const applicantIds = TABLE3_COLUMNS.map((c) => c.id).join(', ');
const t4GroupIds = TABLE4_GROUPS.map((g) => `'${g.id}'`).join(' | ');

// ---------------------------------------------------------------- tables

const REPORTS: TableSpec = {
  name: 'reports',
  file: 'reports.parquet',
  zh: '报告：每个源文件一行（含无法解析的文件）',
  en: 'Reports: one row per source file (including files that could not be parsed)',
  columns: [
    col(
      'report_id',
      'VARCHAR',
      '报告编号：源文件名去掉扩展名，如 000',
      "Report id: the source file's name without extension, e.g. 000",
    ),
    col('agency_id', 'VARCHAR', '机关编号（agencies.agency_id）', 'Agency id (agencies.agency_id)'),
    col('agency_name', 'VARCHAR', '报告自称的发布机关名称', 'Publishing agency as the report names itself'),
    col('year', 'INTEGER', '报告所涵盖的年度', 'Year the report covers'),
    col('layout', 'VARCHAR', "表格格式：'2021'、'2019' 或 'unknown'", "Table layout: '2021', '2019' or 'unknown'"),
    col('published', 'DATE', '文件所载的成文或发布日期', 'Date the document carries (written or published)'),
    col('title', 'VARCHAR', '文件标题', 'Document title'),
    col('index_no', 'VARCHAR', '索引号', 'Index number (索引号)'),
    col('source_file', 'VARCHAR', '源文件名', 'Source file name'),
    col('source_url', 'VARCHAR', '原文链接', 'Original URL'),
    col('source_format', 'VARCHAR', '源文件格式（text、markdown、html…）', 'Source format (text, markdown, html, …)'),
    col('source_notes', 'VARCHAR', '关于来源的说明', 'Notes on the source'),
    col('sha256', 'VARCHAR', '源文件的 SHA-256', 'SHA-256 of the source file'),
    col(
      'scope',
      'VARCHAR',
      "data/reports/coverage.csv 记录的范围：'own' 本机关，'jurisdiction' 全辖区（含所属部门）；未记录为 NULL",
      "Scope recorded in data/reports/coverage.csv: 'own' (the agency itself) or 'jurisdiction' (its departments included); NULL when not recorded",
    ),
    col(
      'scope_evidence',
      'VARCHAR',
      '范围的依据（如与各部门报告之和的核对）',
      "Evidence for the scope (e.g. the check against the departments' reports)",
    ),
    col('status', 'VARCHAR', "'ok' 已解析；'failed' 无法解析", "'ok' parsed; 'failed' could not be parsed"),
    col('error', 'VARCHAR', '无法解析时的原因', 'Why the file could not be parsed'),
    col('n_errors', 'INTEGER', '错误级问题数', 'Number of error findings'),
    col('n_warnings', 'INTEGER', '警告级问题数', 'Number of warning findings'),
    col('n_info', 'INTEGER', '提示级问题数', 'Number of info findings'),
  ],
};

const AGENCIES: TableSpec = {
  name: 'agencies',
  file: 'agencies.parquet',
  zh: '机关名录（data/agencies.csv，加上报告中出现但未收录的机关）',
  en: 'Agencies (data/agencies.csv, plus agencies seen in a report but not listed there)',
  columns: [
    col('agency_id', 'VARCHAR', '机关编号（稳定的英文短标识）', 'Agency id (a short stable ASCII slug)'),
    col('name', 'VARCHAR', '机关全称', 'Full name'),
    col('short_name', 'VARCHAR', '简称', 'Short name'),
    col('aliases', 'VARCHAR', '其他名称，以 | 分隔', "Other names, '|'-separated"),
    col('province', 'VARCHAR', '省级行政区', 'Province'),
    col('city', 'VARCHAR', '地级行政区', 'City (prefecture level)'),
    col('county', 'VARCHAR', '县级行政区', 'County'),
    col(
      'division_code',
      'VARCHAR',
      '行政区划代码（GB/T 2260，6 位）',
      'Administrative division code (GB/T 2260, 6 digits)',
    ),
    col(
      'level',
      'VARCHAR',
      '层级：national、provincial、municipal、county、township',
      "Level: 'national', 'provincial', 'municipal', 'county' or 'township'",
    ),
    col(
      'agency_type',
      'VARCHAR',
      '机关类型，如 政府办公室、行政审批、市场监管',
      'Agency type in Chinese, e.g. 政府办公室, 行政审批, 市场监管',
    ),
    col(
      'parent_id',
      'VARCHAR',
      '所属政府或区域的机关编号（agencies.agency_id），如平潭各局属 pingtan',
      'Agency id of the government or zone it belongs to (agencies.agency_id), e.g. pingtan for its bureaus',
    ),
    col('curated', 'BOOLEAN', '是否收录于 data/agencies.csv', 'Listed in data/agencies.csv'),
  ],
};

const CELLS: TableSpec = {
  name: 'cells',
  file: 'cells.parquet',
  zh: '表二、表三、表四的每一个单元格：每份报告 × 单元格一行',
  en: 'Every cell of tables 2, 3 and 4: one row per report × cell',
  columns: [
    col('report_id', 'VARCHAR', '报告编号', 'Report id'),
    col('table_no', 'INTEGER', '表号：2、3 或 4', 'Table number: 2, 3 or 4'),
    col('row_id', 'VARCHAR', '行标识，如 denied.third_party', 'Row id, e.g. denied.third_party'),
    col('column_id', 'VARCHAR', '列标识，如 total', 'Column id, e.g. total'),
    col(
      'cell_id',
      'VARCHAR',
      '单元格标识，如 t3.denied.third_party.total',
      'Cell id, e.g. t3.denied.third_party.total',
    ),
    col(
      'value',
      'DOUBLE',
      '数值；原文空白或为“-”“/”“无”时为 NULL',
      "Value; NULL where the source is blank, '-', '/' or '无'",
    ),
    col('raw_text', 'VARCHAR', '单元格原文', 'Cell text as printed'),
  ],
};

const FINDINGS: TableSpec = {
  name: 'findings',
  file: 'findings.parquet',
  zh: '检查发现的问题（勾稽关系、空白单元格、跨年度结转等）',
  en: 'Findings of the checks (arithmetic identities, blank cells, carry-over across years, …)',
  columns: [
    col(
      'report_id',
      'VARCHAR',
      '报告编号（跨报告问题记在较晚的报告上）',
      "Report id (a cross-report finding carries the later report's id)",
    ),
    col('rule', 'VARCHAR', '规则标识，如 t3.balance', 'Rule id, e.g. t3.balance'),
    col('severity', 'VARCHAR', '严重程度：error、warning、info', "Severity: 'error', 'warning' or 'info'"),
    col('at_cell', 'VARCHAR', '问题所在的单元格', 'The cell the finding is at'),
    col('cell_ids', 'VARCHAR', '涉及的单元格，以 | 分隔', "Cells involved, '|'-separated"),
    col('expected', 'DOUBLE', '按规则应有的值', 'Value the rule expects'),
    col('found', 'DOUBLE', '报告中的值', 'Value found in the report'),
    col('message_zh', 'VARCHAR', '说明（中文）', 'Message in Chinese'),
    col('message_en', 'VARCHAR', '说明（英文）', 'Message in English'),
  ],
};

export const TABLES: readonly TableSpec[] = [REPORTS, AGENCIES, CELLS, FINDINGS];

export function tableSpec(name: TableName): TableSpec {
  return TABLES.find((t) => t.name === name)!;
}

/**
 * Empty tables with the dictionary's columns: how a partitioned dataset starts, its rows arriving
 * partition by partition (the page's engine and the Node engines that compute what it shows).
 */
export function emptyTablesSql(): string {
  return TABLES.map((t) => `CREATE TABLE ${t.name} (${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')});`).join(
    '\n',
  );
}

// ---------------------------------------------------------------- views

const reportKey = [
  col('report_id', 'VARCHAR', '报告编号', 'Report id'),
  col('agency_id', 'VARCHAR', '机关编号', 'Agency id'),
  col('year', 'INTEGER', '报告年度', 'Year covered'),
];

const AGENCY_ANCESTORS: ViewSpec = {
  name: 'agency_ancestors',
  zh: '机关的上级：每个机关 × 经 agencies.parent_id 可达的每个上级一行',
  en: 'Agencies above each agency: one row per agency × each agency above it through agencies.parent_id',
  columns: [
    col('agency_id', 'VARCHAR', '机关编号', 'Agency id'),
    col('ancestor_id', 'VARCHAR', '其上级机关编号', 'Id of an agency above it'),
    col('depth', 'INTEGER', '层数：1 为直接上级', 'Steps up: 1 = its parent'),
  ],
};

const T2_FIGURES: ViewSpec = {
  name: 't2_figures',
  zh: '表二主要数字：每份 2021 或 2019 格式的报告一行（该格式没有的项为 NULL）',
  en: 'Main table-2 figures: one row per report in layout 2021 or 2019 (NULL where the layout lacks the item)',
  columns: [
    ...reportKey,
    col('layout', 'VARCHAR', "表格格式：'2021' 或 '2019'", "Layout: '2021' or '2019'"),
    ...figuresOfTable(2).map(figureCol),
  ],
};

const T3_BY_APPLICANT: ViewSpec = {
  name: 't3_by_applicant',
  zh: '表三按申请人类型：每份报告 × 表三每一列一行；对申请人求和时须过滤 NOT is_total',
  en: 'Table 3 by applicant type: one row per report × table-3 column; sums over applicants must filter NOT is_total',
  columns: [
    ...reportKey,
    col('applicant', 'VARCHAR', `表三的列标识：${applicantIds}`, `Table-3 column id: ${applicantIds}`),
    col('is_total', 'BOOLEAN', '是否为“总计”列', 'Whether this is the 总计 (total) column'),
    // The formula names the 总计 column's cells; in this view the same rows of each column.
    ...figuresOfTable(3)
      .filter((f) => f.rows)
      .map(figureCol),
  ],
};

const T4_FIGURES: ViewSpec = {
  name: 't4_figures',
  zh: '表四：每份报告 × 行政复议、行政诉讼各组一行',
  en: 'Table 4: one row per report × review/lawsuit group',
  columns: [
    ...reportKey,
    col('group_id', 'VARCHAR', `组：${t4GroupIds}`, `Group: ${t4GroupIds}`),
    ...TABLE4_FIELDS.map((f) => labelCol(f.id, f)),
  ],
};

const jurisdictionTypes = JURISDICTION_TYPES.join('、');

const REPORT_FIGURES: ViewSpec = {
  name: 'report_figures',
  zh: '每份已解析报告一行：机关信息、报告范围、可否计入合计，以及 src/measures/figures.ts 的全部数字（表三取“总计”列）',
  en: 'One row per parsed report: agency details, what the report covers, which totals may add it, and every figure of src/measures/figures.ts (table 3 from its total column)',
  columns: [
    col('report_id', 'VARCHAR', '报告编号', 'Report id'),
    col('agency_id', 'VARCHAR', '机关编号', 'Agency id'),
    col('agency_name', 'VARCHAR', '机关名称（已收录时用名录名称）', 'Agency name (the curated name where known)'),
    ...AGENCIES.columns.filter((c) =>
      ['short_name', 'province', 'city', 'county', 'level', 'agency_type', 'parent_id'].includes(c.name),
    ),
    col('year', 'INTEGER', '报告年度', 'Year covered'),
    col('layout', 'VARCHAR', "表格格式：'2021'、'2019' 或 'unknown'", "Layout: '2021', '2019' or 'unknown'"),
    col('published', 'DATE', '发布日期', 'Date published'),
    col(
      'scope',
      'VARCHAR',
      `报告范围：'own' 本机关，'jurisdiction' 全辖区（含所属部门）；取 reports.scope，未记录时 ${jurisdictionTypes} 为 jurisdiction`,
      `What the report covers: 'own' (the agency itself) or 'jurisdiction' (the whole government or zone, its departments included); reports.scope, else 'jurisdiction' for agency types ${jurisdictionTypes}`,
    ),
    col(
      'covered_by',
      'VARCHAR',
      '同年度已包含本报告数字的上级全辖区报告编号；无则为 NULL',
      "The same year's jurisdiction report of an agency above this one, which already includes its figures; NULL if none",
    ),
    col(
      'department_reports',
      'INTEGER',
      '同年度其下属机关（任意层级）的报告份数',
      "Number of the same year's reports of agencies below this one (any depth)",
    ),
    col(
      'in_whole_set',
      'BOOLEAN',
      `计入“${BASES[0]}”（全区汇总）合计：covered_by 为 NULL。按此列求和不会重复计算`,
      `Counted by the '${BASES[0]}' totals (whole jurisdictions): covered_by IS NULL. Sums over these rows count nothing twice`,
    ),
    col(
      'in_department_set',
      'BOOLEAN',
      `计入“${BASES[1]}”（各部门）合计：不是有下属报告的全辖区报告。按此列求和不会重复计算`,
      `Counted by the '${BASES[1]}' totals: not a jurisdiction report whose departments reported. Sums over these rows count nothing twice`,
    ),
    ...FIGURES.map(figureCol),
    col('n_errors', 'INTEGER', '错误级问题数', 'Number of error findings'),
    col('n_warnings', 'INTEGER', '警告级问题数', 'Number of warning findings'),
    col('source_url', 'VARCHAR', '原文链接', 'Original URL'),
  ],
};

const JURISDICTION_CHECK: ViewSpec = {
  name: 'jurisdiction_check',
  zh: '全辖区报告与其直属部门报告之和的对照：每份有部门报告的全辖区报告 × 表二主要数字一行',
  en: "A jurisdiction report beside the sum of its departments' reports: one row per jurisdiction report whose departments reported × main table-2 figure",
  columns: [
    ...reportKey,
    col('figure', 'VARCHAR', '数字（report_figures 的列名）', 'Figure (a column of report_figures)'),
    col('value', 'DOUBLE', '全辖区报告的数值', "The jurisdiction report's value"),
    col(
      'departments_sum',
      'DOUBLE',
      '直属部门同年度报告数值之和',
      "Sum of the same year's reports of the agencies directly under it",
    ),
    col('departments_stating', 'INTEGER', '填报了该数字的部门报告份数', 'Department reports that state the figure'),
    col(
      'department_reports',
      'INTEGER',
      '直属部门同年度报告份数',
      "Number of the same year's reports of the agencies directly under it",
    ),
  ],
};

export const VIEWS: readonly ViewSpec[] = [
  AGENCY_ANCESTORS,
  T2_FIGURES,
  T3_BY_APPLICANT,
  T4_FIGURES,
  REPORT_FIGURES,
  JURISDICTION_CHECK,
];
