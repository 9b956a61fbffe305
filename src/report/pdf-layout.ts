/**
 * PDF text items (positions in points) → blocks, by geometry alone.
 *
 * Items on one baseline form a line; within a line, items that touch form a chunk (so a number
 * split into two items is joined back) and a gap or a space item separates chunks. A line whose
 * last chunks read as values is a table row (an "anchor"); the label cells around it are
 * rebuilt from fragments: a label wrapped over several lines continues downwards in the same
 * column unless the next fragment starts a new numbered item or both sit on value rows. A label
 * cell belongs to the rows it spans (top- or middle-aligned, like HTML rowspan). Value columns
 * come from the x-ranges of the values of one table, so an empty cell still takes its column.
 * Pages are read in order, so a table that continues on the next page stays one table; page
 * numbers, running headers and footers at the top or bottom of a page are dropped.
 */
import type { Block } from './blocks';
import { isValueLike, parseCellValue } from './normalize';

/** One text item as pdf.js gives it: baseline origin, advance width and font size, in points. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  page: number;
  /** Baseline, PDF coordinates (grows upwards). */
  y: number;
  size: number;
  chunks: Chunk[];
  /** How many trailing chunks are values (0: not a table row). */
  valueCount: number;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
  /** Width of its last line. */
  lastWidth: number;
  page: number;
  top: number;
  bottom: number;
  size: number;
  /** Indices of its first and last lines. */
  first: number;
  last: number;
  /** Index of the anchor line one of its fragments sits on, if any. */
  anchor: number | null;
}

const PAGE_NUMBER =
  /^(?:[—–\-－~]\s*\d{1,4}\s*[—–\-－~]|\d{1,4}|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
// 一、 （一） (1) 1. 1、 ①: the start of a new label, never the continuation of the one above.
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳])/;
// Lines that end a table: the next section's heading or a 第二十条 sub-table title.
const HEADING = /^(?:[一二三四五六七八九十]+、.{8,}|第二十条)/;
// `251000 元`: a unit printed apart from its number still belongs to it.
const UNIT_ONLY = /^(?:万元|元|件|个|项)$/;
const JOIN_GAP = 0.2; // × font size: closer items are one chunk
const TEXT_GAP = 1.0; // × font size: a line of text with gaps no wider than this is one phrase
const WORD_GAP = 0.8; // × font size: label pieces this close on one line are one cell split at a space
const SAME_LINE = 0.35; // × font size: baselines this close are one line
const NEXT_LINE = 1.8; // × font size: the next line of a wrapped cell is no further down
const NARROW = 0.6; // × text width: wider lines are body text, not table cells
const MAX_WORDS = 5; // more space-separated pieces on one line: a header row, not text

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, tol = 0.5) =>
  a.x0 < b.x1 + tol && b.x0 < a.x1 + tol;
const isBlank = (s: string) => s.trim() === '';

/** Joins two pieces of one cell: CJK runs join directly, Latin words and numbers with a space. */
function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function chunksOf(items: TextItem[]): Chunk[] {
  const chunks: Chunk[] = [];
  let spaced = true;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    if (isBlank(it.text)) {
      spaced = true;
      continue;
    }
    const last = chunks[chunks.length - 1];
    const x1 = it.x + it.width;
    const unitAfterNumber =
      last && UNIT_ONLY.test(it.text.trim()) && /\d$/.test(last.text) && it.x - last.x1 < TEXT_GAP * it.size;
    if (last && ((!spaced && it.x - last.x1 < JOIN_GAP * it.size) || unitAfterNumber)) {
      last.text += it.text;
      last.x1 = Math.max(last.x1, x1);
    } else {
      chunks.push({ text: it.text.trim(), x0: it.x, x1 });
    }
    spaced = /\s$/.test(it.text);
  }
  return chunks;
}

function trailingValues(chunks: Chunk[]): number {
  let n = 0;
  while (n < chunks.length && isValueLike(chunks[chunks.length - 1 - n].text)) n++;
  if (n === 1 && chunks.length === 1 && parseCellValue(chunks[0].text).kind !== 'number') return 0;
  return n;
}

/**
 * A line that reads as text: no values, and gaps that are word spaces, not column gaps. Chinese
 * body text has few spaces: a line of many short pieces is a table header row.
 */
function isTextLike(line: Line): boolean {
  const c = line.chunks;
  if (line.valueCount > 0 || c.length > MAX_WORDS) return false;
  for (let i = 1; i < c.length; i++) if (c[i].x0 - c[i - 1].x1 > TEXT_GAP * line.size) return false;
  return true;
}

const lineText = (line: Line) => line.chunks.map((c) => c.text).join(' ');

