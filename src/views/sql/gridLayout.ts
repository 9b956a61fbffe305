/** Column widths for the result grid, fixed up front so columns do not jump while rows scroll by. */
import { cellText, type QueryResult } from './result';

const CHAR_PX = 8;
const PADDING_PX = 20;
const MIN_PX = 64;
const MAX_PX = 360;
const SAMPLE_ROWS = 500;

/** Display width in "narrow characters": CJK and other wide characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

/** One width in px per column: the widest of the header and the first rows, within bounds. */
export function columnWidths({ columns, rows }: QueryResult): number[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return columns.map((c) => {
    let widest = textWidth(c.name) + 2; // room for the sort arrow
    for (const row of sample) widest = Math.max(widest, textWidth(cellText(row[c.name], c.type) ?? 'NULL'));
    return Math.min(MAX_PX, Math.max(MIN_PX, widest * CHAR_PX + PADDING_PX));
  });
}
