/**
 * The segments (labels + values) of one table's region, including text lines that read like
 * rows (`行政许可 97`, or values separated by spaces), and the lone numbers that PDF converters
 * leave floating outside their row.
 */
import { type Block, type Segment, segmentRow } from './blocks';
import { parseCellValue } from './normalize';

export interface RegionContent {
  segments: Segment[];
  /** Text lines without values (headings, notes), in reading order. */
  notes: { text: string; at: number }[];
  /** Text lines that are one number alone, in reading order. */
  strays: { raw: string; at: number }[];
}

export function readRegion(blocks: readonly Block[], [start, end]: [number, number]): RegionContent {
  const segments: Segment[] = [];
  const strays: RegionContent['strays'] = [];
  const notes: RegionContent['notes'] = [];
  for (let i = start; i < end; i++) {
    const b = blocks[i];
    if (b.kind === 'row') {
      segments.push(segmentRow(b.cells, i));
      continue;
    }
    const seg = segmentRow(b.text.split(/\s+/), i);
    if (seg.values.length === 0) {
      notes.push({ text: b.text, at: i });
      continue;
    }
    if (seg.labels.length === 0 && seg.values.length === 1) {
      if (parseCellValue(seg.values[0]).kind === 'number') strays.push({ raw: seg.values[0], at: i });
      continue;
    }
    // A text line's label is one phrase broken by spaces, not several cells.
    segments.push({ labels: seg.labels.length > 0 ? [seg.labels.join('')] : [], values: seg.values, at: i });
  }
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
