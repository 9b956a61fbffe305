/**
 * What the parser could not read is its failure, not the publisher's blank: a table or row it
 * could not read gets one `table.…` or `row.…` finding, listed first, and none of its cells a
 * cell.blank; readCompleteness says whether the file was read fully, partly or not at all.
 * Inputs are corpus reports (data/reports) cut or re-laid, checked against their gold figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompleteness } from './completeness';
import { parseReport } from './parse';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const T006 = readFileSync(join(DATA, 'reports', '006.txt'), 'utf8');
const G006 = JSON.parse(readFileSync(join(DATA, 'gold', '006.json'), 'utf8'));

/** 006.txt without the lines of its table 3 (from its heading to the next section's). */
function withoutTable3(text: string): string {
  const start = text.indexOf('三、收到和处理政府信息公开申请情况');
  const end = text.indexOf('四、政府信息公开行政');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(0, start) + text.slice(end);
}

describe('a table the parser could not read', () => {
  it('a table 3 cut out of a text report: findings say it could not be read; no cell of it is called blank', () => {
    const result = parseReport(withoutTable3(T006), 'cut-t3.txt');
    const { findings, cells } = result.report;
    const t3 = Object.keys(G006.cells).filter((id) => id.startsWith('t3.'));
    expect(t3).toHaveLength(175);
    for (const id of t3) expect(cells[id]).toBeNull();
    // One finding for the table, first, naming all its cells.
    expect(findings[0]).toMatchObject({ rule: 'table.missing', severity: 'error' });
    expect(findings[0].cells).toEqual(t3);
    expect(findings.filter((f) => f.rule.startsWith('table.') || f.rule.startsWith('row.'))).toHaveLength(1);
    // No blank warning and no arithmetic error about a cell of the table that was not read.
    expect(findings.filter((f) => f.cells?.some((id) => id.startsWith('t3.')) && f !== findings[0])).toEqual([]);
    // Tables 2 and 4 are still read in full.
    for (const [id, v] of Object.entries(G006.cells)) if (!id.startsWith('t3.')) expect(cells[id]).toBe(v);
    expect(readCompleteness(result)).toMatchObject({ level: 'partial', read: 25, expected: 200 });
    expect(readCompleteness(result).unread).toEqual(t3);
  });

  it('a table 3 whose labels are all lost and one row short: one finding for the table, no blanks', () => {
    const lines = T006.split('\n');
    const first = lines.findIndex((l) => l.startsWith('一、本年新收'));
    const last = lines.findIndex((l) => l.startsWith('四、结转下年度'));
    expect(last - first + 1).toBe(25);
    const rows = lines.slice(first, last + 1).map((l) => `数据 | ${l.split(' | ').slice(-7).join(' | ')}`);
    rows.splice(5, 1);
    const text = [...lines.slice(0, first), ...rows, ...lines.slice(last + 1)].join('\n');
    const result = parseReport(text, 'no-labels.txt');
    const { findings } = result.report;
    expect(findings[0]).toMatchObject({ rule: 'table.missing', severity: 'error' });
    expect(findings[0].message).toContain('24 行数值');
    expect(findings.filter((f) => f.cells?.some((id) => id.startsWith('t3.')))).toEqual([findings[0]]);
    expect(readCompleteness(result)).toMatchObject({ level: 'partial', read: 25 });
  });

  it('a blank cell in the source is still the publisher’s blank', () => {
    const text = T006.replace(
      '三、本年度办理结果 | （六）其他处理 | 3.其他 | 0 | 2 | 0 | 0 | 0 | 0 | 2',
      '三、本年度办理结果 | （六）其他处理 | 3.其他 | 0 |  | 0 | 0 | 0 | 0 | 2',
    );
    expect(text).not.toBe(T006);
    const result = parseReport(text, 'blank.txt');
    expect(result.report.findings.find((f) => f.rule === 'cell.blank')?.cells).toEqual(['t3.other.other.commercial']);
    expect(readCompleteness(result)).toMatchObject({ level: 'full', read: 200, expected: 200, unread: [] });
  });

  it('a report read in full, and one with no table read at all', () => {
    expect(readCompleteness(parseReport(T006, '006.txt')).level).toBe('full');
    const html =
      '<html><head><title>某县2023年度政府信息公开工作年度报告</title></head><body><p>某县2023年度政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></body></html>';
    expect(readCompleteness(parseReport(html, 'images.html'))).toEqual({
      level: 'none',
      read: 0,
      expected: 0,
      unread: [],
      absent: [],
    });
  });
});

