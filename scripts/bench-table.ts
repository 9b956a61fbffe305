/**
 * The benchmark's summary as a table: printed by npm run bench and written into README.md by
 * npm run bench:readme, both from the same rows (.bench/results.json), so no number is copied by hand.
 */

export interface Stat {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export interface SummaryRow {
  /** Indented with two spaces when it details the row above. */
  measure: string;
  value: Stat | number | null;
  unit: string;
  /** The floor page this measure is compared with, its median in the same run, and median ÷ floor. */
  floor?: string;
  floorMedian?: number;
  ratio?: number;
  target: string;
  met: boolean | null;
}

const fmt = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));

function cell(v: Stat | number | null): string {
  if (v === null) return '—';
  if (typeof v === 'number') return fmt(v);
  return v.n === 1 ? fmt(v.median) : `${fmt(v.median)} (p95 ${fmt(v.p95)}, ${fmt(v.min)}–${fmt(v.max)}, n=${v.n})`;
}

/** Header and rows, as text cells. */
export function summaryTable(rows: readonly SummaryRow[]): string[][] {
  return [
    ['measure', 'median (p95, range, n)', 'unit', 'vs floor (same run)', 'target', ''],
    ...rows.map((r) => [
      r.measure,
      cell(r.value),
      r.unit,
      r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× ${r.floor} (${fmt(r.floorMedian!)})`,
      r.target,
      r.met === null ? '' : r.met ? 'met' : 'NOT MET',
    ]),
  ];
}

/** The same table in Markdown (detail rows indented with non-breaking spaces so Markdown keeps them). */
export function markdownTable(rows: readonly SummaryRow[]): string {
  const [head, ...body] = summaryTable(rows);
  const line = (cells: string[]) =>
    `| ${cells.map((c) => c.replace(/^ {2}/, '\u00a0\u00a0… ').replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}
