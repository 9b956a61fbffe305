/**
 * The parser is built for pages it has not seen: the corpus's figures re-laid in other shapes
 * (one big HTML table, half-width brackets, extra spaces, 合计 for 总计, Markdown rows, other
 * encodings, cells one per line) must parse to the same gold figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const gold = (stem: string) => JSON.parse(readFileSync(join(DATA, 'gold', `${stem}.json`), 'utf8'));
const corpus = (file: string) => readFileSync(join(DATA, 'reports', file), 'utf8');

/** Replaces the table part of a text report (from 二、主动公开 to 五、) through `f`, leaving the rest. */
function editTables(text: string, f: (tables: string) => string): string {
  const start = text.indexOf('二、主动公开政府信息情况\n');
  const end = text.indexOf('五、存在的主要问题');
  const edited = f(text.slice(start, end));
  expect(start).toBeGreaterThan(0);
  expect(edited).not.toBe(text.slice(start, end)); // the variant really differs
  return text.slice(0, start) + edited + text.slice(end);
}

describe('format variants parse to the same figures', () => {
  it('000.txt re-laid as one big HTML table on another site (fixture one-table.html)', () => {
    const html = new Uint8Array(readFileSync(join(FIXTURES, 'one-table.html')));
    const { report } = parseReport(html, 'one-table.html');
    const g = gold('000');
    expect(report).toMatchObject({ layout: '2021', agency: g.agency, year: 2023, published: g.published });
    expect(report.cells).toEqual(g.cells);
    expect(report.findings).toEqual([]);
  });

  it('006 as a Word-exported county page (fixture word-page.html, made by make-fixtures.ts)', () => {
    // CMS header table, <meta> tags, a suffixed <title>, text split over <span>s, the 申请人情况
    // header over three rows, rowspans 22/8/3/5/3, `88件`, `10,690`, `9,116.36`, table 4 as one
    // 15-column table under two header rows.
    const { report, details } = parseReport(
      new Uint8Array(readFileSync(join(FIXTURES, 'word-page.html'))),
      'word-page.html',
    );
    const g = gold('006');
    expect(details.title).toBe('平潭综合实验区2022年政府信息公开工作年度报告');
    expect(report).toMatchObject({
      layout: '2021',
      agency: g.agency,
      agency_aliases: ['平潭综合实验区管委会办公室'],
      year: 2022,
      published: g.published,
    });
    expect(report.cells).toEqual(g.cells);
    expect(report.findings).toEqual([]);
  });

  it('006 as `pdftotext -layout` text: cells padded with runs of spaces (fixture layout-spaces.txt)', () => {
    const { report } = parseReport(readFileSync(join(FIXTURES, 'layout-spaces.txt'), 'utf8'), 'layout-spaces.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(report.findings).toEqual([]);
  });

  it('006 copied one cell per line, blank cells as empty or &nbsp; lines (fixture cells-per-line.txt)', () => {
    const { report } = parseReport(readFileSync(join(FIXTURES, 'cells-per-line.txt'), 'utf8'), 'cells-per-line.txt');
    const g = gold('006');
    // The fixture blanked table 3's 科研机构 column (all zeros): blank cells, not shifted values.
    const blanked = Object.keys(g.cells).filter((id) => id.startsWith('t3.') && id.endsWith('.research'));
    expect(blanked).toHaveLength(25);
    expect(report.cells).toEqual({ ...g.cells, ...Object.fromEntries(blanked.map((id) => [id, null])) });
    expect(report.findings.map((f) => f.rule)).toEqual(blanked.map(() => 'cell.blank'));
  });

  it('double-spaced text (an empty line after every line) has no blank cells', () => {
    const { report } = parseReport(corpus('006.txt').split('\n').join('\n\n'), '006-double.txt');
    expect(report.cells).toEqual(gold('006').cells);
  });

  const fixture = (file: string) => parseReport(readFileSync(join(FIXTURES, file), 'utf8'), file).report;

  it('a 小计 column inside 法人或其他组织 is dropped by its header, no value shifts (fixture t3-subtotal.txt)', () => {
    const report = fixture('t3-subtotal.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(report.findings).toEqual([]);
  });

  it('合计 rows closing the outcome groups are not template rows (fixture t3-group-totals.txt)', () => {
    const report = fixture('t3-group-totals.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(report.findings).toEqual([]);
  });

  it('table 4 as three small tables under their own headings (fixture t4-three-tables.txt)', () => {
    const report = fixture('t4-three-tables.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(report.findings).toEqual([]);
  });

  it('a 2021 report with a 2019 table 2: shared columns by their headers, the others reported, never shifted (fixture mixed-2019-table2.txt)', () => {
    const report = fixture('mixed-2019-table2.txt');
    const g006 = gold('006');
    const g015 = gold('015');
    expect(report.layout).toBe('2021');
    const t2 = Object.fromEntries(Object.entries(report.cells).filter(([id]) => id.startsWith('t2.')));
    expect(t2).toEqual({
      't2.regulations.issued': null,
      't2.regulations.repealed': null,
      't2.regulations.in_force': null,
      't2.normative_docs.issued': null,
      't2.normative_docs.repealed': null,
      't2.normative_docs.in_force': null,
      't2.licensing.decisions': g015.cells['t2.licensing.decisions'],
      't2.penalty.decisions': g015.cells['t2.penalty.decisions'],
      't2.enforcement.decisions': g015.cells['t2.enforcement.decisions'],
      't2.fees.amount_wan_yuan': null,
    });
    for (const [id, v] of Object.entries(g006.cells)) if (!id.startsWith('t2.')) expect(report.cells[id]).toBe(v);
    const missing = report.findings.filter((f) => f.rule === 'row.missing');
    expect(missing.map((f) => f.cells?.[0])).toEqual([
      't2.regulations.issued',
      't2.normative_docs.issued',
      't2.fees.amount_wan_yuan',
    ]);
    expect(missing[0].message).toContain('本年新制作数量');
  });

  it('tables as images: layout unknown, no cells, one finding saying so (fixture tables-as-images.html)', () => {
    const { report } = parseReport(
      new Uint8Array(readFileSync(join(FIXTURES, 'tables-as-images.html'))),
      'tables-as-images.html',
    );
    expect(report).toMatchObject({ layout: 'unknown', cells: {}, agency: gold('006').agency, year: 2022 });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'table.missing', severity: 'error' });
    expect(report.findings[0].message_en).toContain('images');
  });

  it('002.html as a GBK page declaring charset=gb2312 (fixture gbk-page.html)', () => {
    const { report, details } = parseReport(
      new Uint8Array(readFileSync(join(FIXTURES, 'gbk-page.html'))),
      'gbk-page.html',
    );
    expect(details.encoding).toBe('gb18030');
    expect(report.agency).toBe('上海市人民政府办公厅');
    expect(report.cells).toEqual(gold('002').cells);
  });

  it('the same GBK bytes without the charset declaration are detected from content', () => {
    const bytes = readFileSync(join(FIXTURES, 'gbk-page.html'));
    const stripped = new Uint8Array(Buffer.from(bytes.toString('latin1').replace(/; charset=gb2312/, ''), 'latin1'));
    expect(parseReport(stripped, 'gbk.html').report.cells).toEqual(gold('002').cells);
  });

  it('006.txt with half-width brackets, extra spaces, labels broken by spaces and 合计 for 总计', () => {
    const text = editTables(corpus('006.txt'), (t) =>
      t
        .replace(/（/g, '(')
        .replace(/）/g, ')')
        .replace(/ \| /g, '   |  ')
        .replace(/总计/g, '合 计')
        .replace(/保护第三方合法权益/, '保护 第三方 合法权益')
        .replace(/本年新收政府信息公开申请数量/, '本年新收政府信息公开申请数量 '),
    );
    const g = gold('006');
    const { report } = parseReport(text, '006-variant.txt');
    expect(report.cells).toEqual(g.cells);
    expect(report.year).toBe(2022);
  });

  it('006.txt as a UTF-8 file with a byte-order mark, and as UTF-16', () => {
    const text = corpus('006.txt');
    const utf8bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parseReport(utf8bom, 'a.txt').report.cells).toEqual(gold('006').cells);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { report, details } = parseReport(new Uint8Array(utf16), 'b.txt');
    expect(details.encoding).toBe('utf-16le');
    expect(report.cells).toEqual(gold('006').cells);
  });

  it('006.txt with table 3 as Markdown rows, without the 三、本年度办理结果 column, group cells only on the first row', () => {
    const text = editTables(corpus('006.txt'), (t) => {
      let lastGroup = '';
      return t
        .split('\n')
        .map((line) => {
          if (!line.startsWith('三、本年度办理结果 | ')) return line;
          const cells = line.split(' | ').slice(1);
          const group = cells.length === 9 ? cells[0] : '';
          if (group && group === lastGroup) cells[0] = '';
          lastGroup = group;
          return `| ${cells.join(' | ')} |`;
        })
        .join('\n');
    });
    expect(text).toContain('\n|  | 2.其他法律行政法规禁止公开 |');
    expect(parseReport(text, '006-md.md').report.cells).toEqual(gold('006').cells);
  });

  it('006.txt with table 4 spread one value per line and table 2 values with units', () => {
    const text = editTables(corpus('006.txt'), (t) => {
      const lines = t.split('\n');
      const last = lines.findLastIndex((l) => /^\d+( \| \d+){14}$/.test(l));
      lines.splice(last, 1, ...lines[last].split(' | ').map((v) => `${v} |`));
      return lines
        .join('\n')
        .replace('行政事业性收费 | 9116.36', '行政事业性收费 | 9,116.36万元')
        .replace('行政许可 | 10690', '行政许可 | １０６９０件');
    });
    expect(text).toContain('\n0 |\n1 |\n1 |\n0 |\n2 |\n');
    expect(parseReport(text, '006-lines.txt').report.cells).toEqual(gold('006').cells);
  });
  it('006.txt with group and row label in one cell and a row left out: labels, not order, place the rows', () => {
    const text = editTables(corpus('006.txt'), (t) =>
      t
        .replace(/三、本年度办理结果 \| （(三|四|五|六)）(不予公开|无法提供|不予处理|其他处理) \| /g, '（$1）$2 ')
        .replace(/\n（三）不予公开 2\.其他法律行政法规禁止公开[^\n]*/, ''),
    );
    expect(text).toContain('\n（三）不予公开 1.属于国家秘密 | 0 |');
    const { report } = parseReport(text, '006-cells.txt');
    const expected = { ...gold('006').cells };
    for (const c of [
      'natural_person',
      'commercial',
      'research',
      'social_welfare',
      'legal_service',
      'other_org',
      'total',
    ]) {
      expected[`t3.denied.law_prohibited.${c}`] = null;
    }
    expect(report.cells).toEqual(expected);
    expect(report.findings.filter((f) => f.rule === 'row.missing').map((f) => f.message)).toEqual([
      '表三未找到“其他法律行政法规禁止公开”行',
    ]);
  });
});

describe('row shapes of other sites', () => {
  it('table 2 with its columns in another order: the header row decides', () => {
    const text = editTables(corpus('006.txt'), (t) =>
      t
        .replace(
          '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
          '信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数',
        )
        .replace('规章 | 0 | 0 | 0', '规章 | 0 | 0 | 0')
        .replace('行政规范性文件 | 88 | 55 | 698', '行政规范性文件 | 698 | 88 | 55'),
    );
    expect(parseReport(text, '006-columns.txt').report.cells).toEqual(gold('006').cells);
  });

  it('subtotal rows for the groups (三)不予公开 and (六)其他处理 are reported, the template rows still placed by label', () => {
    const text = editTables(corpus('006.txt'), (t) =>
      t
        .replace(
          '三、本年度办理结果 | （三）不予公开 | 1.',
          '三、本年度办理结果 | （三）不予公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4\n三、本年度办理结果 | （三）不予公开 | 1.',
        )
        .replace(
          '三、本年度办理结果 | （六）其他处理 | 1.',
          '三、本年度办理结果 | （六）其他处理 | 2 | 2 | 0 | 0 | 0 | 0 | 4\n三、本年度办理结果 | （六）其他处理 | 1.',
        ),
    );
    const { report } = parseReport(text, '006-subtotals.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(report.findings.filter((f) => f.rule === 'row.missing').map((f) => f.message)).toEqual([
      '表三有 1 行数值无法对应到模板行（此处应有 0 行）',
      '表三有 1 行数值无法对应到模板行（此处应有 0 行）',
    ]);
  });

  it('tables copied from a browser one cell per line, without any separators', () => {
    const text = editTables(corpus('006.txt'), (t) =>
      t
        .split('\n')
        .flatMap((line) =>
          line.includes(' | ')
            ? line
                .split(' | ')
                .map((c) => c.trim())
                .filter((c) => c !== '')
            : [line],
        )
        .join('\n'),
    );
    expect(text).toContain('\n行政许可\n10690\n');
    expect(parseReport(text, '006-cells-per-line.txt').report.cells).toEqual(gold('006').cells);
  });

  it('tables copied out of Word as tab-separated text (no pipes at all)', () => {
    const text = editTables(corpus('006.txt'), (t) => t.replace(/ ?\| ?/g, '\t'));
    expect(text).not.toMatch(/一、本年新收[^\n]*\|/);
    expect(parseReport(text, '006-tabs.txt').report.cells).toEqual(gold('006').cells);
  });

  it.each([
    ['full-width ｜', '｜'],
    ['box-drawing │', '│'],
    ['heavy box-drawing ┃', '┃'],
    ['broken bar ¦', '¦'],
  ])('cells separated by %s read like `|` (006.txt and 000.txt, every `|` replaced)', (_, sep) => {
    for (const stem of ['006', '000']) {
      const text = corpus(`${stem}.txt`).replaceAll('|', sep);
      expect(text).not.toContain('|');
      const { report } = parseReport(text, `${stem}-sep.txt`);
      expect(report.cells).toEqual(gold(stem).cells);
      expect([report.agency, report.year]).toEqual([gold(stem).agency, gold(stem).year]);
    }
  });

  it('value rows that start with an empty label cell, and rows with empty spacer cells at the end', () => {
    const text = editTables(corpus('006.txt'), (t) =>
      t
        .replace(/\n(0 \| 1 \| 1 \| 0 \| 2 \| 1 [^\n]*)/, '\n|  | $1 |')
        .replace(/(四、结转下年度继续办理 \| [^\n]*)/, '$1 |  |  '),
    );
    expect(text).toContain('\n|  | 0 | 1 | 1 | 0 | 2 | 1 ');
    expect(parseReport(text, '006-spacers.txt').report.cells).toEqual(gold('006').cells);
  });
});

