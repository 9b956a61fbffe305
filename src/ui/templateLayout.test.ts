import { describe, expect, it } from 'vitest';
import { cellsOf, type Layout, table3Rows } from '../report/template';
import { numbering, table2Blocks, table3Lines } from './templateLayout';

describe('table2Blocks', () => {
  it('draws layout 2021 as the four article blocks of the template', () => {
    const blocks = table2Blocks('2021');
    expect(blocks.map((b) => b.article)).toEqual(['（一）', '（五）', '（六）', '（八）']);
    expect(blocks[0].columns.map((c) => c.id)).toEqual(['issued', 'repealed', 'in_force']);
    expect(blocks[0].rows.map((r) => r.row.id)).toEqual(['regulations', 'normative_docs']);
    expect(blocks[2].rows.map((r) => r.cells)).toEqual([['penalty.decisions'], ['enforcement.decisions']]);
    expect(blocks[3].rows[0].cells).toEqual(['fees.amount_wan_yuan']);
  });

  it('draws layout 2019 with its own columns and the procurement block', () => {
    const blocks = table2Blocks('2019');
    expect(blocks.map((b) => b.article)).toEqual(['（一）', '（五）', '（六）', '（八）', '（九）']);
    expect(blocks[1].rows.map((r) => r.row.id)).toEqual(['licensing', 'other_services']);
    expect(blocks[1].columns.map((c) => c.id)).toEqual(['items_prev_2019', 'items_change_2019', 'decisions']);
    expect(blocks[3].rows[0].cells).toEqual(['fees.items_prev_2019', 'fees.items_change_2019']);
  });

  it.each(['2021', '2019'] as Layout[])('places every table-2 cell of layout %s exactly once', (layout) => {
    const placed = table2Blocks(layout).flatMap((b) => b.rows.flatMap((r) => r.cells.filter((c) => c !== null)));
    const expected = cellsOf(layout)
      .filter((c) => c.table === 2)
      .map((c) => c.id.slice(3));
    expect([...placed].sort()).toEqual([...expected].sort());
  });
});

describe('table3Lines', () => {
  it.each(['2021', '2019'] as Layout[])(
    'layout %s: one line per row, label area always three columns wide',
    (layout) => {
      const lines = table3Lines(layout);
      expect(lines.map((l) => l.row.id)).toEqual(table3Rows(layout).map((r) => r.id));
      // Columns still covered by a rowSpan from a line above.
      let carried: number[] = [];
      for (const line of lines) {
        const width = carried.length + line.labels.reduce((w, l) => w + l.colSpan, 0);
        expect(width, line.row.id).toBe(3);
        carried = [
          ...carried.map((n) => n - 1),
          ...line.labels.filter((l) => l.rowSpan > 1).map((l) => l.rowSpan - 1),
        ].filter((n) => n > 0);
      }
      expect(carried).toEqual([]);
    },
  );

  it('numbers like the template: 一 二 三 … 四, (一) … (七), 1. … 8.', () => {
    const lines = table3Lines('2021');
    const at = (id: string) => lines.find((l) => l.row.id === id)!.labels;
    expect(numbering('top', at('new_received')[0].number, 'zh')).toBe('一、');
    expect(at('granted')[0]).toMatchObject({ text: null, rowSpan: 22 });
    expect(numbering('group', at('granted')[1].number, 'zh')).toBe('（一）');
    expect(at('denied.state_secret')[0]).toMatchObject({ rowSpan: 8 });
    expect(numbering('item', at('denied.admin_query')[0].number, 'zh')).toBe('8.');
    expect(numbering('group', at('total_handled')[0].number, 'zh')).toBe('（七）');
    expect(numbering('top', at('carried_forward')[0].number, 'zh')).toBe('四、');
    expect(numbering('top', 3, 'en')).toBe('IV. ');
  });

  it('gives the single 其他处理 row of layout 2019 the group label alone', () => {
    const other = table3Lines('2019').find((l) => l.row.id === 'other.other')!;
    expect(other.labels).toHaveLength(1);
    expect(other.labels[0]).toMatchObject({ colSpan: 2, text: { zh: '其他处理' } });
  });
});
