import { describe, expect, it } from 'vitest';
import type { Block } from './blocks';
import { readMetadata } from './metadata';
import { cleanDocumentTitle } from './read-pdf';

const text = (...lines: string[]): Block[] => lines.map((t) => ({ kind: 'text', text: t }));

describe('readMetadata', () => {
  it.each([
    ['某某市交通运输局政府信息公开工作2023年度报告', '某某市交通运输局', 2023],
    ['关于某县人民政府2022年度政府信息公开工作年度报告', '某县人民政府', 2022],
    ['2023年度某区人民政府政府信息公开工作年度报告', '某区人民政府', 2023],
    ['平潭综合实验区行政审批局 2019年政府信息公开工作年度报告', '平潭综合实验区行政审批局', 2019],
  ])('agency and year from the title %s', (title, agency, year) => {
    expect(readMetadata(text(`标题: ${title}`), null)).toMatchObject({ title, agency, year });
  });

  it('a title set in two lines, the agency above the year (021.pdf): the agency line joins it', () => {
    const m = readMetadata(
      text('洪泽区人民政府', '2023 年政府信息公开工作年度报告', '本报告由淮安市洪泽区人民政府办公室根据……'),
      null,
    );
    expect(m).toMatchObject({
      title: '洪泽区人民政府2023 年政府信息公开工作年度报告',
      agency: '洪泽区人民政府',
      year: 2023,
    });
  });

  it('a line above the title that is no agency stays out of it', () => {
    const m = readMetadata(text('2024年2月', '2023年政府信息公开工作年度报告'), null);
    expect(m).toMatchObject({ title: '2023年政府信息公开工作年度报告', agency: null, year: 2023 });
  });

  it("a first page without the agency: the document's Title names it (a PDF's metadata)", () => {
    const head = { title: '洪泽区人民政府2023年政府信息公开工作年度报告', meta: new Map<string, string>() };
    const m = readMetadata(text('2023年政府信息公开工作年度报告', '一、总体情况'), head);
    expect(m).toMatchObject({ agency: '洪泽区人民政府', year: 2023 });
    // A Title that names no agency changes nothing.
    const bare = { title: '政府信息公开工作年度报告', meta: new Map<string, string>() };
    expect(readMetadata(text('2024年政府信息公开工作年度报告'), bare)).toMatchObject({ agency: null, year: 2024 });
  });

  it.each([
    [
      'Microsoft Word - 洪泽区人民政府2023年政府信息公开工作年度报告.docx',
      '洪泽区人民政府2023年政府信息公开工作年度报告',
    ],
    ['洪泽区人民政府2023年政府信息公开工作年度报告', '洪泽区人民政府2023年政府信息公开工作年度报告'],
    ['  ', null],
    [undefined, null],
  ])("a PDF's document Title %s is read as %s", (raw, title) => {
    expect(cleanDocumentTitle(raw)).toBe(title);
  });

  it('a title with the year in brackets at the end', () => {
    const m = readMetadata(
      text(
        '首页 > 政府信息公开年报',
        '某市生态环境局政府信息公开工作年度报告（2023年度）',
        '发布机构：某市生态环境局办公室 发布日期：2024-01-15 来源：某市生态环境局',
      ),
      null,
    );
    expect(m).toMatchObject({
      agency: '某市生态环境局',
      aliases: ['某市生态环境局办公室'],
      year: 2023,
      published: '2024-01-15',
    });
  });

  it('joins a title broken over two lines (PDF text)', () => {
    const m = readMetadata(
      text('正文', '2025 年上海市人民政府办公厅政府信息公开', '工作年度报告', '本年度报告根据……'),
      null,
    );
    expect(m).toMatchObject({ agency: '上海市人民政府办公厅', year: 2025, published: null });
  });

  it('the year covered comes from the statistics period when there is no title, not the publication date', () => {
    const m = readMetadata(
      text('发布时间: 2024-02-01', '本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。'),
      null,
    );
    expect(m).toMatchObject({ year: 2023, published: '2024-02-01' });
  });

  it('dates: 成文日期 header cells, Chinese dates, the date under the title, the signature', () => {
    const header: Block[] = [{ kind: 'row', cells: ['[ 成文日期 ]', '2024年1月9日', '[ 发布机构 ]', '某局'] }];
    expect(readMetadata(header, null)).toMatchObject({ published: '2024-01-09', agency: '某局' });
    const signed = text('某县2023年政府信息公开工作年度报告', '正文……', '某县人民政府', '2024年1月23日');
    expect(readMetadata(signed, null)).toMatchObject({
      published: '2024-01-23',
      agency: '某县',
      aliases: ['某县人民政府'],
    });
    const under = text('某县2023年政府信息公开工作年度报告', '（2024年2月3日）', '正文', '2024年3月1日');
    expect(readMetadata(under, null).published).toBe('2024-02-03');
  });

  it('reads <meta> and <title> of a saved page', () => {
    const meta = new Map([
      ['pubdate', '2025-03-10 15:35'],
      ['contentsource', '某局办公室'],
    ]);
    const m = readMetadata(text('首页 > 政务公开'), {
      title: '某局2024年度政府信息公开工作年度报告_政府信息公开年报_某网站',
      meta,
    });
    expect(m).toMatchObject({ agency: '某局', aliases: ['某局办公室'], year: 2024, published: '2025-03-10' });
  });

  it('a CMS header table: 名称 gives the title (not `名称 | …`), 发布机构 an alias', () => {
    const header: Block[] = [
      { kind: 'row', cells: ['名称', '沭阳县测试局2023年政府信息公开年度报告'] },
      { kind: 'row', cells: ['索引号', '014314799/2024-00002', '分类', '信息公开年报'] },
      { kind: 'row', cells: ['发布机构', '沭阳县测试局办公室', '公开日期', '2024-01-17'] },
    ];
    expect(readMetadata(header, null)).toMatchObject({
      title: '沭阳县测试局2023年政府信息公开年度报告',
      agency: '沭阳县测试局',
      aliases: ['沭阳县测试局办公室'],
      year: 2023,
      published: '2024-01-17',
      indexNo: '014314799/2024-00002',
    });
  });

  it('a 名称 cell that is not a report title is not the title', () => {
    const m = readMetadata(
      [{ kind: 'row', cells: ['名称', '沭阳县门户网站'] }, ...text('沭阳县测试局2023年政府信息公开年度报告')],
      null,
    );
    expect(m.title).toBe('沭阳县测试局2023年政府信息公开年度报告');
  });

  it.each([
    ['沭阳县测试局2023年政府信息公开年度报告-沭阳县发改局'],
    ['沭阳县测试局2023年政府信息公开年度报告_沭阳县人民政府'],
    ['沭阳县测试局2023年政府信息公开年度报告 | 政府信息公开年报'],
  ])('a <title> with a site suffix: %s', (pageTitle) => {
    const m = readMetadata(text('首页'), { title: pageTitle, meta: new Map() });
    expect(m).toMatchObject({ title: '沭阳县测试局2023年政府信息公开年度报告', agency: '沭阳县测试局', year: 2023 });
  });

  it('<meta> ArticleTitle, ContentSource (without its site) and PubDate', () => {
    const meta = new Map([
      ['articletitle', '某县测试局2023年政府信息公开工作年度报告'],
      ['contentsource', '某县人民政府网 > 某县测试局'],
      ['pubdate', '2024-01-30 10:00'],
    ]);
    expect(readMetadata(text('正文'), { title: '某县人民政府网', meta })).toMatchObject({
      title: '某县测试局2023年政府信息公开工作年度报告',
      agency: '某县测试局',
      year: 2023,
      published: '2024-01-30',
    });
    const noTitle = readMetadata(text('正文'), {
      title: null,
      meta: new Map([['contentsource', '某县人民政府网 > 某县测试局']]),
    });
    expect(noTitle.agency).toBe('某县测试局');
  });

  it('is null where nothing is stated', () => {
    expect(readMetadata(text('一、总体情况', '略'), null)).toMatchObject({
      agency: null,
      year: null,
      published: null,
      title: null,
    });
  });
});
