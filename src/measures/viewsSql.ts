/**
 * The SQL views of the dataset, generated from the figures (figures.ts) and the coverage rules
 * (coverage.ts): run after the tables reports, agencies, cells and findings are loaded, by the Node
 * pipeline and tests (@duckdb/node-api) and by the browser (duckdb-wasm). The pipeline writes the
 * text to public/data/views.sql for analysts. Column meanings: src/dataset/dictionary.ts.
 * Blank cells are NULL; sums (SUM) skip them, so a sum is NULL only when every part is blank.
 */
import { TABLE3_COLUMNS, TABLE4_FIELDS } from '../report/template';
import { placedSql, SCOPE_RULE } from './coverage';
import { FIGURES, type Figure, figuresOfTable } from './figures';

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const list = (items: readonly string[]) => items.map(quote).join(', ');
const indent = (items: readonly string[]) => items.map((i) => `  ${i}`).join(',\n');

/** One report's figure from its cells (`c`): the sum of the stated cells. */
const figureFromCells = (f: Figure) =>
  f.cells.length === 1
    ? `sum(c.value) FILTER (WHERE c.cell_id = ${quote(f.cells[0])}) AS ${f.id}`
    : `sum(c.value) FILTER (WHERE c.cell_id IN (${list(f.cells)})) AS ${f.id}`;

/** A table-3 figure in one applicant column: the sum of its rows. */
const figureFromRows = (f: Figure) => `sum(c.value) FILTER (WHERE c.row_id IN (${list(f.rows ?? [])})) AS ${f.id}`;

/** Figures compared between a jurisdiction report and its departments' reports. */
export const CHECKED_FIGURES = figuresOfTable(2).filter((f) => f.id.endsWith('_decisions') || f.unit === 'wanYuan');

function jurisdictionCheck(): string {
  const parts = CHECKED_FIGURES.map((f) => {
    const sum = f.unit === 'wanYuan' ? `sum(d.${f.id}::DECIMAL(18, 6))::DOUBLE` : `sum(d.${f.id})`;
    return `SELECT j.report_id, j.agency_id, j.year, ${quote(f.id)} AS figure, j.${f.id} AS value,
  ${sum} AS departments_sum, count(d.${f.id})::INTEGER AS departments_stating,
  count(d.report_id)::INTEGER AS department_reports
FROM jurisdictions j
LEFT JOIN agency_ancestors x ON x.ancestor_id = j.agency_id AND x.depth = 1
LEFT JOIN report_figures d ON d.agency_id = x.agency_id AND d.year = j.year
GROUP BY j.report_id, j.agency_id, j.year, j.${f.id}`;
  });
  return `CREATE OR REPLACE VIEW jurisdiction_check AS
WITH jurisdictions AS (SELECT * FROM report_figures WHERE scope = 'jurisdiction' AND department_reports > 0)
${parts.join('\nUNION ALL\n')};`;
}

export function viewsSql(): string {
  const t2 = figuresOfTable(2);
  const t3 = figuresOfTable(3).filter((f) => f.rows);
  return `-- Views of the Disclosure Atlas dataset (政府信息公开年报数据集), generated from src/measures/.
-- Run after the tables reports, agencies, cells and findings are loaded. Column meanings: README.md,
-- datapackage.json. Blank cells are NULL; sums (SUM) skip them, so a sum is NULL only when every part is blank.

-- Every agency with each agency above it through agencies.parent_id (depth 1 = its parent).
CREATE OR REPLACE VIEW agency_ancestors AS
WITH RECURSIVE up(agency_id, ancestor_id, depth) AS (
  SELECT agency_id, parent_id, 1 FROM agencies WHERE parent_id IS NOT NULL
  UNION ALL
  SELECT up.agency_id, a.parent_id, up.depth + 1
  FROM up JOIN agencies a ON a.agency_id = up.ancestor_id
  WHERE a.parent_id IS NOT NULL AND up.depth < 10
)
SELECT agency_id, ancestor_id, depth FROM up;

-- Table 2: one row per parsed report with a known layout (NULL where the layout lacks the item).
CREATE OR REPLACE VIEW t2_figures AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  r.layout,
${indent(t2.map((f) => figureFromCells(f).replace('sum(c.value)', 'max(c.value)')))}
FROM reports r
LEFT JOIN cells c ON c.report_id = r.report_id AND c.table_no = 2
WHERE r.status = 'ok' AND r.layout IN ('2021', '2019')
GROUP BY r.report_id, r.agency_id, r.year, r.layout;

-- Table 3: one row per report and table-3 column (${TABLE3_COLUMNS.map((c) => c.id).join(', ')}).
CREATE OR REPLACE VIEW t3_by_applicant AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  c.column_id AS applicant,
  c.column_id = 'total' AS is_total,
${indent(t3.map(figureFromRows))}
FROM reports r
JOIN cells c ON c.report_id = r.report_id AND c.table_no = 3
WHERE r.status = 'ok'
GROUP BY r.report_id, r.agency_id, r.year, c.column_id;

-- Table 4: one row per report and group (review, suit_direct, suit_after_review).
CREATE OR REPLACE VIEW t4_figures AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  c.row_id AS group_id,
${indent(TABLE4_FIELDS.map((f) => `max(c.value) FILTER (WHERE c.column_id = ${quote(f.id)}) AS ${f.id}`))}
FROM reports r
JOIN cells c ON c.report_id = r.report_id AND c.table_no = 4
WHERE r.status = 'ok'
GROUP BY r.report_id, r.agency_id, r.year, c.row_id;

-- One row per parsed report: the agency, what the report covers and which totals may add it,
-- and every figure of src/measures/figures.ts.
CREATE OR REPLACE VIEW report_figures AS
WITH scoped AS (
  SELECT r.report_id, r.agency_id, r.year, ${SCOPE_RULE} AS scope
  FROM reports r LEFT JOIN agencies a ON a.agency_id = r.agency_id
  WHERE r.status = 'ok'
),
figures AS (
  SELECT
    c.report_id,
${indent(FIGURES.map(figureFromCells)).replaceAll(/^ {2}/gm, '    ')}
  FROM cells c
  GROUP BY c.report_id
),
placed AS (
  ${placedSql('scoped')}
)
SELECT
  r.report_id,
  r.agency_id,
  coalesce(a.name, r.agency_name) AS agency_name,
  a.short_name,
  a.province,
  a.city,
  a.county,
  a.level,
  a.agency_type,
  a.parent_id,
  r.year,
  r.layout,
  r.published,
  p.scope,
  p.covered_by,
  p.department_reports,
  p.covered_by IS NULL AS in_whole_set,
  NOT (p.scope = 'jurisdiction' AND p.department_reports > 0) AS in_department_set,
${indent(FIGURES.map((f) => `f.${f.id}`))},
  r.n_errors,
  r.n_warnings,
  r.source_url
FROM reports r
JOIN placed p ON p.report_id = r.report_id
LEFT JOIN agencies a ON a.agency_id = r.agency_id
LEFT JOIN figures f ON f.report_id = r.report_id;

-- Each jurisdiction report whose departments (agencies directly under it) also reported that year,
-- per table-2 figure: its own value beside the sum of its departments' values.
${jurisdictionCheck()}
`;
}

/** The views' SQL text, generated once. */
export const VIEWS_SQL = viewsSql();
