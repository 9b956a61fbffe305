/**
 * The readers' common output: the document in reading order as text lines and table rows.
 * A table row lists its cells left to right; for HTML, a cell that spans rows from above
 * (rowspan) is repeated in the rows it covers, so every row carries its own labels.
 */
import { isValueLike, normalizeText } from './normalize';

export type Block =
  | { kind: 'text'; text: string }
  /** `byPosition`: the row's own label shares no line with its values and was matched to them by position (PDF). */
  | { kind: 'row'; cells: string[]; byPosition?: true };

/** A table row split into its label cells and the trailing run of value cells. */
export interface Segment {
  labels: string[];
  values: string[];
  /** Index of the block the segment comes from (reading order). */
  at: number;
}

export function segmentRow(cells: readonly string[], at: number): Segment {
  let split = cells.length;
  while (split > 0 && isValueLike(cells[split - 1])) split--;
  const labels = cells
    .slice(0, split)
    .map(normalizeText)
    .filter((c) => c !== '');
  return { labels, values: cells.slice(split), at };
}
