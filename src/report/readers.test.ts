/** The readers' common output (blocks) for the shapes they are built for. */
import { describe, expect, it } from 'vitest';
import { readHtml } from './read-html';
import { readText } from './read-text';

const rows = (blocks: ReturnType<typeof readText>) =>
  blocks.filter((b) => b.kind === 'row').map((b) => (b.kind === 'row' ? b.cells : []));
const texts = (blocks: ReturnType<typeof readText>) =>
  blocks.filter((b) => b.kind === 'text').map((b) => (b.kind === 'text' ? b.text : ''));

describe('readHtml', () => {
  it('repeats rowspan cells in the rows they cover and keeps colspan cells once (text NFKC-folded)', () => {
    const { blocks } = readHtml(`<table>
      <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>4</td><td rowspan="2">x</td></tr>
      <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
      <tr><td>2.其他法律行政法规禁止公开</td><td>&nbsp;</td><td>7</td></tr></table>`);
    expect(rows(blocks)).toEqual([
      ['三、本年度办理结果', '(一)予以公开', '4', 'x'],
      ['三、本年度办理结果', '(三)不予公开', '1.属于国家秘密', '0', 'x'],
      ['三、本年度办理结果', '(三)不予公开', '2.其他法律行政法规禁止公开', '', '7'],
    ]);
  });

  it('reads the attributes it needs among many others, whatever their quoting (`>` inside a value, unquoted, single quotes)', () => {
    const doc =
      readHtml(`<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta NAME='ContentSource' lang=zh content='某局'></head>
      <body><a href="/x" onclick="if (a > 0) go()" class=nav>首页</a><table style="border:1px" class="t">
      <tr><td width=120 style="mso-x:1>2" ROWSPAN=2 valign=center>规章</td><td class='c' colspan = "2">0</td></tr>
      <tr><td style="a:b">1</td></tr></table><br/><img src="x.png" alt="a>b"/>尾</body></html>`);
    expect(doc.meta.get('contentsource')).toBe('某局');
    expect(rows(doc.blocks)).toEqual([
      ['规章', '0'],
      ['规章', '1'],
    ]);
    expect(texts(doc.blocks)).toEqual(['首页', '尾']);
  });

  it('reads a <pre> block line by line like a text file, also deep inside tables or left open', () => {
    const report = '一、总体情况\n规章 | 3 | 0\n规范性文件 | 1 | 2';
    const want = [
      ['规章', '3', '0'],
      ['规范性文件', '1', '2'],
    ];
    expect(rows(readHtml(`<body><pre>${report}</pre><p>后记</p>`).blocks)).toEqual(want);
    expect(texts(readHtml(`<body><pre>${report}</pre><p>后记</p>`).blocks)).toEqual(['一、总体情况', '后记']);
    expect(rows(readHtml(`${'<table><tr><td>'.repeat(300)}<pre>${report}`).blocks)).toEqual(want);
  });

  it('a tag left open does not swallow the page', () => {
    const doc = readHtml(`${'<a b="c" '.repeat(50)}<p>一、总体情况</p><table><tr><td>规章</td><td>3</td></tr></table>`);
    expect(rows(doc.blocks)).toEqual([['规章', '3']]);
  });

  it('an <svg> left open (injected text) ends where a browser ends it; a closed one is still skipped', () => {
    const page = (svg: string) =>
      readHtml(`<p>前言</p>${svg}<p>一、总体情况</p><table><tr><td>规章</td><td>3</td></tr></table>`);
    expect(rows(page('"><svg onload=alert(1)>').blocks)).toEqual([['规章', '3']]);
    expect(texts(page('"><svg onload=alert(1)>').blocks)).toEqual(['前言', '">', '一、总体情况']);
    expect(texts(page('<svg><text>图中文字</text></svg>').blocks)).toEqual(['前言', '一、总体情况']);
  });

  it('joins text split across <p>/<span>/<br> in a cell, drops scripts and styles, reads title and meta', () => {
    const doc =
      readHtml(`<html><head><title>标题</title><meta name="PubDate" content="2025-03-10"><style>td{}</style></head>
      <body><script>document.write('<td>9</td>')</script><p>一、总体情况</p><p>正文<br>第二行</p>
      <table><tr><td><p><span>本年新</span><span>收</span></p><p>数量</p></td><td>0&nbsp;</td></tr></table></body></html>`);
    expect(doc.title).toBe('标题');
    expect(doc.meta.get('pubdate')).toBe('2025-03-10');
    expect(texts(doc.blocks)).toEqual(['一、总体情况', '正文', '第二行']);
    expect(rows(doc.blocks)).toEqual([['本年新收 数量', '0']]);
  });

  it('reads a cell that holds a whole table (page layout) as text lines around the inner rows', () => {
    const { blocks } = readHtml(
      '<table><tr><td><p>某县2023年度报告</p><p>发布日期：2024-01-02</p><table><tr><td>规章</td><td>1</td></tr></table><p>五、存在的主要问题</p></td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'text', text: '某县2023年度报告' },
      { kind: 'text', text: '发布日期:2024-01-02' },
      { kind: 'row', cells: ['规章', '1'] },
      { kind: 'text', text: '五、存在的主要问题' },
    ]);
  });
});

describe('readText', () => {
  it('regroups one-cell lines ending in " |" into rows, ignoring "|||" padding', () => {
    const blocks = readText(
      '第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n42975 |\n||\n行政处罚 |\n0 |\n正文',
    );
    expect(rows(blocks)).toEqual([
      ['第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '42975'],
      ['行政处罚', '0'],
    ]);
    expect(texts(blocks)).toEqual(['正文']);
  });

  it('reads Markdown tables without their separator lines, headings without #, and drops page footers', () => {
    const blocks = readText('## 表三\n| 类别 | 数据1 |\n|---|---|\n| 予以公开 | 290 |\n— 3 —\n- 12 -');
    expect(texts(blocks)).toEqual(['表三']);
    expect(rows(blocks)).toEqual([
      ['类别', '数据1'],
      ['予以公开', '290'],
    ]);
  });

  it('keeps inner empty cells of pipe rows (the outer pipes are borders) and of tab-separated rows', () => {
    expect(rows(readText(' | | 商业企业 | 其他 |\n规章\t0\t\t3'))).toEqual([
      ['', '商业企业', '其他'],
      ['规章', '0', '', '3'],
    ]);
  });
});
