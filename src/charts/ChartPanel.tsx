/**
 * The one chart component: a titled figure (title with unit), a source line, the chart, a toggle
 * to a plain table of exactly what is plotted, PNG / SVG / CSV downloads that say what they hold
 * (title, filters, source, licence, date; the CSV's name and columns carry the filters) and a
 * share button (a link that reopens this chart, and iframe code for `embed=1`).
 */
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { DefinedId } from '../measures/glossary';
import { MARKS, markOnce } from '../perf';
import { filterSlug, filterSummary, yearsText } from '../url/filterSummary';
import { useUrlState } from '../url/useUrlState';
import { type CsvColumn, toCsv } from './csv';
import { Definition } from './Definition';
import { safeFilename, saveText, saveUrl } from './download';
import { exportOption, fitLegend, fittedHeight } from './layout';
import { Share } from './Share';
import { LiveChartsContext, StaticChartContext, staticChartHtml } from './staticChart';
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
  /** Base name of the downloaded files (without extension); also names the chart in a shared link (`chart=`). */
  filename: string;
  height?: number;
  /** The measure (or term) whose short definition is one tap away from the title. */
  definition?: DefinedId;
  /**
   * Whether the view's shared filters (years, region, agencies) decide what is plotted: then the
   * downloads say which, and the CSV gets year and region columns. False for ad-hoc SQL results.
   */
  filtered?: boolean;
}

/** A chart's id in the URL (`chart=`): its file name in the characters a URL id allows. */
export function chartId(filename: string): string {
  return filename.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80) || 'chart';
}

type EChartsModule = typeof import('./echarts');
let echartsModule: EChartsModule | null = null;

/**
 * ECharts, loaded on first use: it is a chunk of its own (preloaded by index.html), so the page,
 * its text and DuckDB's start do not wait for it.
 */
