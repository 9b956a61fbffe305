/**
 * SQL of the measures, built by small functions (as Mosaic builds its queries): a measure's value
 * for one report, its sum over reports, and the set of reports a total counts (coverage.ts). Column
 * names are figure and measure ids, fixed by the module; every value from the user is a bound
 * parameter of the caller's filter.
 */
import { FIGURE, type FigureId } from './figures';
import { figuresOf, layoutsOf, type Measure, type MeasureId, measure, type Term, termFigure } from './measures';

const qualify = (alias: string) => (name: string) => (alias ? `${alias}.${name}` : name);

/** `a + b - c` over the figures' columns. */
export function termsSql(terms: readonly Term[], alias = ''): string {
  const col = qualify(alias);
  return terms
    .map((t, i) => {
      const { figure, sign } = termFigure(t);
      return i === 0 ? `${sign < 0 ? '-' : ''}${col(figure.id)}` : `${sign < 0 ? '-' : '+'} ${col(figure.id)}`;
    })
    .join(' ');
}

/** TRUE when the report states every figure of the measure (the blank rule of measures.ts). */
export function statedSql(m: Measure, alias = ''): string {
  const col = qualify(alias);
  return figuresOf(m)
    .map((f) => `${col(f.id)} IS NOT NULL`)
    .join(' AND ');
}

/**
 * Fees in 万元 have decimals: a DOUBLE sum depends on the order of addition, which differs between
 * engines and thread counts. Summed as DECIMAL (to 0.01 元) it is exact, the same everywhere.
 */
function sumSql(expr: string, unit: Measure['unit'] | 'items' | 'wanYuan', filter: string): string {
  const where = filter ? ` FILTER (WHERE ${filter})` : '';
  return unit === 'wanYuan' ? `sum((${expr})::DECIMAL(18, 6))${where}::DOUBLE` : `sum(${expr})${where}`;
}

/** Result columns of measureSums for a measure id: the value (counts) or k and n (rates), and the reports. */
export const kCol = (id: string) => `${id}__k`;
export const nCol = (id: string) => `${id}__n`;
export const reportsCol = (id: string) => `${id}__reports`;
export const absentCol = (id: string) => `${id}__absent`;

/** Reports whose template lacks a cell of the measure (e.g. no fee amount in the 2019 template): never "blank". */
function absentSql(m: Measure, alias: string): string {
  const lacking = (['2021', '2019'] as const).filter((l) => !layoutsOf(m).includes(l));
  const col = qualify(alias)('layout');
  return lacking.length ? `count(*) FILTER (WHERE ${col} IN (${lacking.map((l) => `'${l}'`).join(', ')}))` : '0';
}

/**
 * Select-list items summing measures over the rows of a query: a count as `id`, a rate as `id__k`
 * and `id__n`; `id__reports` is how many reports entered (stated every figure of the formula),
 * `id__absent` how many have a template without the measure.
 */
export function measureSums(ids: readonly MeasureId[], alias = ''): string[] {
  return ids.flatMap((id) => {
    const m = measure(id);
    const stated = statedSql(m, alias);
    const reports = `count(*) FILTER (WHERE ${stated}) AS ${reportsCol(id)}, ${absentSql(m, alias)} AS ${absentCol(id)}`;
    if (m.kind === 'count') return [`${sumSql(termsSql(m.value, alias), m.unit, stated)} AS ${id}`, reports];
    return [
      `${sumSql(termsSql(m.numerator, alias), 'items', stated)} AS ${kCol(id)}`,
      `${sumSql(termsSql(m.denominator, alias), 'items', stated)} AS ${nCol(id)}`,
      reports,
    ];
  });
}

/** The view columns measureSums reads for these measures: their figures, and the layout (a template without the measure). */
export function measureColumns(ids: readonly MeasureId[]): string[] {
  return [...new Set(['layout', ...ids.flatMap((id) => figuresOf(measure(id)).map((f) => f.id))])];
}

/** Select-list items of one report's measures: a count as `id` (NULL when not stated), a rate as `id__k`, `id__n`. */
export function measureValues(ids: readonly MeasureId[], alias = ''): string[] {
  return ids.flatMap((id) => {
    const m = measure(id);
    const when = (expr: string, as: string) => `CASE WHEN ${statedSql(m, alias)} THEN ${expr} END AS ${as}`;
    if (m.kind === 'count') return [when(termsSql(m.value, alias), id)];
    return [when(termsSql(m.numerator, alias), kCol(id)), when(termsSql(m.denominator, alias), nCol(id))];
  });
}

/** Sums of single figures (SUM skips blank reports), e.g. for the outcome mix by year. */
export function figureSums(ids: readonly FigureId[], alias = ''): string[] {
  const col = qualify(alias);
  return ids.map((id) => `${sumSql(col(id), FIGURE[id].unit, '')} AS ${id}`);
}

/** A row of measureSums / measureValues read back: a count's value, or a rate's k, n and k/n. */
export interface MeasureValue {
  value: number | null;
  k: number | null;
  n: number | null;
  reports: number | null;
  /** Reports whose template lacks the measure. */
  absent: number;
}

export function readMeasure(row: Record<string, unknown>, id: MeasureId): MeasureValue {
  const m = measure(id);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const reports = num(row[reportsCol(id)]);
  const absent = num(row[absentCol(id)]) ?? 0;
  if (m.kind === 'count') return { value: num(row[id]), k: null, n: null, reports, absent };
  const k = num(row[kCol(id)]);
  const n = num(row[nCol(id)]);
  return { value: k !== null && n !== null && n > 0 ? k / n : null, k, n, reports, absent };
}