/** Drops text drawn twice at (almost) the same place: "fake bold" and shadowed text. */
function dropOverprint(items: TextItem[]): TextItem[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const key = `${it.text}@${Math.round(it.x / 2)},${Math.round(it.y / 2)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function linesOfPage(items: TextItem[], page: number): Line[] {
  const sorted = dropOverprint(items.filter((it) => !isBlank(it.text) || it.width > 0)).sort(
    (a, b) => b.y - a.y || a.x - b.x,
  );
  const groups: TextItem[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= SAME_LINE * Math.max(g[0].size, it.size)) g.push(it);
    else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    if (g.every((it) => isBlank(it.text))) continue;
    const size = Math.max(...g.filter((it) => !isBlank(it.text)).map((it) => it.size));
    const chunks = chunksOf(g);
    lines.push({ page, y: g[0].y, size, chunks, valueCount: trailingValues(chunks) });
  }
  // Page numbers and `— 3 —` footers: only as the page's first or last line.
  const furniture = (l: Line | undefined) => l !== undefined && PAGE_NUMBER.test(l.chunks.map((c) => c.text).join(''));
  if (furniture(lines[lines.length - 1])) lines.pop();
  if (furniture(lines[0])) lines.shift();
  return lines;
}

interface Table {
  /** First line of the table's zone: the line after the heading or text above it. */
  start: number;
  /** Its rows (line indices). */
  anchors: number[];
  /** Value columns as x-ranges. */
  columns: Chunk[];
}

/** Anchors split into tables: a heading or a line of body text ends a table, and so does a row whose values are in none of its columns. */
function tablesOf(lines: Line[], textWidth: number): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.valueCount === 0) {
      const wide = line.chunks[line.chunks.length - 1].x1 - line.chunks[0].x0 >= NARROW * textWidth;
      if ((isTextLike(line) && wide) || HEADING.test(lineText(line))) {
        current = null;
        start = i + 1;
      }
      continue;
    }
    const values = line.chunks.slice(line.chunks.length - line.valueCount);
    const prev = current ? lines[current.anchors[current.anchors.length - 1]] : null;
    const adjacent = prev !== null && prev.page === line.page && prev.y - line.y <= NEXT_LINE * line.size;
    if (current && !adjacent && !values.some((v) => current!.columns.some((c) => overlaps(c, v)))) {
      current = null;
      start = i;
    }
    if (!current) tables.push((current = { start: Math.min(start, i), anchors: [], columns: [] }));
    current.anchors.push(i);
    for (const v of values) current.columns.push({ text: '', x0: v.x0, x1: v.x1 });
  }
  for (const t of tables) {
    t.columns = mergeRanges([...t.columns, ...emptyColumns(t, lines)]);
    joinWrappedValues(t, lines);
  }
  return tables;
}

/**
 * Columns no row has a value in (科研机构 in a report with no such applicant) are known only from
 * their header: a header cell right of every label that sits over no value column. Header lines
 * are read upwards from the first row, so a merged cell above (法人或其他组织) adds nothing.
 */
function emptyColumns(table: Table, lines: Line[]): Chunk[] {
  const taken = mergeRanges(table.columns);
  const labelEnd = Math.max(
    ...table.anchors.map((a) => {
      const l = lines[a];
      return l.valueCount < l.chunks.length ? l.chunks[l.chunks.length - l.valueCount - 1].x1 : -Infinity;
    }),
  );
  const added: Chunk[] = [];
  for (let i = table.anchors[0] - 1; i >= table.start; i--) {
    for (const h of lines[i].chunks) {
      if (h.x0 <= labelEnd || taken.some((c) => overlaps(c, h))) continue;
      added.push(h);
      taken.push(h);
    }
  }
  return added;
}

/**
 * A value wrapped onto its own line next to its row (`73802895.90` above `政府集中采购 395`)
 * is a row of values only, in columns the row leaves empty: it joins that row.
 */
function joinWrappedValues(table: Table, lines: Line[]): void {
  const columnsOf = (l: Line) =>
    new Set(l.chunks.slice(l.chunks.length - l.valueCount).map((v) => table.columns.findIndex((c) => overlaps(c, v))));
  for (let k = table.anchors.length - 1; k >= 0; k--) {
    const lone = lines[table.anchors[k]];
    if (lone.valueCount !== lone.chunks.length) continue;
    const near = [table.anchors[k - 1], table.anchors[k + 1]]
      .filter((a) => a !== undefined)
      .map((a) => lines[a])
      .find(
        (l) => l.page === lone.page && Math.abs(l.y - lone.y) <= NEXT_LINE * l.size && l.valueCount < l.chunks.length,
      );
    if (!near) continue;
    const taken = columnsOf(near);
    if ([...columnsOf(lone)].some((c) => taken.has(c))) continue;
    near.chunks = [...near.chunks, ...lone.chunks].sort((a, b) => a.x0 - b.x0);
    near.valueCount += lone.valueCount;
    table.anchors.splice(k, 1);
  }
}

function mergeRanges(ranges: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const r of [...ranges].sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1];
    if (last && overlaps(last, r)) last.x1 = Math.max(last.x1, r.x1);
    else out.push({ ...r });
  }
  return out;
}

/** Label fragments → cells, continuing wrapped labels downwards within tables. */
function cellsOf(lines: Line[], tableAt: (i: number) => Table | undefined, textWidth: number): Cell[] {
  const inTable = (i: number) => tableAt(i) !== undefined;
  const cells: Cell[] = [];
  let open: Cell[] = []; // cells of the previous lines that may still continue
  // The next line of a cell is within a line's reach; a middle-aligned label of an even number
  // of lines has its row's values between its lines, which doubles the reach.
  const reach = (c: Cell, i: number) => {
    const valuesOnly = (l: Line) => l.valueCount > 0 && l.valueCount === l.chunks.length && c.x1 < l.chunks[0].x0;
    const between = c.anchor === null && lines[i].valueCount === 0 && lines.slice(c.last + 1, i).some(valuesOnly);
    return (between ? 2 : 1) * NEXT_LINE * lines[i].size;
  };
  lines.forEach((line, i) => {
    const labels = line.chunks.slice(0, line.chunks.length - line.valueCount);
    const table = tableAt(i);
    if (table) joinWords(labels, valuesStart(table, lines), line.size);
    const anchor = line.valueCount > 0 ? i : null;
    const next: Cell[] = [];
    for (const frag of labels) {
      const narrow = frag.x1 - frag.x0 < NARROW * textWidth;
      const cont =
        narrow && inTable(i) && !NUMBERED.test(frag.text) && !HEADING.test(frag.text)
          ? open.find(
              (c) =>
                c.page === line.page &&
                c.bottom - line.y <= reach(c, i) &&
                overlaps(c, frag) &&
                // Into a row's label, a wrapped line is no wider than the one it continues
                // (`信息内容` above `行政事业性收费` is a header, not the start of the label).
                (anchor === null || frag.x1 - frag.x0 <= c.lastWidth + line.size) &&
                !(c.anchor !== null && anchor !== null),
            )
          : undefined;
      if (cont) {
        cont.text = joinText(cont.text, frag.text);
        cont.x0 = Math.min(cont.x0, frag.x0);
        cont.x1 = Math.max(cont.x1, frag.x1);
        cont.bottom = line.y;
        // Two pieces on one line (split at a space) make one line of the cell.
        cont.lastWidth = cont.last === i ? cont.lastWidth + (frag.x1 - frag.x0) : frag.x1 - frag.x0;
        cont.last = i;
        cont.anchor ??= anchor;
        open = open.filter((c) => c !== cont);
        next.push(cont);
        continue;
      }
      const cell: Cell = {
        text: frag.text,
        x0: frag.x0,
        x1: frag.x1,
        lastWidth: frag.x1 - frag.x0,
        page: line.page,
        top: line.y,
        bottom: line.y,
        size: line.size,
        first: i,
        last: i,
        anchor,
      };
      cells.push(cell);
      if (narrow) next.push(cell);
    }
    // A cell stays open while the lines below are still within reach.
    open = [...next, ...open.filter((c) => c.page === line.page && c.bottom - line.y <= 2 * NEXT_LINE * line.size)];
  });
  return cells;
}

/**
 * Label pieces a word space apart, left of a table's values, are one cell (`5.要求行政机关确认或重
 * 新出具`: WPS breaks a line at a space); a numbered piece starts a cell of its own (`（五）不予处理`
 * beside `1.信访…`), and header cells over the value columns stay apart.
 */
/** Where a table's values begin: the left edge of the leftmost value of its rows. */
function valuesStart(table: Table, lines: Line[]): number {
  return Math.min(...table.anchors.map((a) => lines[a].chunks[lines[a].chunks.length - lines[a].valueCount].x0));
}

function joinWords(labels: Chunk[], valuesStart: number, size: number): void {
  for (let k = labels.length - 1; k > 0; k--) {
    const [a, b] = [labels[k - 1], labels[k]];
    if (b.x0 - a.x1 > WORD_GAP * size || b.x1 > valuesStart || NUMBERED.test(b.text)) continue;
    labels.splice(k - 1, 2, { text: joinText(a.text, b.text), x0: a.x0, x1: b.x1 });
  }
}

function widthOf(lines: Line[]): number {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const l of lines) {
    for (const c of l.chunks) {
      x0 = Math.min(x0, c.x0);
      x1 = Math.max(x1, c.x1);
    }
  }
  return Number.isFinite(x0) ? x1 - x0 : 0;
}

/**
 * Running headers and footers: the top or bottom line of a page whose words (digits aside) recur
 * at the top or bottom of another page (`洪泽区政府信息公开年报  第 3 页`). Not rows, not text.
 */
function dropRunningLines(pages: Line[][]): Line[] {
  const key = (l: Line) => lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '');
  const edges = pages.flatMap((ls) => [...new Set([ls[0], ls[ls.length - 1]].filter((l) => l !== undefined))]);
  const seen = new Map<string, Set<number>>();
  for (const l of edges) seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(l.page));
  const running = new Set(edges.filter((l) => l.valueCount === 0 && seen.get(key(l))!.size > 1));
  return pages.flat().filter((l) => !running.has(l));
}

export function layoutBlocks(pages: TextItem[][]): Block[] {
  const lines = dropRunningLines(pages.map((items, p) => linesOfPage(items, p)));
  const textWidth = widthOf(lines);
  const tables = tablesOf(lines, textWidth);
  const tableOf = new Map<number, Table>();
  for (const t of tables) for (const a of t.anchors) tableOf.set(a, t);
  // Table zones: header lines above the first row, wrapped labels a little below the last.
  const near = new Map<number, Table>();
  for (const t of tables) {
    const last = t.anchors[t.anchors.length - 1];
    for (let i = t.start; i <= Math.min(lines.length - 1, last + 3); i++) near.set(i, t);
  }
  const cells = cellsOf(lines, (i) => near.get(i), textWidth);

  // Each cell joins the rows it spans; the rest are headers, captions and text.
  const rowLabels = new Map<number, Cell[]>();
  const loose: Cell[] = [];
  for (const cell of cells) {
    let rows = cell.anchor !== null ? [cell.anchor] : [];
    if (rows.length === 0) {
      const reach = 0.6 * cell.size;
      rows = [...tableOf.keys()].filter((a) => {
        const l = lines[a];
        return l.page === cell.page && l.y <= cell.top + reach && l.y >= cell.bottom - reach;
      });
    }
    if (rows.length === 0) loose.push(cell);
    for (const r of rows) rowLabels.set(r, [...(rowLabels.get(r) ?? []), cell]);
  }

  const out: { at: number; block: Block }[] = [];
  for (const [a, table] of tableOf) {
    const line = lines[a];
    const labels = (rowLabels.get(a) ?? []).sort((x, y) => x.x0 - y.x0);
    const values = line.chunks.slice(line.chunks.length - line.valueCount);
    const cells = [...labels.map((c) => c.text), ...valueCells(table, labels, values)];
    // The innermost label (the one naming the row) placed by its vertical span, not by its line.
    const own = labels[labels.length - 1];
    out.push({
      at: a,
      block: own && own.anchor !== a ? { kind: 'row', cells, byPosition: true } : { kind: 'row', cells },
    });
  }
  // Loose cells on one line: inside a table, a row whose cells are all empty; else a header row or text.
  const inside = new Map<number, Table>();
  for (const t of tables) for (let i = t.anchors[0] + 1; i < t.anchors[t.anchors.length - 1]; i++) inside.set(i, t);
  const byLine = new Map<number, Cell[]>();
  for (const c of loose) byLine.set(c.first, [...(byLine.get(c.first) ?? []), c]);
  for (const [at, group] of byLine) {
    const cells = group.sort((x, y) => x.x0 - y.x0);
    const table = inside.get(at);
    const texts = cells.map((c) => c.text);
    if (table && cells[cells.length - 1].x1 < table.columns[0].x0) {
      out.push({ at, block: { kind: 'row', cells: [...texts, ...valueCells(table, cells, [])] } });
    } else if (cells.length === lines[at].chunks.length && isTextLike(lines[at])) {
      out.push({ at, block: { kind: 'text', text: texts.join(' ') } });
    } else {
      out.push({ at, block: texts.length > 1 ? { kind: 'row', cells: texts } : { kind: 'text', text: texts[0] } });
    }
  }
  return out.sort((x, y) => x.at - y.at).map((o) => o.block);
}

/** A row's value cells: one per table column right of its labels, empty where it has no value. */
function valueCells(table: Table, labels: Cell[], values: Chunk[]): string[] {
  const labelEnd = Math.max(-Infinity, ...labels.map((c) => c.x1));
  return table.columns
    .filter((c) => c.x0 >= labelEnd - 0.5)
    .map((col) =>
      values
        .filter((v) => overlaps(col, v))
        .map((v) => v.text)
        .join(''),
    );
}
