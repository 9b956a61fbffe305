import { describe, expect, it } from 'vitest';
import { type CoverageReport, coverage, coverageCounts, defaultDue, parseDue, parseRoster } from './roster';

describe('defaultDue (条例第四十九条)', () => {
  it('gives governments 3月31日 and their departments 1月31日', () => {
    expect(defaultDue('沭阳县人民政府')).toEqual({ due: '03-31', dueSource: 'government' });
    expect(defaultDue('莆田市林业局')).toEqual({ due: '01-31', dueSource: 'department' });
    expect(defaultDue('上海市人民政府办公厅')).toEqual({ due: '01-31', dueSource: 'department' });
  });
});

describe('parseDue', () => {
  it('reads the usual ways of writing a month and day', () => {
    expect(parseDue('1-31')).toBe('01-31');
    expect(parseDue('3月31日')).toBe('03-31');
    expect(parseDue('2025-02-28')).toBe('02-28');
    expect(parseDue('02-30')).toBeNull();
    expect(parseDue('soon')).toBeNull();
  });
});

describe('parseRoster', () => {
  it('keeps good rows and names each bad one with its line', () => {
    const csv = [
      'name,region,parent,due',
      '莆田市林业局,福建省/莆田市,莆田市人民政府,',
      ',福建省,,',
      '莆田市审计局,,,2月30日',
      '莆田市人民政府,福建省/莆田市,,',
      '莆田市林业局,,,',
      '莆田市体育局,,,1-15,extra',
      '"莆田市水利局",福建省/莆田市,,2月15日',
    ].join('\n');
    const { entries, problems } = parseRoster(csv);
    expect(entries.map((e) => [e.name, e.due, e.dueSource])).toEqual([
      ['莆田市林业局', '01-31', 'department'],
      ['莆田市人民政府', '03-31', 'government'],
      ['莆田市水利局', '02-15', 'csv'],
    ]);
    expect(entries[0]).toMatchObject({ region: '福建省/莆田市', parent: '莆田市人民政府' });
    expect(problems.map((p) => p.line)).toEqual([3, 4, 6, 7]);
    expect(problems[1].zh).toContain('2月30日');
  });
  it('accepts Chinese headers and refuses a file without a name column', () => {
    expect(parseRoster('名称,截止日期\n某局,1月20日\n').entries).toEqual([
      { name: '某局', region: null, parent: null, due: '01-20', dueSource: 'csv' },
    ]);
    expect(parseRoster('a,b\n1,2\n')).toMatchObject({ entries: [], problems: [{ line: 1 }] });
  });
});

describe('coverage', () => {
  const roster = parseRoster('name\n甲局\n乙局\n丙县人民政府\n丁局\n').entries;
  const report = (name: string, published: string | null, n_errors = 0): CoverageReport => ({
    report_id: name,
    names: [name],
    year: 2024,
    published,
    n_errors,
  });
  it('finds published, late, date-unknown and missing reports of the year', () => {
    const reports = [
      report('甲局', '2025-01-20'),
      report('乙局', '2025-02-10', 2),
      report('丙县人民政府', '2025-03-31'),
      { ...report('丁局', '2024-01-20'), year: 2023 },
      report('戊局', '2025-01-01'),
    ];
    const rows = coverage(roster, reports, 2024);
    expect(rows.map((r) => [r.entry.name, r.status, r.daysLate])).toEqual([
      ['甲局', 'onTime', -11],
      ['乙局', 'late', 10],
      ['丙县人民政府', 'onTime', 0],
      ['丁局', 'missing', null],
    ]);
    expect(coverageCounts(rows)).toEqual({ onTime: 2, late: 1, dateUnknown: 0, missing: 1, failedChecks: 1 });
    expect(coverage(roster, [report('甲局', null)], 2024)[0].status).toBe('dateUnknown');
  });
});
