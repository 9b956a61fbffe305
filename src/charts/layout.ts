/**
 * Layout an ECharts option cannot do by itself: a legend that wraps onto as many rows as it needs
 * (a paging legend hides series on a phone) with the plot moved down to make room, and the title,
 * filters, source, licence and date drawn into an exported image so the file carries them.
 * Text widths are estimated (CJK characters are square, Latin about half as wide): ECharts does
 * not measure before it lays out, and an estimate that errs wide only costs a little space.
 */
import type { EChartsOption } from 'echarts';

const LEGEND_FONT = 12;
const LEGEND_ROW = 22;
/** Icon (25) + gap (5) + item gap (10), ECharts' defaults. */
const LEGEND_ITEM_EXTRA = 40;

/** Approximate width of a text in px at a font size: wide for CJK and full-width forms. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

/** How many rows a plain legend with these names takes in `width` px. */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const item = textWidth(name, LEGEND_FONT) + LEGEND_ITEM_EXTRA;
    if (x > 0 && x + item > width) {
      rows += 1;
      x = 0;
    }
    x += item;
  }
  return rows;
}

/** Lines a text wraps into at `width` px (breaking anywhere, as ECharts' overflow: 'break' does). */
export function wrappedLines(text: string, fontSize: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, fontSize) / width));
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);

function seriesNames(option: EChartsOption): string[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.map((s) => String((s as Obj).name ?? ''));
}

/**
 * A legend that wraps instead of paging, the plot below it: `grid.top` grows by a row for every
 * extra legend row at this width; `offset` moves legend and plot down (room for an export's title).
 */
export function fitLegend(option: EChartsOption, width: number, offset = 0): EChartsOption {
  const legend = asObj(option.legend);
  const grid = asObj(option.grid);
  if (!legend || legend.show === false) {
    return offset && grid ? { ...option, grid: { ...grid, top: Number(grid.top ?? 0) + offset } } : option;
  }
  const extraRows = legendRows(seriesNames(option), width - 16) - 1;
  return {
    ...option,
    legend: { ...legend, type: 'plain', top: Number(legend.top ?? 0) + offset, left: 8, right: 8 },
    grid: grid ? { ...grid, top: Number(grid.top ?? 0) + offset + extraRows * LEGEND_ROW } : grid,
  } as EChartsOption;
}

/** The on-screen height a chart needs at this width: its plot height plus the legend's extra rows. */
export function fittedHeight(option: EChartsOption, width: number, height: number): number {
  const legend = asObj(option.legend);
  if (!legend || legend.show === false) return height;
  return height + (legendRows(seriesNames(option), width - 16) - 1) * LEGEND_ROW;
}

export interface ExportText {
  title: string;
  /** Filters, source, licence, date: one line each (wrapped when long). */
  footer: string[];
}

const TITLE_FONT = 16;
const FOOTER_FONT = 11;
const FOOTER_LINE = 16;
const PAD = 12;

/**
 * The option of an exported chart (PNG, SVG): the plot as on screen, with its title above and the
 * filters, source line, licence and date below, and the total height that needs.
 */
export function exportOption(
  option: EChartsOption,
  text: ExportText,
  width: number,
  plotHeight: number,
): { option: EChartsOption; height: number } {
  const inner = width - 2 * PAD;
  const titleLines = wrappedLines(text.title, TITLE_FONT, inner);
  const top = PAD + titleLines * (TITLE_FONT + 6) + 6;
  const footer = text.footer.filter(Boolean).join('\n');
  const footerLines = text.footer.filter(Boolean).reduce((n, line) => n + wrappedLines(line, FOOTER_FONT, inner), 0);
  const bottom = footerLines * FOOTER_LINE + 2 * PAD;
  const fitted = fitLegend(option, width, top);
  const grid = asObj(fitted.grid);
  const plot = fittedHeight(option, width, plotHeight);
  return {
    height: top + plot + bottom,
    option: {
      ...fitted,
      grid: grid ? { ...grid, bottom: Number(grid.bottom ?? 0) + bottom } : grid,
      title: [
        {
          text: text.title,
          left: PAD,
          top: PAD,
          textStyle: { fontSize: TITLE_FONT, fontWeight: 'bold', width: inner, overflow: 'break' },
        },
        {
          text: footer,
          left: PAD,
          bottom: PAD,
          textStyle: {
            fontSize: FOOTER_FONT,
            fontWeight: 'normal',
            color: '#4f5965',
            lineHeight: FOOTER_LINE,
            width: inner,
            overflow: 'break',
          },
        },
      ],
    } as EChartsOption,
  };
}
