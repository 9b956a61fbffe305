/**
 * Reader for plain text copied from web pages and for Markdown converted from PDFs.
 *
 * Handles four table shapes: ` | `-separated rows, Markdown pipe tables (separator lines
 * dropped), tab-separated rows, and one cell per line ending in ` |` with `|||` padding lines (text copied out of
 * an HTML table), which it regroups into rows: a label cell after value cells starts a row.
 */
import { type Block } from './blocks';
import { isValueLike } from './normalize';

const MD_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const PIPES_ONLY = /^\|+$/;
const SINGLE_CELL = /^[^|]+\|$/;
// Page footers left by PDF converters: `— 3 —`, `- 12 -`.
const PAGE_FOOTER = /^[—–-]+\s*\d+\s*[—–-]+$/;

function splitRow(line: string): string[] {
  const parts = line.split('|').map((c) => c.trim());
  if (line.startsWith('|')) parts.shift();
  if (line.endsWith('|') && parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Regroups a run of one-cell lines into rows (labels, then the values that follow them). */
function groupCells(cells: string[], out: Block[]): void {
  let row: string[] = [];
  let sawValue = false;
  for (const cell of cells) {
    const value = isValueLike(cell);
    if (!value && sawValue) {
      out.push({ kind: 'row', cells: row });
      row = [];
      sawValue = false;
    }
    row.push(cell);
    sawValue ||= value;
  }
  if (row.length > 0) out.push({ kind: 'row', cells: row });
}

export function readText(text: string): Block[] {
  const out: Block[] = [];
  let cellRun: string[] = [];
  const flush = () => {
    if (cellRun.length > 0) groupCells(cellRun, out);
    cellRun = [];
  };
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (line === '' || MD_SEPARATOR.test(line) || PIPES_ONLY.test(line) || PAGE_FOOTER.test(line)) continue;
    if (SINGLE_CELL.test(line) && !line.startsWith('|')) {
      cellRun.push(line.slice(0, -1).trim());
      continue;
    }
    flush();
    if (line.includes('|')) out.push({ kind: 'row', cells: splitRow(line) });
    // Tables copied out of Word or a spreadsheet: one row per line, cells separated by tabs.
    else if (line.includes('\t')) out.push({ kind: 'row', cells: line.split('\t').map((c) => c.trim()) });
    else out.push({ kind: 'text', text: line.replace(/^#+\s*/, '') });
  }
  flush();
  return out;
}
