import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { readCompleteness } from '../../report/completeness';
import type { ReportForCrossCheck } from '../../report/crossChecks';
import { LOCAL_NOTE, localReportId, localRows } from '../../workspace/localRows';
import { checkLayoutYear, compareWithHistory } from './againstDataset';
import { type CheckedFile, checkFile } from './checkFile';
import { figureLines, figuresJson, fixListItems } from './downloads';
import { cellNotes, findingRowOf } from './findingRows';

const tancheng = readFileSync('data/reports/000.txt');
/** 000.txt with 予以公开 · 自然人 changed from 4 to 5 (line 86 of the file). */
function tanchengEdited(): string {
  const lines = tancheng.toString('utf8').split('\n');
  expect(lines[85]).toBe('4 |');
  lines[85] = '5 |';
  return lines.join('\n');
}

describe('checkFile', () => {
  it('reads 郯城县行政审批服务局 2023 with no errors and every cell found', async () => {
    const file = await checkFile(new Uint8Array(tancheng), '000.txt', 'k');
    if (file.status !== 'ok') throw new Error(file.failure.message);
    const { report } = file.parsed;
    expect([report.agency, report.year, report.layout]).toEqual(['郯城县行政审批服务局', 2023, '2021']);
    expect(report.cells['t2.licensing.decisions']).toBe(42975);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(readCompleteness(file.parsed)).toMatchObject({ level: 'full', read: 200, expected: 200, unread: [] });
  });

  it('puts a changed table-3 cell on its row total and its column total', async () => {
    const file = await checkFile(tanchengEdited(), 'edited.txt', 'k');
    if (file.status !== 'ok') throw new Error(file.failure.message);
    const errors = file.parsed.report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cells?.[0], f.expected, f.found])).toEqual([
      ['t3.row_sum', 't3.granted.total', 5, 4],
      ['t3.outcome_total', 't3.total_handled.natural_person', 17, 16],
    ]);
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['garbage.bin', Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256), /binary/],
    ['note.txt', '今天天气很好', /nothing that looks like/],
    ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /legacy Word 97-2003/],
  ])('returns %s as failed with the reason instead of throwing', async (name, input, reason) => {
    const file = await checkFile(input, name, 'k');
    expect(file.status).toBe('failed');
    if (file.status === 'failed') {
      expect(file.failure.message).toMatch(reason);
      expect(file.failure.message.startsWith(name)).toBe(false);
    }
  });
});

const report = (
  reportId: string,
  year: number,
  cells: Record<string, number | null>,
  layout: '2021' | '2019' = '2021',
): ReportForCrossCheck => ({
  reportId,
  agencyId: 'a',
  year,
  layout,
  cells,
});

describe('compareWithHistory', () => {
  it('checks the carry-over against the previous year and flags a big jump', () => {
    const current = report('', 2024, { 't3.carried_over.total': 3, 't3.new_received.total': 90 });
    const result = compareWithHistory(current, [
      report('p22', 2022, { 't3.carried_forward.total': 9 }),
      report('p23', 2023, { 't3.carried_forward.total': 2, 't3.new_received.total': 20 }),
    ]);
    expect(result.previous?.reportId).toBe('p23');
    expect(result.findings.map((f) => [f.rule, f.cells?.[0], f.expected ?? null, f.found ?? null])).toEqual([
      ['cross.carry_over', 't3.carried_over.total', 2, 3],
      ['check.yoy_jump', 't3.new_received.total', null, 90],
    ]);
  });

  it('skips the carry-over when the year before is missing, and small or proportionate changes', () => {
    const current = report('', 2024, { 't3.carried_over.total': 3, 't3.new_received.total': 12 });
    const result = compareWithHistory(current, [
      report('p22', 2022, { 't3.carried_forward.total': 9, 't3.new_received.total': 3 }),
    ]);
    expect(result.previous?.reportId).toBe('p22');
    expect(result.findings).toEqual([]);
  });

  it('notes a report of the same year already in the dataset', () => {
    const result = compareWithHistory(report('', 2023, {}), [report('000', 2023, {})]);
    expect(result.findings.map((f) => f.rule)).toEqual(['check.same_year_in_dataset']);
    expect(result.findings[0].message).toContain('000');
  });
});

describe('checkLayoutYear', () => {
  it.each([
    ['2019', 2021, true],
    ['2021', 2020, true],
    ['2021', 2021, false],
    ['2019', 2019, false],
    ['2021', null, false],
    ['unknown', 2023, false],
  ] as const)('layout %s for %s → finding: %s', (layout, year, flagged) => {
    expect(checkLayoutYear(layout, year) !== null).toBe(flagged);
  });
});

describe('localRows', () => {
  it('builds reports, cells and findings rows marked as local', async () => {
    const file = await checkFile(tanchengEdited(), 'edited.txt', 'k');
    if (file.status !== 'ok') throw new Error(file.failure.message);
    const id = localReportId('edited.txt', new Set(['local-edited']));
    expect(id).toBe('local-edited-2');
    const rows = localRows(id, 'edited.txt', file.parsed, 'tancheng-approval', []);
    expect(rows.report).toMatchObject({
      report_id: id,
      agency_id: 'tancheng-approval',
      year: 2023,
      source_notes: LOCAL_NOTE,
      n_errors: 2,
    });
    expect(rows.cells).toHaveLength(200);
    expect(rows.cells.find((c) => c.cell_id === 't3.granted.natural_person')).toMatchObject({
      value: 5,
      raw_text: '5',
    });
    expect(rows.findings.map((f) => f.at_cell)).toContain('t3.granted.total');
  });

  it('keeps only safe characters in the id', () => {
    expect(localReportId("a b'c;--.html", new Set())).toBe('local-a_b_c_--');
    expect(localReportId('郯城 2023.txt', new Set())).toBe('local-郯城_2023');
  });
});

describe('exports and notes', () => {
  let file: Extract<CheckedFile, { status: 'ok' }>;
  beforeAll(async () => {
    const checked = await checkFile(tanchengEdited(), 'edited.txt', 'k');
    if (checked.status !== 'ok') throw new Error(checked.failure.message);
    file = checked;
  });
  const jump = {
    rule: 'check.yoy_jump',
    severity: 'info' as const,
    cells: ['t3.new_received.total'],
    message: '跳变',
    message_en: 'jump',
  };

  it('exports the JSON contract with the comparison findings added', () => {
    const json = JSON.parse(figuresJson(file.parsed, [jump]));
    expect(json.cells['t2.licensing.decisions']).toBe(42975);
    expect(json.findings.at(-1).rule).toBe('check.yoy_jump');
  });

  it('lists every template cell with its label and raw text', () => {
    const lines = figureLines(file.parsed, 'zh');
    expect(lines).toHaveLength(200);
    expect(lines.find((l) => l.cell_id === 't2.licensing.decisions')).toMatchObject({ table: 2, value: 42975 });
  });

  it('puts errors first in the fix list', () => {
    const items = fixListItems('local-x', file.parsed, null, [jump]);
    expect(items.map((i) => i.severity)).toEqual(['error', 'error', 'info']);
  });

  it('explains each finding on its cell with rule, message, expected and found', () => {
    const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
      translate('zh', key, vars);
    const notes = cellNotes(
      file.parsed.report.findings.map((f) => findingRowOf(f, 2023)),
      t,
      'zh',
    );
    const note = notes.get('t3.granted.total')!;
    expect(note).toContain('错误：表三每一行的“总计”应等于六类申请人之和');
    expect(note).toContain('（应为 5，实为 4）');
    expect(notes.has('t3.granted.natural_person')).toBe(false);
  });
});
