/**
 * The one chart component: a titled figure (title with unit), a source line, the chart, a toggle
 * to a plain table of exactly what is plotted, and PNG / SVG / CSV downloads.
 */
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { MARKS, markOnce } from '../perf';
import { type CsvColumn, toCsv } from './csv';
import { safeFilename, saveText, saveUrl } from './download';
import { TableRegion } from './TableRegion';

export interface DataColumn<Row> extends CsvColumn<Row> {
  /** Text shown in the data table; defaults to the value, with a blank cell left blank. */
  format?: (row: Row) => string;
  /** Numbers right-aligned. */
  numeric?: boolean;
}

export interface ChartSource {
  /** How many reports and agencies the chart draws on; left out where unknown (ad-hoc SQL results). */
  reports?: number;
  agencies?: number;
  /** Rows or cells left out because the source left them blank (said in the source line). */
  blanks?: number;
  /** Anything else the reader must know (which years, what a rate means). */
  note?: string;
}

export interface ChartPanelProps<Row> {
  title: string;
  /** Unit of the plotted values (件, 万元, %), shown in the title. */
  unit: string;
  source: ChartSource;
  data: readonly Row[];
  columns: readonly DataColumn<Row>[];
  option: EChartsOption;
  /** Base name of the downloaded files (without extension). */
  filename: string;
  height?: number;
}

type EChartsModule = typeof import('./echarts');
let echartsModule: EChartsModule | null = null;

/**
 * ECharts, loaded on first use: it is a chunk of its own (preloaded by index.html), so the page,
 * its text and DuckDB's start do not wait for it.
 */
function useECharts(): EChartsModule | null {
  const [lib, setLib] = useState(echartsModule);
  useEffect(() => {
    if (!lib) void import('./echarts').then((m) => setLib((echartsModule = m)));
  }, [lib]);
  return lib;
}

/**
 * Charts are created one per animation frame, in the order they ask: the first one paints
 * without waiting for the work of all the others (an Overview has five).
 */
let lastCreation: Promise<void> = Promise.resolve();
function inTurn(create: () => void): void {
  lastCreation = lastCreation.then(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          try {
            create();
          } finally {
            resolve();
          }
        }),
      ),
  );
}

export function ChartPanel<Row>({
  title,
  unit,
  source,
  data,
  columns,
  option,
  filename,
  height = 320,
}: ChartPanelProps<Row>) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  const lib = useECharts();
  const headingId = useId();
  const fullTitle = t('chart.titleWithUnit', { title, unit });

  // ECharts never measures the page here: measuring forces a layout, which costs seconds beside
  // a table of thousands of rows. The chart starts at the size the ResizeObserver reports.
  const [instance, setInstance] = useState<EChartsType | null>(null);
  useEffect(() => {
    const el = holder.current;
    if (!el || !lib) return;
    let created: EChartsType | null = null;
    let size: { width: number; height: number } | null = null;
    let gone = false;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height: h } = entry.contentRect;
      if (width === 0 || h === 0) return; // hidden while the data table shows
      if (created) return created.resize({ width, height: h });
      if (!size) {
        inTurn(() => {
          if (!gone) setInstance((created = lib.echarts.init(el, null, { renderer: 'canvas', ...size! })));
        });
      }
      size = { width, height: h };
    });
    observer.observe(el);
    return () => {
      gone = true;
      observer.disconnect();
      created?.dispose();
      setInstance(null);
    };
  }, [lib]);

  useEffect(() => {
    if (!instance) return;
    const painted = () => {
      instance.off('rendered', painted);
      holder.current?.setAttribute('data-painted-at', String(performance.now()));
      markOnce(MARKS.firstChart);
    };
    instance.on('rendered', painted);
    // A hidden ECharts title only feeds the chart's generated aria-label (the visible title is the <h3>).
    instance.setOption({ ...option, title: { text: fullTitle, show: false } }, true);
    return () => {
      if (!instance.isDisposed()) instance.off('rendered', painted);
    };
  }, [instance, option, fullTitle]);

  const base = safeFilename(filename);
  const downloadPng = () => {
    const url = instance?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) saveUrl(`${base}.png`, url);
  };
  const downloadSvg = () => {
    const el = holder.current;
    if (!lib) return;
    const svg = lib.renderSvg(option, el?.clientWidth || 800, el?.clientHeight || height);
    saveText(`${base}.svg`, svg, 'image/svg+xml');
  };
  const downloadCsv = () => saveText(`${base}.csv`, toCsv(columns, data), 'text/csv;charset=utf-8');

  const sourceText = [
    source.reports === undefined ? '' : t('chart.source', { reports: source.reports, agencies: source.agencies ?? 0 }),
    source.blanks ? t('chart.blanksExcluded', { count: source.blanks }) : '',
    source.note ?? '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="chart-panel" aria-labelledby={headingId}>
      <div className="chart-head">
        <h3 id={headingId} className="chart-title">
          {fullTitle}
        </h3>
        {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons; a fieldset would need a visible legend */}
        <div className="chart-actions" role="group" aria-label={t('chart.actions', { title })}>
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {showTable ? t('chart.showChart') : t('chart.showTable')}
          </button>
          <button type="button" onClick={downloadPng}>
            PNG
          </button>
          <button type="button" onClick={downloadSvg}>
            SVG
          </button>
          <button type="button" onClick={downloadCsv}>
            CSV
          </button>
        </div>
      </div>
      {/* The chart stays mounted while the table shows, so PNG export always has a canvas. */}
      <div ref={holder} className="chart-canvas" style={{ height }} hidden={showTable} data-testid="chart-canvas" />
      {showTable && <DataTable caption={fullTitle} columns={columns} data={data} />}
      <figcaption className="chart-source">{sourceText}</figcaption>
    </figure>
  );
}

function DataTable<Row>({
  caption,
  columns,
  data,
}: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  data: readonly Row[];
}) {
  const { t } = useI18n();
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.length === 0 && (
          <tr>
            <td colSpan={columns.length}>{t('chart.noData')}</td>
          </tr>
        )}
        {data.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a plotted result have no id and are replaced whole
          <tr key={i}>
            {columns.map((c) => (
              <td key={c.label} className={c.numeric ? 'num' : undefined}>
                {c.format ? c.format(row) : String(c.value(row) ?? '')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
