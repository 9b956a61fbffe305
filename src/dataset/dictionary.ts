/**
 * The data dictionary of the open dataset, defined once.
 *
 * Every table the pipeline writes to public/data/ (one Parquet file each) and every view of
 * views.sql: column names, SQL types and descriptions in Chinese and English. The pipeline creates
 * its tables from this, datapackage.json and public/data/README.md are generated from it, the
 * browser builds Arrow tables with these types and shows it in the schema browser, and a test
 * checks that views.sql returns exactly the columns listed here.
 */
import { cellLabel, type Label, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_FIELDS, TABLE4_GROUPS } from '../report/template';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnSpec {
  name: string;
  type: SqlType;
  zh: string;
  en: string;
}

export type TableName = 'reports' | 'agencies' | 'cells' | 'findings';
export type ViewName = 't2_figures' | 't3_by_applicant' | 't4_figures' | 'report_figures';

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

/** A view column that is exactly one template cell: its description is the cell's label. */
const cellCol = (name: string, cellId: string, type: SqlType = 'DOUBLE'): ColumnSpec =>
  col(name, type, `${cellLabel(cellId, 'zh')}（${cellId}）`, `${cellLabel(cellId, 'en')} (${cellId})`);

/** A view column named after a template row or field: its description is that label. */
const labelCol = (name: string, label: Label): ColumnSpec => col(name, 'DOUBLE', label.zh, label.en);
const t3Row = (id: string) => TABLE3_ROWS.find((r) => r.id === id)!;
const t4Field = (id: string) => TABLE4_FIELDS.find((f) => f.id === id)!;

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

// ---------------------------------------------------------------- views

const reportKey = [
  col('report_id', 'VARCHAR', '报告编号', 'Report id'),
  col('agency_id', 'VARCHAR', '机关编号', 'Agency id'),
  col('year', 'INTEGER', '报告年度', 'Year covered'),
];

/** Table-3 figures of one column; the outcome groups are sums over their rows. */
const T3_FIGURES: ColumnSpec[] = [
  labelCol('new_received', t3Row('new_received')),
  labelCol('carried_over', t3Row('carried_over')),
  labelCol('granted', t3Row('granted')),
  labelCol('partial', t3Row('partial')),
  col('denied', 'DOUBLE', '不予公开（denied.* 各行之和）', 'Refused (sum of the denied.* rows)'),
  col(
    'unavailable',
    'DOUBLE',
    '无法提供（unavailable.* 各行之和）',
    'Cannot be provided (sum of the unavailable.* rows)',
  ),
  col('rejected', 'DOUBLE', '不予处理（rejected.* 各行之和）', 'Not processed (sum of the rejected.* rows)'),
  col('other_handled', 'DOUBLE', '其他处理（other.* 各行之和）', 'Otherwise handled (sum of the other.* rows)'),
  labelCol('total_handled', t3Row('total_handled')),
  labelCol('carried_forward', t3Row('carried_forward')),
];

const T2_FIGURES: ViewSpec = {
  name: 't2_figures',
  zh: '表二主要数字：每份 2021 或 2019 格式的报告一行（该格式没有的项为 NULL）',
  en: 'Main table-2 figures: one row per report in layout 2021 or 2019 (NULL where the layout lacks the item)',
  columns: [
    ...reportKey,
    col('layout', 'VARCHAR', "表格格式：'2021' 或 '2019'", "Layout: '2021' or '2019'"),
    cellCol('licensing_decisions', 't2.licensing.decisions'),
    cellCol('penalty_decisions', 't2.penalty.decisions'),
    cellCol('enforcement_decisions', 't2.enforcement.decisions'),
    cellCol('fees_wan_yuan', 't2.fees.amount_wan_yuan'),
    cellCol('regulations_issued', 't2.regulations.issued'),
    cellCol('normative_docs_issued', 't2.normative_docs.issued'),
    cellCol('normative_docs_in_force', 't2.normative_docs.in_force'),
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
    ...T3_FIGURES,
  ],
};

const T4_FIGURES: ViewSpec = {
  name: 't4_figures',
  zh: '表四：每份报告 × 行政复议、行政诉讼各组一行',
  en: 'Table 4: one row per report × review/lawsuit group',
  columns: [
    ...reportKey,
    col('group_id', 'VARCHAR', `组：${t4GroupIds}`, `Group: ${t4GroupIds}`),
    labelCol('upheld', t4Field('upheld')),
    labelCol('corrected', t4Field('corrected')),
    labelCol('other', t4Field('other')),
    labelCol('pending', t4Field('pending')),
    labelCol('total', t4Field('total')),
  ],
};

const REPORT_FIGURES: ViewSpec = {
  name: 'report_figures',
  zh: '每份已解析报告一行：机关信息与主要数字（表三取“总计”列）',
  en: 'One row per parsed report: agency details and the main figures (table 3 from its total column)',
  columns: [
    col('report_id', 'VARCHAR', '报告编号', 'Report id'),
    col('agency_id', 'VARCHAR', '机关编号', 'Agency id'),
    col('agency_name', 'VARCHAR', '机关名称（已收录时用名录名称）', 'Agency name (the curated name where known)'),
    ...AGENCIES.columns.filter((c) =>
      ['short_name', 'province', 'city', 'county', 'level', 'agency_type'].includes(c.name),
    ),
    col('year', 'INTEGER', '报告年度', 'Year covered'),
    col('layout', 'VARCHAR', "表格格式：'2021'、'2019' 或 'unknown'", "Layout: '2021', '2019' or 'unknown'"),
    col('published', 'DATE', '发布日期', 'Date published'),
    ...T3_FIGURES,
    cellCol('licensing_decisions', 't2.licensing.decisions'),
    cellCol('fees_wan_yuan', 't2.fees.amount_wan_yuan'),
    cellCol('review_total', 't4.review.total'),
    cellCol('review_corrected', 't4.review.corrected'),
    col('suit_total', 'DOUBLE', '行政诉讼总计（两组之和）', 'Lawsuits, total (both groups)'),
    col('suit_corrected', 'DOUBLE', '行政诉讼结果纠正（两组之和）', 'Lawsuits, corrected (both groups)'),
    col('n_errors', 'INTEGER', '错误级问题数', 'Number of error findings'),
    col('n_warnings', 'INTEGER', '警告级问题数', 'Number of warning findings'),
    col('source_url', 'VARCHAR', '原文链接', 'Original URL'),
  ],
};

export const VIEWS: readonly ViewSpec[] = [T2_FIGURES, T3_BY_APPLICANT, T4_FIGURES, REPORT_FIGURES];