describe('table 4 as three tables', () => {
  it('001.md with its three table-4 tables in another order: each is placed by its heading', () => {
    const md = corpus('001.md');
    const block = (heading: string) => {
      const start = md.indexOf(`### ${heading}\n`);
      return md.slice(start, md.indexOf('\n\n', start) + 2);
    };
    const review = block('行政复议');
    const after = block('行政诉讼（复议后起诉）');
    const swapped = md.replace(review, '\u0000').replace(after, review).replace('\u0000', after);
    expect(swapped.indexOf('### 行政诉讼（复议后起诉）')).toBeLessThan(swapped.indexOf('### 行政复议'));
    expect(parseReport(swapped, '001-swapped.md').report.cells).toEqual(gold('001').cells);
  });
});

describe('page layouts', () => {
  it('002.html inside an old-style layout table, title and date in the same cell as the report tables', () => {
    const page = `<html><body><table width="980"><tr><td class="nav">首页 | 政务公开 | 年度报告</td></tr>
<tr><td class="main"><p>当前位置：首页 &gt; 政府信息公开年报</p>${corpus('002.html')}</td></tr>
<tr><td>版权所有 ICP备 12345678号</td></tr></table></body></html>`;
    const { report, details } = parseReport(page, 'layout-table.html');
    expect(details.title).toBe('2019年上海市人民政府办公厅政府信息公开工作年度报告');
    expect(report).toMatchObject({
      agency: '上海市人民政府办公厅',
      year: 2019,
      published: '2020-01-31',
      layout: '2019',
    });
    expect(report.cells).toEqual(gold('002').cells);
  });
});
