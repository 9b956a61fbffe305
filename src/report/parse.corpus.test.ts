/**
 * Every corpus report with hand-verified gold figures parses to exactly those figures:
 * layout, agency (or one of gold's aliases), year, published date, every cell key and value.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse';
import { parseReportFile } from './parse-file';
import { cellsOf } from './template';

const ROOT = join(import.meta.dirname, '..', '..', 'data');
const files = readdirSync(join(ROOT, 'reports'))
  .filter((f) => f !== 'manifest.csv')
  .map((f) => ({ file: f, gold: join(ROOT, 'gold', `${f.replace(/\.[^.]+$/, '')}.json`) }))
  .filter((f) => existsSync(f.gold))
  .sort((a, b) => a.file.localeCompare(b.file));

describe('corpus', () => {
  it('has the reports with gold figures', () => {
    expect(files.length).toBeGreaterThanOrEqual(67);
  });

  // parseReportFile, as the CLI and the pipeline: the corpus holds published PDFs too (021, 022).
  it.each(files)('$file parses to its gold figures', async ({ file, gold: goldPath }) => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const { report, details } = await parseReportFile(new Uint8Array(readFileSync(join(ROOT, 'reports', file))), file);
    expect(report.source).toBe(file);
    expect(report.layout).toBe(gold.layout);
    expect([gold.agency, ...(gold.agency_aliases ?? [])]).toContain(report.agency);
    expect(report.year).toBe(gold.year);
    expect(report.published).toBe(gold.published);
    expect(report.cells).toEqual(gold.cells);
    expect(Object.keys(report.cells)).toHaveLength(cellsOf(report.layout).length);
    // Provenance: every stated cell keeps the text it was read from.
    for (const [id, value] of Object.entries(report.cells))
      if (value !== null) expect(details.rawText[id]).toBeDefined();
  });
});

describe('findings on the corpus', () => {
  const parse = (file: string) => parseReport(new Uint8Array(readFileSync(join(ROOT, 'reports', file))), file).report;

  it('021.pdf: exactly the rule breaks the notes list, then what was read differently from the template', async () => {
    const { report } = await parseReportFile(new Uint8Array(readFileSync(join(ROOT, 'reports', '021.pdf'))), '021.pdf');
    expect(report.findings.map((f) => [f.severity, f.rule, f.cells?.[0]])).toEqual([
      ['error', 't4.group_total', 't4.review.total'],
      ['error', 't4.group_total', 't4.suit_after_review.total'],
      ['info', 'row.absent', 't3.other.no_correction.natural_person'],
      ['info', 'row.label_variant', 't3.denied.law_prohibited.natural_person'],
      ['info', 'row.by_position', undefined],
    ]);
    expect(report.findings.at(-1)?.message).toContain('5.要求行政机关确认或重新出具已获取信息');
  });

  it('reports the real inconsistency of 015 (outcome rows over-count 总计)', () => {
    const at = parse('015.txt')
      .findings.filter((f) => f.rule === 't3.outcome_total')
      .map((f) => f.cells?.[0]);
    expect(at).toContain('t3.total_handled.total');
  });

  it('records the recovered stray 总计 of 003 as a finding, not silently', () => {
    const f = parse('003.md').findings.find((x) => x.rule === 'cell.recovered');
    expect(f?.cells).toEqual(['t3.carried_forward.total']);
  });

  it('marks a pre-2019 report as layout unknown with metadata only', () => {
    const r = parse('009.txt');
    expect(r.cells).toEqual({});
    expect(r.findings.some((f) => f.rule === 'table.missing')).toBe(true);
  });

  it('reads the details of a saved page: encoding, format, title', () => {
    const { details } = parseReport(new Uint8Array(readFileSync(join(ROOT, 'reports', '010.html'))), '010.html');
    expect(details).toMatchObject({
      format: 'html',
      encoding: 'utf-8',
      title: '平潭综合实验区2024年度政府信息公开工作年度报告',
    });
  });

  it("reads 353's fee under its prefixed header 上一年项目本年收费金额", () => {
    expect(parse('353.txt').cells['t2.fees.amount_wan_yuan']).toBe(354.36);
  });

  it("reads 380's Fujian table 2: decisions placed, the 2019年项目数量 counts in no cell but named in a finding", () => {
    const r = parse('380.txt');
    expect(r.cells['t2.licensing.decisions']).toBe(123291);
    expect(r.cells['t2.fees.items_prev_2019']).toBeNull();
    const missing = r.findings.filter((f) => /^(?:table|row)\.missing$/.test(f.rule));
    expect(missing.map((f) => f.cells)).toEqual(
      ['licensing', 'other_services', 'penalty', 'enforcement', 'fees'].map((row) => [
        `t2.${row}.items_prev_2019`,
        `t2.${row}.items_change_2019`,
      ]),
    );
    expect(missing.map((f) => f.message.match(/的 (\d+)/)?.[1])).toEqual(['2876', '5408', '16250', '629', '168']);
    // The columns the source does not print are not the publisher's blanks.
    expect(r.findings.filter((f) => f.rule === 'cell.blank')).toEqual([]);
  });

  it('reports no inconsistency and no blank in the 莆田 department reports (gold/NOTES.md: none)', () => {
    const stems = files.map((f) => f.file).filter((f) => /^[34]\d\d\./.test(f) && f !== '380.txt');
    expect(stems).toHaveLength(19);
    const found = stems.flatMap((f) =>
      parse(f).findings.map(
        (x) => `${f} ${x.rule.replace(/^(?:table|row)\.missing$/, 'missing')} ${x.cells?.join(',')}`,
      ),
    );
    // 351 prints no 规章 row: a missing row, not three blank cells.
    expect(found).toEqual(['351.txt missing t2.regulations.issued,t2.regulations.repealed,t2.regulations.in_force']);
  });

  it('reads the 索引号 of 000', () => {
    const { details } = parseReport(readFileSync(join(ROOT, 'reports', '000.txt'), 'utf8'), '000.txt');
    expect(details.indexNo).toBe('tanchengzwfwbgs/2023-0000332');
  });
});
