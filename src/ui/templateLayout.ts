/**
 * How the national template draws tables 2, 3 and 4, derived from src/report/template.ts (no
 * label or id is spelled here): which rows and columns, in which blocks, with which numbering.
 * Pure; the components only turn this into <table> markup.
 */
import {
  type Label,
  type Layout,
  OUTCOME_GROUPS,
  TABLE2_CELLS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  type Table2Column,
  type Table2Row,
  type Table3Row,
  table3Rows,
} from '../report/template';

export interface Table2Block {
  /** 第二十条第（N）项 the block reports under. */
  article: string;
  columns: Table2Column[];
  /** Per row, the cell id (without `t2.`) under each column, or null where the layout has none. */
  rows: { row: Table2Row; cells: (string | null)[] }[];
}

/** Table 2 as the template draws it: one block per article, each with its own columns. */
export function table2Blocks(layout: Layout): Table2Block[] {
  const cells = TABLE2_CELLS.filter((c) => c.layouts.includes(layout));
  const blocks: Table2Block[] = [];
  for (const row of TABLE2_ROWS) {
    const rowCells = cells.filter((c) => c.row === row.id);
    if (rowCells.length === 0) continue;
    let block = blocks.at(-1);
    if (!block || block.article !== row.article) {
      block = { article: row.article, columns: [], rows: [] };
      blocks.push(block);
    }
    for (const c of rowCells) {
      if (!block.columns.some((col) => col.id === c.column))
        block.columns.push(TABLE2_COLUMNS.find((col) => col.id === c.column)!);
    }
    block.rows.push({ row, cells: [] });
  }
  // Cells are filled once every block knows all its columns.
  for (const block of blocks) {
    for (const r of block.rows) {
      r.cells = block.columns.map((col) => cells.find((c) => c.row === r.row.id && c.column === col.id)?.id ?? null);
    }
  }
  return blocks;
}

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Numbering of the template: 一、 (top level), （一） (outcome group), 1. (item). */
export function numbering(level: 'top' | 'group' | 'item', index: number, lang: 'zh' | 'en'): string {
  if (level === 'item') return `${index + 1}.`;
  if (lang === 'en') return level === 'top' ? `${EN_NUMERALS[index]}. ` : `(${index + 1}) `;
  return level === 'top' ? `${ZH_NUMERALS[index]}、` : `（${ZH_NUMERALS[index]}）`;
}

/**
 * One line of table 3. The label area has three columns as in the template: the top-level
 * section (一 … 四), the outcome group ((一) … (七)), and the item (1. … 8.). A label cell
 * with `span` > 1 covers that many lines (rowSpan); `cols` is its colSpan.
 */
export interface Table3Line {
  row: Table3Row;
  /** `text` null is the section 三、本年度办理结果, which has no template label (the caller names it). */
  labels: {
    text: Label | null;
    numberLevel: 'top' | 'group' | 'item';
    number: number;
    rowSpan: number;
    colSpan: number;
  }[];
}

export function table3Lines(layout: Layout): Table3Line[] {
  const rows = table3Rows(layout);
  const outcomeRows = rows.filter((r) => r.group !== null || r.id === 'total_handled');
  const lines: Table3Line[] = [];
  let top = 0;
  let groupIndex = -1;
  let lastGroup: string | null = null;
  for (const row of rows) {
    const line: Table3Line = { row, labels: [] };
    const inOutcomes = outcomeRows.includes(row);
    if (!inOutcomes) {
      line.labels.push({ text: row, numberLevel: 'top', number: top++, rowSpan: 1, colSpan: 3 });
      lines.push(line);
      continue;
    }
    if (row === outcomeRows[0]) {
      // The section label 三、本年度办理结果 spans every outcome line and 总计.
      line.labels.push({ text: null, numberLevel: 'top', number: top++, rowSpan: outcomeRows.length, colSpan: 1 });
    }
    if (row.group === null) {
      // (七)总计
      line.labels.push({ text: row, numberLevel: 'group', number: ++groupIndex, rowSpan: 1, colSpan: 2 });
    } else {
      const members = rows.filter((r) => r.group === row.group);
      if (row.group !== lastGroup) {
        groupIndex++;
        lastGroup = row.group;
        const group = OUTCOME_GROUPS.find((g) => g.id === row.group)!;
        // A group with a single row (予以公开, or 其他处理 in layout 2019) is labelled by the group alone.
        if (members.length === 1) {
          line.labels.push({ text: group, numberLevel: 'group', number: groupIndex, rowSpan: 1, colSpan: 2 });
          lines.push(line);
          continue;
        }
        line.labels.push({
          text: group,
          numberLevel: 'group',
          number: groupIndex,
          rowSpan: members.length,
          colSpan: 1,
        });
      }
      line.labels.push({ text: row, numberLevel: 'item', number: members.indexOf(row), rowSpan: 1, colSpan: 1 });
    }
    lines.push(line);
  }
  return lines;
}
