/**
 * The three official tables of one report, re-drawn as the template draws them. Every cell has
 * the anchor `cell-<cell id>` and a title naming report, table, row, column and the raw text;
 * blank cells stay blank; cells with findings are highlighted; the cell in the URL is focused.
 */
import { useEffect } from 'react';
import { TableRegion } from '../charts/TableRegion';
import { useI18n } from '../i18n/useI18n';
import {
  cellLabel,
  type Layout,
  TABLE3_COLUMNS,
  TABLE4_FIELDS,
  TABLE4_GROUPS,
  t2Id,
  t3Id,
  t4Id,
} from '../report/template';
import type { ShownCell, ShownFinding, ShownReport } from './shownReport';
import { numbering, table2Blocks, table3Lines } from './templateLayout';

export interface CellMarks {
  /** Cells a finding is at, with the worst severity there. */
  at: Map<string, ShownFinding['severity']>;
  /** Every other cell a finding involves. */
  involved: Set<string>;
}

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

export function cellMarks(findings: readonly ShownFinding[]): CellMarks {
  const at = new Map<string, ShownFinding['severity']>();
  const involved = new Set<string>();
  for (const f of findings) {
    if (f.at_cell) {
      const prev = at.get(f.at_cell);
      if (!prev || SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(prev)) at.set(f.at_cell, f.severity);
    }
    for (const id of f.cell_ids?.split('|') ?? []) if (id) involved.add(id);
  }
  return { at, involved };
}

interface TablesProps {
  report: ShownReport;
  layout: Layout;
  cells: ReadonlyMap<string, ShownCell>;
  marks: CellMarks;
  focusCell: string | null;
  /** Plain-language notes on cells (the check view's findings): such a cell is focusable and shows its note on hover and focus. */
  notes?: ReadonlyMap<string, string>;
}

export function ReportTables(props: TablesProps) {
  const { focusCell } = props;
  const { t } = useI18n();
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the cell again when another report is shown
  useEffect(() => {
    if (!focusCell) return;
    const el = document.getElementById(`cell-${focusCell}`);
    if (!el) return;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    el.focus({ preventScroll: true });
  }, [focusCell, props.report.report_id]);
  return (
    <>
      <h2>{t('agency.table2')}</h2>
      <Table2 {...props} />
      <h2>{t('agency.table3')}</h2>
      <Table3 {...props} />
      <h2>{t('agency.table4')}</h2>
      <Table4 {...props} />
    </>
  );
}

function Cell({ id, report, cells, marks, focusCell, notes }: TablesProps & { id: string }) {
  const { t, lang } = useI18n();
  const cell = cells.get(id);
  const value = cell?.value ?? null;
  const severity = marks.at.get(id);
  const classes = ['num', 'cell'];
  if (severity) classes.push(`cell-finding cell-${severity}`);
  else if (marks.involved.has(id)) classes.push('cell-involved');
  if (focusCell === id) classes.push('cell-focus');
  const title = t('agency.cellTitle', {
    report: report.report_id,
    agency: report.agency_name,
    year: report.year ?? '',
    cell: cellLabel(id, lang),
    id,
    raw: cell?.raw_text ?? '',
  });
  const note = notes?.get(id);
  return (
    <td
      id={`cell-${id}`}
      className={classes.join(' ')}
      title={note ? undefined : title}
      tabIndex={note ? 0 : focusCell === id ? -1 : undefined}
      aria-describedby={note ? `note-${id}` : undefined}
      data-cell={id}
    >
      {/* As printed in the report's table: no thousands separators; blank stays blank. */}
      {value === null ? <span className="visually-hidden">{t('common.notStated')}</span> : String(value)}
      {note && (
        <span id={`note-${id}`} role="tooltip" className="cell-note">
          {note}
        </span>
      )}
    </td>
  );
}

function Table2(props: TablesProps) {
  const { t, label } = useI18n();
  return (
    <>
      {table2Blocks(props.layout).map((block) => (
        <TableRegion
          key={block.article}
          caption={t('agency.table2Block', { article: block.article })}
          className="template-table"
        >
          <thead>
            <tr>
              <th scope="col">{t('agency.infoContent')}</th>
              {block.columns.map((c) => (
                <th key={c.id} scope="col" className="num">
                  {label(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map(({ row, cells }) => (
              <tr key={row.id}>
                <th scope="row">{label(row)}</th>
                {cells.map((c, i) =>
                  // biome-ignore lint/suspicious/noArrayIndexKey: an absent cell is known only by its column
                  c ? <Cell key={c} {...props} id={t2Id(c)} /> : <td key={i} className="cell-absent" />,
                )}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ))}
    </>
  );
}

function Table3(props: TablesProps) {
  const { t, label, lang } = useI18n();
  const applicants = TABLE3_COLUMNS.filter((c) => c.id !== 'total');
  return (
    // Named by the heading above; the caption is for screen readers.
    <TableRegion caption={t('agency.table3')} className="template-table" hideCaption>
      <thead>
        <tr>
          <th scope="col" colSpan={3} rowSpan={3}>
            {/* The template's top-left cell: 本列数据的勾稽关系 … (we keep its plain meaning). */}
            {t('agency.t3.corner')}
          </th>
          <th scope="colgroup" colSpan={TABLE3_COLUMNS.length}>
            {t('agency.t3.applicants')}
          </th>
        </tr>
        <tr>
          <th scope="col" rowSpan={2} className="num">
            {label(applicants[0])}
          </th>
          <th scope="colgroup" colSpan={applicants.length - 1}>
            {t('agency.t3.legalPersons')}
          </th>
          <th scope="col" rowSpan={2} className="num">
            {label(TABLE3_COLUMNS.at(-1)!)}
          </th>
        </tr>
        <tr>
          {applicants.slice(1).map((c) => (
            <th key={c.id} scope="col" className="num">
              {label(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table3Lines(props.layout).map((line) => (
          <tr key={line.row.id}>
            {line.labels.map((l, i) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: label cells are positional within their fixed row
                key={i}
                scope="row"
                rowSpan={l.rowSpan > 1 ? l.rowSpan : undefined}
                colSpan={l.colSpan > 1 ? l.colSpan : undefined}
              >
                {numbering(l.numberLevel, l.number, lang)}
                {l.text ? label(l.text) : t('agency.t3.outcomes')}
              </th>
            ))}
            {TABLE3_COLUMNS.map((c) => (
              <Cell key={c.id} {...props} id={t3Id(line.row.id, c.id)} />
            ))}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function Table4(props: TablesProps) {
  const { t, label } = useI18n();
  return (
    <TableRegion caption={t('agency.table4')} className="template-table" hideCaption>
      <thead>
        <tr>
          {TABLE4_GROUPS.map((g) => (
            <th key={g.id} scope="colgroup" colSpan={TABLE4_FIELDS.length}>
              {label(g)}
            </th>
          ))}
        </tr>
        <tr>
          {TABLE4_GROUPS.flatMap((g) =>
            TABLE4_FIELDS.map((f) => (
              <th key={`${g.id}.${f.id}`} scope="col" className="num">
                {label(f)}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {TABLE4_GROUPS.flatMap((g) =>
            TABLE4_FIELDS.map((f) => <Cell key={`${g.id}.${f.id}`} {...props} id={t4Id(g.id, f.id)} />),
          )}
        </tr>
      </tbody>
    </TableRegion>
  );
}
