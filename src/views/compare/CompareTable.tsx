import { useState } from 'react';
import { TableRegion } from '../../charts/TableRegion';
import { useI18n } from '../../i18n/useI18n';
import { Link } from '../../url/Link';
import { switchView } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import { markOwn } from '../../workspace/mark';
import { metricDefinition, metricLabel, metricUnit } from './metricLabels';
import {
  type CompareRow,
  METRICS,
  type MetricId,
  rateValue,
  SMALL_N,
  type Sort,
  type SortKey,
  serializeSort,
  TABLE_METRICS,
} from './metrics';

/**
 * Rows shown before "show all": a province has thousands of reports, and laying out a table that
 * long takes the browser seconds. Sorting still covers every row.
 */
const FIRST_ROWS = 200;

/** The comparison table: one row per report, sortable by any column from the keyboard. */
export function CompareTable({ rows, sort, caption }: { rows: CompareRow[]; sort: Sort; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const { state, setState } = useUrlState();
  const sortBy = (key: SortKey) => {
    // A new column sorts largest first (names A→Z); the same column flips.
    const desc = sort.key === key ? !sort.desc : key !== 'agency';
    setState({ sort: serializeSort({ key, desc }) });
  };
  const header = (key: SortKey, label: string) => (
    <th
      key={key}
      scope="col"
      className={key === 'agency' ? undefined : 'num'}
      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}
      title={key === 'agency' ? undefined : t('measure.formula', { formula: metricDefinition(i18n, key) })}
    >
      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.desc ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
  return (
    <TableRegion caption={caption} className="data-table compare-table">
      <thead>
        <tr>
          {header('agency', t('compare.col.agency'))}
          {TABLE_METRICS.map((id) =>
            header(id, t('common.withUnit', { label: metricLabel(i18n, id), unit: metricUnit(t, id) })),
          )}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.report_id}>
            <th scope="row">
              <Link to={{ ...switchView('agency', state), agencies: [row.agency_id], years: [row.year] }}>
                {markOwn(row.agency_name, row.report_id)}
              </Link>
            </th>
            {TABLE_METRICS.map((id) => (
              <td key={id} className="num">
                <MetricCell id={id} row={row} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {shown.length < rows.length && (
        <tfoot>
          <tr>
            <td colSpan={TABLE_METRICS.length + 1}>
              {t('compare.rowsShown', { shown: shown.length, count: rows.length })}{' '}
              <button type="button" onClick={() => setShowAll(true)}>
                {t('compare.showAllRows', { count: rows.length })}
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </TableRegion>
  );
}

function MetricCell({ id, row }: { id: MetricId; row: CompareRow }) {
  const { t, num } = useI18n();
  const m = METRICS[id];
  if (m.kind === 'count') {
    const v = m.value(row);
    return v === null ? <span className="muted">{t('common.notStated')}</span> : num(v);
  }
  const r = rateValue(m, row);
  if (!r) return <span className="muted">—</span>;
  const pct = (x: number) => (x * 100).toFixed(1);
  return (
    <>
      <span className="rate">{pct(r.rate)}%</span>{' '}
      <span className="frac">
        {num(r.k)}/{num(r.n)}
      </span>
      <br />
      <span className="ci" title={t('compare.ciTitle')}>
        [{pct(r.interval.low)}–{pct(r.interval.high)}]
      </span>
      {r.small && (
        <span className="badge badge-caveat" title={t('compare.smallNTitle', { n: SMALL_N })}>
          N&lt;{SMALL_N}
        </span>
      )}
    </>
  );
}