function useECharts(wanted: boolean): EChartsModule | null {
  const [lib, setLib] = useState(echartsModule);
  useEffect(() => {
    if (!lib && wanted) void import('./echarts').then((m) => setLib((echartsModule = m)));
  }, [lib, wanted]);
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

/** Removes the chart drawn at build time from its holder (see staticChart.ts). */
function removeStaticChart(holder: HTMLElement | null): void {
  for (const svg of holder?.querySelectorAll(':scope > svg') ?? []) svg.remove();
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
  definition,
  filtered = true,
}: ChartPanelProps<Row>) {
  const { t } = useI18n();
  const { state } = useUrlState();
  const id = chartId(filename);
  const [width, setWidth] = useState(0);
  const [showTable, setShowTable] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  // A static drawing from the build stands until live charts are allowed (LiveChartsContext).
  const [staticStands, setStaticStands] = useState(true);
  useEffect(() => {
    if (!holder.current?.querySelector(':scope > svg')) setStaticStands(false);
  }, []);
  const lib = useECharts(useContext(LiveChartsContext) || !staticStands);
  const headingId = useId();
  const fullTitle = t('chart.titleWithUnit', { title, unit });
  const renderStatic = useContext(StaticChartContext);
  // A hidden ECharts title only feeds the chart's generated aria-label (the visible title is the <h3>).
  const titled = useMemo(() => ({ ...option, title: { text: fullTitle, show: false } }), [option, fullTitle]);

  // A shared link names this chart: it is scrolled into view once painted (the charts above it,
  // created first, have their heights by then).
  const shared = state.chart === id;
  const scrolled = useRef(false);

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
      setWidth(width);
      // Unless the chart was already given this size with its option (below).
      if (created) {
        if (created.getWidth() !== width || created.getHeight() !== h) created.resize({ width, height: h });
        return;
      }
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

  // The chart drawn into the page at build time (see staticChart.ts) stands until the live chart
  // has drawn over it, or goes at once when the data changes first: it would be out of date.
  const staticOption = useRef(option);
  useEffect(() => {
    if (option === staticOption.current) return;
    removeStaticChart(holder.current);
    setStaticStands(false);
  }, [option]);

  useEffect(() => {
    if (!instance) return;
    const painted = () => {
      instance.off('rendered', painted);
      removeStaticChart(holder.current);
      const el = holder.current;
      el?.setAttribute('data-painted-at', String(performance.now()));
      // How often the chart was drawn with new data: e2e/first-paint.spec.ts checks none is drawn twice.
      el?.setAttribute('data-paints', String(Number(el.getAttribute('data-paints') ?? 0) + 1));
      if (shared && !state.embed && !scrolled.current) {
        scrolled.current = true;
        holder.current?.closest('figure')?.scrollIntoView({ block: 'start' });
      }
      markOnce(MARKS.firstChart);
    };
    instance.on('rendered', painted);
    // When the new data changes the chart's height (an agency or a year more or less), the option is
    // drawn once at the new size (resize takes the pending option), not at the old size and again
    // when the ResizeObserver reports the new one; and at once, as setOption draws, so that every
    // chart of a change is painted in the same frame.
    const fitted = width ? fittedHeight(option, width, height) : instance.getHeight();
    const resized = instance.getHeight() !== fitted;
    instance.setOption({ ...fitLegend(titled, width) }, { notMerge: true, lazyUpdate: resized });
    if (resized) {
      instance.resize({ width: instance.getWidth(), height: fitted });
      instance.getZr().flush();
    }
    return () => {
      if (!instance.isDisposed()) instance.off('rendered', painted);
    };
  }, [instance, titled, option, width, height, shared, state.embed]);

  const filters = filtered ? filterSummary(state, t) : '';
  const csvColumns = useMemo((): readonly CsvColumn<Row>[] => {
    if (!filtered) return columns;
    // Every CSV says which years and region it holds, as columns, unless it has them already.
    const yearLabel = t('overview.col.year');
    const extra: CsvColumn<Row>[] = [];
    if (!columns.some((c) => c.label === yearLabel)) {
      const years = state.years.length ? yearsText(state.years) : t('filter.allYears');
      extra.push({ label: yearLabel, value: () => years });
    }
    const region = state.region ?? t('filter.allRegions');
    extra.push({ label: t('csv.region'), value: () => region });
    return [...extra, ...columns];
  }, [filtered, columns, state.years, state.region, t]);

  const slug = filtered ? filterSlug(state) : '';
  const base = safeFilename(slug ? `${filename}_${slug}` : filename);
  const exported = (): { option: EChartsOption; width: number; height: number } => {
    const w = holder.current?.clientWidth || 800;
    const date = new Date().toISOString().slice(0, 10);
    const text = {
      title: fullTitle,
      footer: [
        filters ? t('export.filters', { filters }) : '',
        sourceText,
        t('export.licence'),
        t('export.date', { site: t('app.title'), date }),
      ],
    };
    const out = exportOption(option, text, w, height);
    return { option: out.option, width: w, height: out.height };
  };
  const downloadPng = () => {
    if (!lib) return;
    const { option: o, width: w, height: h } = exported();
    saveUrl(`${base}.png`, lib.renderPng(o, w, h));
  };
  const downloadSvg = () => {
    if (!lib) return;
    const { option: o, width: w, height: h } = exported();
    saveText(`${base}.svg`, lib.renderSvg(o, w, h), 'image/svg+xml');
  };
  const downloadCsv = () => saveText(`${base}.csv`, toCsv(csvColumns, data), 'text/csv;charset=utf-8');

  const sourceText = [
    source.reports === undefined ? '' : t('chart.source', { reports: source.reports, agencies: source.agencies ?? 0 }),
    source.blanks ? t('chart.blanksExcluded', { count: source.blanks }) : '',
    source.note ?? '',
  ]
    .filter(Boolean)
    .join(' ');

  // Embedded (`embed=1&chart=…`): only the chart the link names.
  if (state.embed && state.chart && !shared) return null;
  return (
    <figure
      className={shared ? 'chart-panel chart-shared' : 'chart-panel'}
      id={`chart-${id}`}
      aria-labelledby={headingId}
      data-chart={id}
    >
      <div className="chart-head">
        <div className="chart-title-block">
          <h3 id={headingId} className="chart-title">
            {fullTitle}
          </h3>
          {definition && <Definition measure={definition} term={title} />}
        </div>
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
          <Share
            label={t('share.chart', { title })}
            state={{ ...state, chart: id, embed: false }}
            embedTitle={fullTitle}
          />
        </div>
      </div>
      {/* The chart stays mounted while the table shows, so its size and state are kept. */}
      {/* In the browser __html is empty and never changes: React leaves the build's SVG in place. */}
      <div
        ref={holder}
        className="chart-canvas"
        style={{ height: width ? fittedHeight(option, width, height) : height }}
        hidden={showTable}
        data-testid="chart-canvas"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' own SVG of our option, drawn at build time
        dangerouslySetInnerHTML={{ __html: renderStatic ? staticChartHtml(renderStatic, titled, height) : '' }}
      />
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