describe('an older template’s row inside a 2021 report', () => {
  // 006's three （六）其他处理 rows printed as the 2019 template's single row (as 021.pdf and 022.pdf do).
  const single = T006.replace(
    /三、本年度办理结果 \| （六）其他处理 \| 1\.[^\n]*\n[^\n]*\n三、本年度办理结果 \| （六）其他处理 \| 3\.其他 \|[^\n]*/,
    '三、本年度办理结果 | （六）其他处理 | 2 | 2 | 0 | 0 | 0 | 0 | 4',
  );

  it('reads it as t3.other.other; the sub-rows are null, absent from this table: one info finding, no blanks', () => {
    expect(single).not.toBe(T006);
    const result = parseReport(single, 'single-other.txt');
    const { cells, findings } = result.report;
    const subRows = Object.keys(G006.cells).filter(
      (id) => id.startsWith('t3.other.no_correction.') || id.startsWith('t3.other.no_fee.'),
    );
    expect(subRows).toHaveLength(14);
    const otherRow = Object.keys(G006.cells).filter((id) => id.startsWith('t3.other.other.'));
    for (const [id, v] of Object.entries(G006.cells)) {
      if (subRows.includes(id)) expect(cells[id]).toBeNull();
      else if (!otherRow.includes(id)) expect(cells[id]).toBe(v);
    }
    expect(otherRow.map((id) => cells[id])).toEqual([2, 2, 0, 0, 0, 0, 4]);
    const absent = findings.filter((f) => f.rule === 'row.absent');
    expect(absent).toHaveLength(1);
    expect(absent[0]).toMatchObject({ severity: 'info', cells: subRows });
    expect(findings.filter((f) => f.rule === 'cell.blank')).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(readCompleteness(result)).toMatchObject({ level: 'full', read: 186, expected: 186, absent: subRows });
  });

  it('its absent rows are null in the arithmetic, not unread: (七)总计 is still checked against the outcomes', () => {
    const broken = single.replace('（七）总计 | 72 | 3 |', '（七）总计 | 73 | 3 |');
    expect(broken).not.toBe(single);
    const { findings } = parseReport(broken, 'single-other-broken.txt').report;
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cells?.[0]])).toEqual([
      ['t3.row_sum', 't3.total_handled.total'],
      ['t3.balance', 't3.new_received.natural_person'],
      ['t3.outcome_total', 't3.total_handled.natural_person'],
    ]);
  });
});

describe('a typo in a row label', () => {
  it('is matched by the label matcher’s tolerance, with a finding naming the typo', () => {
    const text = T006.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    expect(text).not.toBe(T006);
    const { report } = parseReport(text, 'typo.txt');
    expect(report.cells).toEqual(G006.cells);
    const typo = report.findings.filter((f) => f.rule === 'row.label_variant');
    expect(typo).toHaveLength(1);
    expect(typo[0].severity).toBe('info');
    expect(typo[0].message).toContain('其他法律行政止公开');
    expect(typo[0].message).toContain('其他法律行政法规禁止公开');
    expect(typo[0].cells?.[0]).toBe('t3.denied.law_prohibited.natural_person');
  });

  it('a label too far from every template row is no typo: the row is reported, not guessed', () => {
    const text = T006.replace('2.其他法律行政法规禁止公开 | 0 | 0', '2.完全不同的一行文字内容 | 0 | 0');
    expect(text).not.toBe(T006);
    const { report } = parseReport(text, 'unknown-label.txt');
    expect(report.findings.filter((f) => f.rule === 'row.label_variant')).toEqual([]);
    // Placed by its order between recognised rows, and that inference is a finding.
    expect(report.findings.find((f) => f.rule === 'row.by_order')?.message).toContain('其他法律行政法规禁止公开');
  });
});
