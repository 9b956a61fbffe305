/**
 * Bad input: each case is a clear ParseError naming the file, or a report whose findings name
 * the table, row or cell — never a crash and never a guessed value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse';
import { type Finding, ParseError } from './types';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const corpus = (file: string) => readFileSync(join(DATA, 'reports', file), 'utf8');
const gold = (stem: string) => JSON.parse(readFileSync(join(DATA, 'gold', `${stem}.json`), 'utf8'));
const T006 = corpus('006.txt');

const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

function expectParseError(input: Uint8Array | string, pattern: RegExp) {
  let error: unknown;
  try {
    parseReport(input, 'bad.file');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ParseError);
  expect((error as ParseError).source).toBe('bad.file');
  expect((error as ParseError).message).toMatch(/^bad\.file: /);
  expect((error as ParseError).message).toMatch(pattern);
}

describe('files that cannot be parsed at all', () => {
  it('an empty file', () => {
    expectParseError(new Uint8Array(), /empty/);
    expectParseError('  \n ', /empty/);
  });

  it('PDF bytes, as bytes and as text', () => {
    const pdf = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
    expectParseError(new Uint8Array(Buffer.from(pdf, 'latin1')), /binary|PDF/);
    expectParseError(pdf, /PDF/);
  });

  it('random binary bytes', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expectParseError(bytes, /binary/);
  });

  it('bytes that are neither UTF-8 nor GBK Chinese', () => {
    // Valid GB18030 byte pairs that decode to rare characters: mojibake, not a report.
    const bytes = new Uint8Array(600).map((_, i) => (i % 2 === 0 ? 0x81 + (i % 50) : 0x40 + (i % 60)));
    expectParseError(bytes, /neither as UTF-8 nor as GBK/);
  });

  it('an HTML page without tables or any report text', () => {
    expectParseError(
      '<html><head><title>首页</title></head><body><p>欢迎访问</p><script>var a = 1;</script></body></html>',
      /nothing that looks like/,
    );
  });
});

describe('reports with problems: parsed, with findings', () => {
  it('an HTML report page without tables: layout unknown, metadata, a finding', () => {
    const html =
      '<html><head><title>某县2023年度政府信息公开工作年度报告</title></head><body><p>某县2023年度政府信息公开工作年度报告</p><p>一、总体情况</p><p>略</p></body></html>';
    const { report } = parseReport(html, 'no-tables.html');
    expect(report).toMatchObject({ layout: 'unknown', agency: '某县', year: 2023, cells: {} });
    expect(byRule(report.findings, 'table.missing')).toHaveLength(1);
  });

  it('a page cut off in the middle of table 3: the rows present are read, the rest are findings', () => {
    const cut = T006.slice(0, T006.indexOf('三、本年度办理结果 | （四）无法提供 | 2.'));
    const { report } = parseReport(cut, 'cut.txt');
    expect(report.layout).toBe('2021');
    expect(report.cells['t3.unavailable.not_held.natural_person']).toBe(37);
    expect(report.cells['t3.unavailable.needs_creation.natural_person']).toBeNull();
    expect(byRule(report.findings, 'row.missing').map((f) => f.message)).toContain(
      '表三未找到“没有现成信息需要另行制作”行',
    );
    expect(byRule(report.findings, 'table.missing').map((f) => f.message)).toContain(
      '未找到表四（行政复议、行政诉讼情况）',
    );
    // The parser's failures come first, and none of the unread cells is called blank.
    expect(report.findings[0].rule).toMatch(/^(?:table|row)\./);
    expect(byRule(report.findings, 'cell.blank')).toEqual([]);
  });

  it('a missing row is a finding for that row only', () => {
    const text = T006.replace(/\n三、本年度办理结果 \| （三）不予公开 \| 4\.保护第三方合法权益[^\n]*/, '');
    const { report } = parseReport(text, 'missing-row.txt');
    expect(report.cells['t3.denied.third_party.total']).toBeNull();
    expect(report.cells['t3.denied.internal_affairs.total']).toBe(1);
    expect(byRule(report.findings, 'table.missing')).toHaveLength(0);
    const missing = byRule(report.findings, 'row.missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].cells).toContain('t3.denied.third_party.total');
  });

  it('an extra unlabelled row is reported, not absorbed into a template row', () => {
    const text = T006.replace(
      '四、结转下年度继续办理 |',
      '合计（含其他情况） | 9 | 9 | 9 | 9 | 9 | 9 | 54\n四、结转下年度继续办理 |',
    );
    const { report } = parseReport(text, 'extra-row.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(byRule(report.findings, 'row.missing').map((f) => f.message)).toContain(
      '表三有 1 行数值无法对应到模板行（此处应有 0 行）',
    );
  });

  it('a duplicated table 3: the first copy is used, the repeats are findings', () => {
    const start = T006.indexOf('一、本年新收');
    const end = T006.indexOf('四、政府信息公开行政法复议');
    const text = T006.slice(0, end) + T006.slice(start, end) + T006.slice(end);
    const { report } = parseReport(text, 'dup.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(byRule(report.findings, 'table.duplicate_row')).toHaveLength(25);
  });

  it('a duplicated table 4 is a finding; the first copy is used', () => {
    const t4 = T006.slice(T006.indexOf('四、政府信息公开行政法复议'), T006.indexOf('五、存在的主要问题'));
    const text = T006.replace(t4, `${t4}${t4.replace(/\n0 \| 1 \| 1 /, '\n9 | 9 | 9 ')}`);
    const { report } = parseReport(text, 'dup4.txt');
    expect(report.cells).toEqual(gold('006').cells);
    expect(byRule(report.findings, 'table.duplicate_row').map((f) => f.message)).toEqual([
      '表四的数值行出现 2 次，只采用第一次',
    ]);
  });

  it('non-numeric cells are unreadable-cell errors with null values', () => {
    const text = T006.replace(
      '一、本年新收政府信息公开申请数量 | 71 | 3 |',
      '一、本年新收政府信息公开申请数量 | 约20 | 10余 |',
    ).replace('行政处罚 | 2113', '行政处罚 | N/A');
    const { report, details } = parseReport(text, 'nonnumeric.txt');
    expect(report.cells['t3.new_received.natural_person']).toBeNull();
    expect(report.cells['t3.new_received.commercial']).toBeNull();
    expect(report.cells['t2.penalty.decisions']).toBeNull();
    expect(report.cells['t3.new_received.total']).toBe(74);
    const unreadable = byRule(report.findings, 'cell.unreadable');
    expect(unreadable.map((f) => f.cells?.[0]).sort()).toEqual(
      ['t2.penalty.decisions', 't3.new_received.commercial', 't3.new_received.natural_person'].sort(),
    );
    expect(unreadable.every((f) => f.severity === 'error')).toBe(true);
    expect(unreadable.find((f) => f.cells?.[0] === 't3.new_received.natural_person')?.message).toContain('约20');
    expect(details.rawText['t3.new_received.commercial']).toBe('10余');
  });

  it('a row with the wrong number of cells in table 2 is not mapped by guess', () => {
    const text = T006.replace('行政规范性文件 | 88 | 55 | 698', '行政规范性文件 | 88 | 55 | 698 | 12');
    const { report } = parseReport(text, 'wide-row.txt');
    expect(report.cells['t2.normative_docs.issued']).toBeNull();
    expect(byRule(report.findings, 'row.missing')[0].message).toContain('行政规范性文件');
  });

  it('a 1 MB page parses to the same figures', () => {
    const page = corpus('010.html');
    const chrome = `<ul class="nav">${'<li><a href="/x">政务公开 栏目 12345</a></li>'.repeat(20000)}</ul>`;
    const big = page.replace('<body', `<body><div>${chrome}</div></body><body`);
    expect(Buffer.byteLength(big)).toBeGreaterThan(1_000_000);
    expect(parseReport(new Uint8Array(Buffer.from(big)), 'big.html').report.cells).toEqual(gold('010').cells);
  });

  it('missing metadata is a finding', () => {
    const text = T006.split('\n')
      .filter((l) => !/^标题|^本地目录|^原文链接|年度报告/.test(l))
      .join('\n')
      .replace(/\d{4}年/g, '');
    const { report } = parseReport(text, 'nometa.txt');
    expect(report.year).toBeNull();
    expect(byRule(report.findings, 'meta.missing')).toHaveLength(1);
  });
});

describe('damaged copies of real reports never crash the parser', () => {
  const files = ['000.txt', '001.md', '002.html', '003.md', '010.html', '015.txt'];
  const damaged = files.flatMap((file) => {
    const text = corpus(file);
    const lines = text.split('\n');
    return [
      ...[0.1, 0.35, 0.5, 0.65, 0.8, 0.95].map((cut) => ({
        name: `${file} cut at ${cut}`,
        text: text.slice(0, Math.floor(text.length * cut)),
      })),
      ...[3, 7].map((k) => ({
        name: `${file} every ${k}th line dropped`,
        text: lines.filter((_, i) => i % k !== 0).join('\n'),
      })),
      { name: `${file} lines reversed`, text: [...lines].reverse().join('\n') },
    ];
  });

  it.each(damaged)('$name: a report or a ParseError', ({ name, text }) => {
    try {
      const { report } = parseReport(text, name);
      // Whatever was read, every cell of the layout is present and is a number or null.
      for (const v of Object.values(report.cells)) expect(v === null || Number.isFinite(v)).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
    }
  });
});
