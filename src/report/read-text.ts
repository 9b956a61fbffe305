/**
 * Reader for plain text copied from web pages and for Markdown converted from PDFs.
 *
 * Handles four table shapes: ` | `-separated rows (also ｜ │ ┃ ¦), Markdown pipe tables (separator lines
 * dropped), tab-separated rows, and one cell per line ending in ` |` with `|||` padding lines (text copied out of
 * an HTML table), which it regroups into rows: a label cell after value cells starts a row.
 * Cells copied one per line without ` |` stay text lines (segments.ts reads them); an empty line
 * among them is a blank cell, kept as an empty text line.
 */
import type { Block } from './blocks';
import { isValueLike } from './normalize';
import { MAX_CELL_LINE } from './segments';

const MD_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const PIPES_ONLY = /^\|+$/;
const SINGLE_CELL = /^[^|]+\|$/;
// Cell separators other than `|` that text copied from Word or a CMS uses: full-width ｜, box
// drawing │ ┃, broken bar ¦. They are read as `|`.
const OTHER_SEPARATORS = /[｜│┃¦]/g;
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

const isBlankLine = (line: string) => line === '' || line === '&nbsp;';

/**
 * Which blank lines are blank cells of a table copied one cell per line: those after a short
 * line and before a value. Not where blank lines separate every line (double-spaced text).
 */
function blankCellLines(lines: readonly string[]): Set<number> {
  const cells = new Set<number>();
  let separators = 0;
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isBlankLine(lines[i])) continue;
    nonBlank++;
    if (i + 1 < lines.length && isBlankLine(lines[i + 1])) separators++;
  }
  if (separators > nonBlank * 0.6) return cells;
  let prev = '';
  for (let i = 0; i < lines.length; i++) {
    if (!isBlankLine(lines[i])) {
      prev = lines[i];
      continue;
    }
    if (prev === '' || prev.length > MAX_CELL_LINE || prev.includes('|')) continue;
    let next = i + 1;
    while (next < lines.length && isBlankLine(lines[next])) next++;
    if (next < lines.length && isValueLike(lines[next]) && !lines[next].includes('|')) cells.add(i);
  }
  return cells;
}

export function readText(text: string): Block[] {
  const out: Block[] = [];
  let cellRun: string[] = [];
  const flush = () => {
    if (cellRun.length > 0) groupCells(cellRun, out);
    cellRun = [];
  };
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.replace(OTHER_SEPARATORS, '|').trim());
  const blankCells = blankCellLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (blankCells.has(i)) {
      flush();
      out.push({ kind: 'text', text: '' });
      continue;
    }
    if (isBlankLine(line) || MD_SEPARATOR.test(line) || PIPES_ONLY.test(line) || PAGE_FOOTER.test(line)) continue;
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
