/**
 * The segments (labels + values) of one table's region, including text lines that read like
 * rows (`行政许可 97`, or values separated by spaces), cells copied one per line (short label
 * lines, then value lines), and the lone numbers that PDF converters leave floating outside
 * their row.
 */
import { type Block, type Segment, segmentRow } from './blocks';
import { parseCellValue } from './normalize';

export interface RegionContent {
  segments: Segment[];
  /** Text lines without values (headings, notes), in reading order. */
  notes: { text: string; at: number }[];
  /** Numbers alone on their line with no other value next to them, in reading order. */
  strays: { raw: string; at: number }[];
}

/** Longer text lines are prose, not a table cell on a line of its own. */
export const MAX_CELL_LINE = 40;

export function readRegion(blocks: readonly Block[], [start, end]: [number, number]): RegionContent {
  const segments: Segment[] = [];
  const strays: RegionContent['strays'] = [];
  const notes: RegionContent['notes'] = [];
  // Cells one per line: label lines, then the value lines that follow them.
  let loose: Segment | null = null;
  const flushLoose = () => {
    if (loose && loose.values.length > 0) {
      segments.push(loose);
      // One value alone may be a cell pulled out of its row: the table mappers decide.
      if (loose.values.length === 1 && parseCellValue(loose.values[0]).kind === 'number')
        strays.push({ raw: loose.values[0], at: loose.at });
    }
    loose = null;
  };
  for (let i = start; i < end; i++) {
    const b = blocks[i];
    if (b.kind === 'row') {
      flushLoose();
      segments.push(segmentRow(b.cells, i));
      continue;
    }
    const seg = segmentRow(b.text.split(/\s+/), i);
    if (seg.values.length === 0) {
      notes.push({ text: b.text, at: i });
      if (b.text.length > MAX_CELL_LINE || (loose && loose.values.length > 0)) flushLoose();
      if (b.text.length <= MAX_CELL_LINE) (loose ??= { labels: [], values: [], at: i }).labels.push(b.text);
      continue;
    }
    if (seg.labels.length === 0 && seg.values.length === 1) {
      loose ??= { labels: [], values: [], at: i };
      if (loose.values.length === 0) loose.at = i;
      loose.values.push(seg.values[0]);
      continue;
    }
    flushLoose();
    // A text line's label is one phrase broken by spaces, not several cells.
    segments.push({ labels: seg.labels.length > 0 ? [seg.labels.join('')] : [], values: seg.values, at: i });
  }
  flushLoose();
  return { segments, notes, strays };
}

/**
 * Drops blank cells beyond `want`: first at the end of the row (trailing empty cells of Markdown
 * tables), then at its start (an empty label cell, which reads like a blank value).
 */
export function trimValues(values: readonly string[], want: number): string[] {
  const out = [...values];
  const blank = (v: string | undefined) => v !== undefined && parseCellValue(v).kind === 'blank';
  while (out.length > want && blank(out[out.length - 1])) out.pop();
  while (out.length > want && blank(out[0])) out.shift();
  return out;
}
