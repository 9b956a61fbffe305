/**
 * The geometry of PDF text → blocks, on small hand-placed pages (the real files are tested in
 * parse-file.test.ts). Coordinates are PDF points, y upwards; CJK glyphs are one font size wide.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlocks, type TextItem } from './pdf-layout';

const SIZE = 10;
function at(text: string, x: number, y: number): TextItem {
  const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1) * SIZE, 0);
  return { text, x, y, width, size: SIZE };
}
/** A table row: label at x=50, values at the given x positions (null = empty cell). */
function row(y: number, label: string, values: [number, string][]): TextItem[] {
  return [at(label, 50, y), ...values.map(([x, v]) => at(v, x, y))];
}
const rows = (blocks: ReturnType<typeof layoutBlocks>) => blocks.flatMap((b) => (b.kind === 'row' ? [b.cells] : []));

describe('layoutBlocks', () => {
  it('joins a number split into two items and keeps an empty cell in its column', () => {
    const page = [
      ...row(700, '行政处罚', [
        [200, '21'],
        [300, '5'],
        [400, '9'],
      ]),
      at('1', 200, 680),
      at('2', 205.5, 680),
      at('行政强制', 50, 680),
      at('7', 400, 680),
    ];
    expect(rows(layoutBlocks([page]))).toEqual([
      ['行政处罚', '21', '5', '9'],
      ['行政强制', '12', '', '7'],
    ]);
  });

  it('drops page numbers and reads a table that continues on the next page as one table', () => {
    const page1 = [
      at('正文第一行', 50, 760),
      ...row(700, '自然人', [
        [200, '1'],
        [300, '2'],
      ]),
      at('— 1 —', 280, 40),
    ];
    const page2 = [at('2', 300, 800), ...row(760, '其他', [[300, '4']]), at('— 2 —', 280, 40)];
    const blocks = layoutBlocks([page1, page2]);
    expect(blocks).toContainEqual({ kind: 'text', text: '正文第一行' });
    expect(blocks.some((b) => b.kind === 'text' && /—/.test(b.text))).toBe(false);
    expect(rows(blocks)).toEqual([
      ['自然人', '1', '2'],
      ['其他', '', '4'],
    ]);
  });

  it('joins a label wrapped onto the next line, top-aligned or around its values', () => {
    const page = [
      ...row(700, '4.无正当理由大量反', [
        [200, '0'],
        [300, '3'],
      ]),
      at('复申请', 50, 688),
      at('5.要求行政机关确认', 50, 672),
      ...row(660, '或重新出具已获取信', [
        [200, '1'],
        [300, '0'],
      ]),
      at('息', 50, 648),
    ];
    expect(rows(layoutBlocks([page]))).toEqual([
      ['4.无正当理由大量反复申请', '0', '3'],
      ['5.要求行政机关确认或重新出具已获取信息', '1', '0'],
    ]);
  });

  it('knows a column no row fills from its header, and keeps a row of empty cells', () => {
    const page = [
      at('申请人情况', 50, 740),
      at('商业企业', 190, 720),
      at('科研机构', 290, 720),
      at('其他', 390, 720),
      ...row(700, '本年新收', [
        [200, '3'],
        [400, '1'],
      ]),
      at('属于国家秘密', 50, 680),
      ...row(660, '重复申请', [
        [200, '2'],
        [400, '0'],
      ]),
    ];
    expect(rows(layoutBlocks([page])).slice(-3)).toEqual([
      ['本年新收', '3', '', '1'],
      ['属于国家秘密', '', '', ''],
      ['重复申请', '2', '', '0'],
    ]);
  });

  it('keeps a heading out of the label above it', () => {
    const page = [
      ...row(700, '行政规范性文件', [[200, '88']]),
      at('第二十条第（五）项', 48, 684),
      ...row(660, '行政许可', [[120, '10690']]),
    ];
    const blocks = layoutBlocks([page]);
    expect(rows(blocks)).toEqual([
      ['行政规范性文件', '88'],
      ['行政许可', '10690'],
    ]);
    expect(blocks).toContainEqual({ kind: 'text', text: '第二十条第（五）项' });
  });

  it('matches a centred label to its row by position, whatever the order of the text layer (WPS)', () => {
    // The value row comes first in the text layer; the label's two lines sit above and below it,
    // and its first line is split at a word space.
    const page = [
      ...row(700, '4.重复申请', [
        [200, '0'],
        [300, '1'],
      ]),
      at('0', 200, 676),
      at('2', 300, 676),
      at('5.要求行政机关确认或重', 50, 682),
      at('新出具', 50 + 11 * SIZE + 4, 682),
      at('已获取信息', 58, 670),
      ...row(650, '（六）其他处理', [
        [200, '3'],
        [300, '0'],
      ]),
    ];
    const blocks = layoutBlocks([page]);
    expect(rows(blocks)).toEqual([
      ['4.重复申请', '0', '1'],
      ['5.要求行政机关确认或重新出具已获取信息', '0', '2'],
      ['（六）其他处理', '3', '0'],
    ]);
    // Only the centred label was matched by position, and the row says so (a finding names it).
    expect(blocks.flatMap((b) => (b.kind === 'row' ? [b.byPosition ?? false] : []))).toEqual([false, true, false]);
  });

  it('keeps a rowspan group label between rows out of the rows it spans, and apart from them', () => {
    const page = [
      ...row(700, '1.本机关不掌握', [
        [200, '10'],
        [300, '0'],
      ]).map((it) => (it.x === 50 ? { ...it, x: 120 } : it)),
      at('（四）无法提供', 40, 690),
      ...row(680, '2.没有现成信息', [
        [200, '3'],
        [300, '0'],
      ]).map((it) => (it.x === 50 ? { ...it, x: 120 } : it)),
    ];
    const out = rows(layoutBlocks([page]));
    expect(out.filter((r) => r.some((c) => /\d/.test(c)))).toEqual([
      ['1.本机关不掌握', '10', '0'],
      ['2.没有现成信息', '3', '0'],
    ]);
    expect(out.flat().filter((c) => c.includes('无法提供'))).toEqual(['（四）无法提供']);
  });

  it('reads a table over a page break: header repeated, page number and running header dropped', () => {
    const header = (y: number) => [at('自然人', 200, y), at('其他', 300, y)];
    const running = (n: number) => [at('洪泽区政府信息公开工作年度报告', 50, 810), at(`第${n}页`, 400, 810)];
    const page1 = [
      ...running(3),
      ...header(740),
      ...row(700, '1.本机关不掌握相关政府信息', [
        [200, '10'],
        [300, '0'],
      ]),
      at('- 3 -', 280, 40),
    ];
    const page2 = [
      ...running(4),
      ...header(780),
      ...row(740, '2.没有现成信息需要另行制作', [
        [200, '3'],
        [300, '1'],
      ]),
      at('- 4 -', 280, 40),
    ];
    const blocks = layoutBlocks([page1, page2]);
    expect(rows(blocks).filter((r) => r.some((c) => /\d/.test(c)))).toEqual([
      ['1.本机关不掌握相关政府信息', '10', '0'],
      ['2.没有现成信息需要另行制作', '3', '1'],
    ]);
    const texts = blocks.map((b) => (b.kind === 'text' ? b.text : b.cells.join('')));
    expect(texts.filter((t) => t.includes('-') || t.includes('年度报告'))).toEqual([]);
  });

  it('joins labels of three and four lines around their values, whatever the text layer order', () => {
    const values = (y: number, v: string[]) => v.map((t, k) => ({ ...at(t, 300 + 40 * k, y), size: 14 }));
    const label = '2.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
    // Three lines, the middle one on the values.
    const three = [
      ...values(700, ['1', '2']),
      at('1.属于国家秘密', 50, 700),
      at('2.申请人无正当理由逾期', 50, 682),
      ...values(670, ['3', '4']),
      at('不补正、行政机关不再处理', 50, 670),
      at('其政府信息公开申请', 50, 658),
      ...values(640, ['5', '6']),
      at('3.其他', 50, 640),
    ];
    // Four lines, the values between the second and the third, and first in the text layer.
    const four = [
      ...values(700, ['1', '2']),
      at('1.属于国家秘密', 50, 700),
      ...values(665, ['3', '4']),
      at('2.申请人无正当理由', 50, 690),
      at('逾期不补正、行政', 50, 678),
      at('机关不再处理其政府', 50, 660),
      at('信息公开申请', 50, 648),
      ...values(630, ['5', '6']),
      at('3.其他', 50, 630),
    ];
    for (const page of [three, four]) {
      expect(rows(layoutBlocks([page]))).toEqual([
        ['1.属于国家秘密', '1', '2'],
        [label, '3', '4'],
        ['3.其他', '5', '6'],
      ]);
    }
  });
});
