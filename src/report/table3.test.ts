/**
 * mapTable3 on table-3 regions written by hand: the template's 25 rows of layout 2021 (labels as
 * printed, ids and messages as docs/report-format.md and the template name them), then one thing
 * changed at a time. Cases that code mutation testing (npm run mutate:code) showed were not pinned
 * down by the parser-level tests.
 */
import { describe, expect, it } from 'vitest';
import type { Segment } from './blocks';
import type { RegionContent } from './segments';
import { mapTable3 } from './table3';

const IDS = [
  'new_received',
  'carried_over',
  'granted',
  'partial',
  'denied.state_secret',
  'denied.law_prohibited',
  'denied.three_safeties',
  'denied.third_party',
  'denied.internal_affairs',
  'denied.process_info',
  'denied.enforcement_file',
  'denied.admin_query',
  'unavailable.not_held',
  'unavailable.needs_creation',
  'unavailable.unclear',
  'rejected.petition',
  'rejected.duplicate',
  'rejected.publication',
  'rejected.mass_repeated',
  'rejected.reconfirm',
  'other.no_correction',
  'other.no_fee',
  'other.other',
  'total_handled',
  'carried_forward',
];
const LABELS = [
  ['一、本年新收政府信息公开申请数量'],
  ['二、上年结转政府信息公开申请数量'],
  ['三、本年度办理结果', '（一）予以公开'],
  ['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密'],
  ['三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开'],
  ['三、本年度办理结果', '（三）不予公开', '3.危及“三安全一稳定”'],
  ['三、本年度办理结果', '（三）不予公开', '4.保护第三方合法权益'],
  ['三、本年度办理结果', '（三）不予公开', '5.属于三类内部事务信息'],
  ['三、本年度办理结果', '（三）不予公开', '6.属于四类过程性信息'],
  ['三、本年度办理结果', '（三）不予公开', '7.属于行政执法案卷'],
  ['三、本年度办理结果', '（三）不予公开', '8.属于行政查询事项'],
  ['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息'],
  ['三、本年度办理结果', '（四）无法提供', '2.没有现成信息需要另行制作'],
  ['三、本年度办理结果', '（四）无法提供', '3.补正后申请内容仍不明确'],
  ['三、本年度办理结果', '（五）不予处理', '1.信访举报投诉类申请'],
  ['三、本年度办理结果', '（五）不予处理', '2.重复申请'],
  ['三、本年度办理结果', '（五）不予处理', '3.要求提供公开出版物'],
  ['三、本年度办理结果', '（五）不予处理', '4.无正当理由大量反复申请'],
  ['三、本年度办理结果', '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'],
  ['三、本年度办理结果', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['三、本年度办理结果', '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['三、本年度办理结果', '（六）其他处理', '3.其他'],
  ['三、本年度办理结果', '（七）总计'],
  ['四、结转下年度继续办理'],
];
const COLUMNS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'];
const HEADER: Segment[] = [
  { labels: ['申请人情况'], values: [], at: 0 },
  { labels: ['自然人', '法人或其他组织', '总计'], values: [], at: 1 },
  { labels: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], values: [], at: 2 },
];
/** Row i's values: its number (i + 1) for natural persons and in total, 0 for the others. */
const valuesOf = (i: number) => [`${i + 1}`, '0', '0', '0', '0', '0', `${i + 1}`];
const rowSeg = (labels: string[], values: string[]): Segment => ({ labels, values, at: 0 });
const fullRows = () => LABELS.map((labels, i) => rowSeg(labels, valuesOf(i)));
const region = (rows: Segment[], strays: RegionContent['strays'] = []): RegionContent => ({
  segments: [...HEADER, ...rows],
  notes: [],
  strays,
});
const cellsOf = (row: string) => COLUMNS.map((c) => `t3.${row}.${c}`);
/** An extra value row where no template row is missing: the finding mapTable3 gives it. */
const ONE_UNPLACED_ROW = {
  rule: 'row.missing',
  severity: 'error',
  cells: [],
  message: '表三有 1 行数值无法对应到模板行（此处应有 0 行）',
  message_en: 'Table 3: 1 value rows cannot be matched to template rows (0 expected here)',
};
/** The 2019 template's single （六）其他处理 row, as a 2021 table may print it. */
const SINGLE_OTHER_ROW = rowSeg(['三、本年度办理结果', '（六）其他处理'], ['4', '1', '0', '0', '0', '0', '5']);
/** The raw text mapTable3 placed for a row, in column order. */
const rowOf = (raw: Map<string, string>, row: string) => cellsOf(row).map((id) => raw.get(id));

describe('mapTable3 on hand-made regions', () => {
  it('places the 25 rows of layout 2021 with no finding', () => {
    const { raw, findings } = mapTable3(region(fullRows()), '2021');
    expect(findings).toEqual([]);
    expect(raw.size).toBe(175);
    expect(rowOf(raw, 'denied.third_party')).toEqual(['8', '0', '0', '0', '0', '0', '8']);
    expect(rowOf(raw, 'carried_forward')).toEqual(['25', '0', '0', '0', '0', '0', '25']);
  });

  it('no table 3 at all: one finding naming its 175 cells', () => {
    const { raw, findings } = mapTable3(null, '2021');
    expect(raw.size).toBe(0);
    expect(findings).toEqual([
      {
        rule: 'table.missing',
        severity: 'error',
        cells: IDS.flatMap(cellsOf),
        message: '未找到表三（收到和处理政府信息公开申请情况）',
        message_en: 'Table 3 not found',
      },
    ]);
  });

  it('no row label readable and one row short: the table is not placed by guess', () => {
    const rows = fullRows()
      .slice(1)
      .map((s) => rowSeg(['数据'], s.values));
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(raw.size).toBe(0);
    expect(findings).toEqual([
      {
        rule: 'table.missing',
        severity: 'error',
        cells: IDS.flatMap(cellsOf),
        message: '表三未能读取：找到了表题，但没有一行能按标签对应到模板（24 行数值）',
        message_en:
          "Table 3 could not be read: its heading is there, but no row's label matches the template (24 value rows)",
      },
    ]);
  });

  it('two rows whose labels are lost before the first named row are placed by order, with a finding', () => {
    const rows = fullRows();
    rows[0] = rowSeg([], rows[0].values);
    rows[1] = rowSeg(['？？'], ['2', '0', '', '0', '0', '0', '2']); // a blank among its values still counts
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(rowOf(raw, 'new_received')).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(rowOf(raw, 'carried_over')).toEqual(['2', '0', '', '0', '0', '0', '2']);
    expect(findings).toEqual([
      {
        rule: 'row.by_order',
        severity: 'info',
        cells: [...cellsOf('new_received'), ...cellsOf('carried_over')],
        message:
          '表三 2 行的标签无法识别，按其在已识别行之间的次序读作：“本年新收政府信息公开申请数量”、“上年结转政府信息公开申请数量”',
        message_en:
          'Table 3: 2 rows with unrecognised labels were placed by their order between recognised rows as: new_received, carried_over',
      },
    ]);
  });

  it('two unlabelled rows where three are missing: those three rows are a finding, nothing is shifted', () => {
    // 4.保护第三方合法权益, 5.… and 6.… lose their labels; the 5th row is missing altogether.
    const rows = fullRows();
    rows[7] = rowSeg(['数据'], rows[7].values);
    rows[9] = rowSeg(['数据'], rows[9].values);
    rows.splice(8, 1);
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(raw.size).toBe(175 - 21);
    expect(rowOf(raw, 'denied.enforcement_file')).toEqual(['11', '0', '0', '0', '0', '0', '11']);
    expect(findings).toEqual([
      {
        rule: 'row.missing',
        severity: 'error',
        cells: [
          ...cellsOf('denied.third_party'),
          ...cellsOf('denied.internal_affairs'),
          ...cellsOf('denied.process_info'),
        ],
        message: '表三有 2 行数值无法对应到模板行（此处应有 3 行）',
        message_en: 'Table 3: 2 value rows cannot be matched to template rows (3 expected here)',
      },
      ...['denied.third_party', 'denied.internal_affairs', 'denied.process_info'].map((id, k) => ({
        rule: 'row.missing',
        severity: 'error',
        cells: cellsOf(id),
        message: `表三未找到“${['保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息'][k]}”行`,
        message_en: `Table 3: row ${id} not found`,
      })),
    ]);
  });

  it('an unlabelled row before the first named row, where none is missing, is reported and the first row kept', () => {
    const { raw, findings } = mapTable3(region([rowSeg(['数据'], valuesOf(99)), ...fullRows()]), '2021');
    expect(rowOf(raw, 'new_received')).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(findings).toEqual([ONE_UNPLACED_ROW]);
  });

  it('a row repeated later is a warning; the first one is used', () => {
    const rows = [...fullRows(), rowSeg(['三、本年度办理结果', '（一）予以公开'], valuesOf(50))];
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(rowOf(raw, 'granted')).toEqual(['3', '0', '0', '0', '0', '0', '3']);
    expect(findings).toEqual([
      {
        rule: 'table.duplicate_row',
        severity: 'warning',
        cells: cellsOf('granted'),
        message: '表三“予以公开”行重复出现或次序颠倒，只采用第一次',
        message_en: 'Table 3 row granted repeats or is out of order; the first one is used',
      },
    ]);
  });

  it('a misspelt label names its row, with a finding in both languages', () => {
    const rows = fullRows();
    rows[5] = rowSeg(['三、本年度办理结果', '（三）不予公开', '2.其他法律行政止公开'], rows[5].values);
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(rowOf(raw, 'denied.law_prohibited')).toEqual(['6', '0', '0', '0', '0', '0', '6']);
    expect(findings).toEqual([
      {
        rule: 'row.label_variant',
        severity: 'info',
        cells: cellsOf('denied.law_prohibited'),
        message: '表三行标签“2.其他法律行政止公开”与模板“其他法律行政法规禁止公开”不同（疑为错别字），按该行读取',
        message_en:
          "Table 3: the row label “2.其他法律行政止公开” differs from the template's “其他法律行政法规禁止公开” (a typo?) and was read as row denied.law_prohibited",
      },
    ]);
  });

  it('a misspelt label naming the row just read, or an earlier one, is no anchor: an unplaced row, not a repeat', () => {
    for (const at of [5, 24]) {
      const rows = fullRows();
      rows.splice(at, 0, rowSeg(['属于国家秘x'], valuesOf(70)));
      const { raw, findings } = mapTable3(region(rows), '2021');
      expect(rowOf(raw, 'denied.state_secret')).toEqual(['5', '0', '0', '0', '0', '0', '5']);
      expect(findings).toEqual([ONE_UNPLACED_ROW]);
    }
  });

  it('the 2019 single （六）其他处理 row in a 2021 table is other.other; its sub-rows are absent, said in both languages', () => {
    const rows = fullRows();
    rows.splice(20, 3, SINGLE_OTHER_ROW);
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(rowOf(raw, 'other.other')).toEqual(['4', '1', '0', '0', '0', '0', '5']);
    expect(rowOf(raw, 'other.no_fee')).toEqual(Array(7).fill(undefined));
    expect(findings).toEqual([
      {
        rule: 'row.absent',
        severity: 'info',
        cells: [...cellsOf('other.no_correction'), ...cellsOf('other.no_fee')],
        message:
          '表三只有一行“其他处理”（2019 年版格式），其数值记为“其他”；本表没有“申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”、“申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”行，其单元格为空值',
        message_en:
          "Table 3 has a single “Otherwise handled” row (the 2019 form), read as row other.other; this report's table has no rows other.no_correction, other.no_fee, their cells are null",
      },
    ]);
  });

  it('the 2019 row beside a header ending in 其他 and an empty cell, with another row missing: only the sub-rows are absent', () => {
    const rows = fullRows();
    rows.splice(20, 3, SINGLE_OTHER_ROW);
    rows.splice(16, 1); // 2.重复申请
    const header = [HEADER[0], HEADER[1], rowSeg(HEADER[2].labels, [''])];
    const { raw, findings } = mapTable3({ segments: [...header, ...rows], notes: [], strays: [] }, '2021');
    expect(rowOf(raw, 'other.other')).toEqual(['4', '1', '0', '0', '0', '0', '5']);
    expect(findings.map((f) => [f.rule, f.cells?.[0], f.cells?.length])).toEqual([
      ['row.missing', 't3.rejected.duplicate.natural_person', 7],
      ['row.absent', 't3.other.no_correction.natural_person', 14],
    ]);
  });

  it('all 25 labels lost: the rows are placed by order, with a finding', () => {
    const rows = fullRows().map((s) => rowSeg(['数据'], s.values));
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(raw.size).toBe(175);
    expect(rowOf(raw, 'rejected.duplicate')).toEqual(['17', '0', '0', '0', '0', '0', '17']);
    expect(findings.map((f) => [f.rule, f.severity, f.cells?.length])).toEqual([['row.by_order', 'info', 175]]);
  });

  it('a （六）其他处理 row above its own three named rows is not the 2019 row: it is an extra row', () => {
    const rows = fullRows();
    rows.splice(20, 0, SINGLE_OTHER_ROW);
    const { raw, findings } = mapTable3(region(rows), '2021');
    expect(rowOf(raw, 'other.other')).toEqual(['23', '0', '0', '0', '0', '0', '23']);
    expect(findings).toEqual([ONE_UNPLACED_ROW]);
  });
});

describe('a subtotal column inside 法人或其他组织', () => {
  /**
   * Rows printed with a subtotal cell of the five organisations, after 其他 (at 6) or first in the group
   * (at 1); the 部分公开 row has organisations of its own: 1 + 2 + 3 = 6.
   */
  const withSubtotal = (at: 1 | 6) =>
    fullRows().map((s, i) => {
      const values = i === 3 ? ['4', '1', '2', '0', '0', '3', '10'] : s.values;
      const subtotal = i === 3 ? '6' : '0';
      return rowSeg(
        s.labels,
        at === 6 ? [...values.slice(0, 6), subtotal, values[6]] : [values[0], subtotal, ...values.slice(1)],
      );
    });
  const organisations = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

  it('after 其他 (小计), or first in the group: dropped by the header’s position, no value shifted', () => {
    for (const [header, at] of [
      [[...organisations, '小计'], 6],
      [['小计', ...organisations], 1],
    ] as const) {
      const { raw, findings } = mapTable3(
        { segments: [HEADER[0], HEADER[1], rowSeg([...header], []), ...withSubtotal(at)], notes: [], strays: [] },
        '2021',
      );
      expect(findings).toEqual([]);
      expect(rowOf(raw, 'partial')).toEqual(['4', '1', '2', '0', '0', '3', '10']);
    }
  });

  it('合计 beside a 总计 is the subtotal; the header may sit in one row with 自然人 and a trailing empty cell', () => {
    const header = rowSeg(['自然人', ...organisations, '合计', '总计'], ['']);
    const { raw, findings } = mapTable3({ segments: [header, ...withSubtotal(6)], notes: [], strays: [] }, '2021');
    expect(findings).toEqual([]);
    expect(rowOf(raw, 'partial')).toEqual(['4', '1', '2', '0', '0', '3', '10']);
  });

  it('a row whose 总计 is blank keeps its columns; a row printed without the subtotal cell is read as it is', () => {
    const rows = withSubtotal(6);
    rows[3] = rowSeg(rows[3].labels, ['4', '1', '2', '0', '0', '3', '6', '']);
    rows[24] = rowSeg(rows[24].labels, valuesOf(24));
    const { raw, findings } = mapTable3(
      { segments: [HEADER[0], HEADER[1], rowSeg([...organisations, '小计'], []), ...rows], notes: [], strays: [] },
      '2021',
    );
    expect(findings).toEqual([]);
    expect(rowOf(raw, 'partial')).toEqual(['4', '1', '2', '0', '0', '3', '']);
    expect(rowOf(raw, 'carried_forward')).toEqual(['25', '0', '0', '0', '0', '0', '25']);
  });
});

describe('a 总计 pulled out of its row (a lone number in the table)', () => {
  const lacking = (rows: Segment[], i: number) => {
    rows[i] = rowSeg(rows[i].labels, ['3', '1', '0', '0', '0', '2', '']);
    return rows;
  };

  it('is that row’s total when it equals the row’s sum, with a finding', () => {
    const { raw, findings } = mapTable3(region(lacking(fullRows(), 7), [{ raw: '6', at: 40 }]), '2021');
    expect(raw.get('t3.denied.third_party.total')).toBe('6');
    expect(findings).toEqual([
      {
        rule: 'cell.recovered',
        severity: 'info',
        cells: ['t3.denied.third_party.total'],
        message: '表三该行“总计”为空，表中游离的数值 6 等于该行之和，归为该格',
        message_en:
          "Table 3: this row's total is empty; the stray value 6 elsewhere in the table equals the row sum and is taken as that cell",
      },
    ]);
  });

  it('even with a template row missing elsewhere', () => {
    const rows = lacking(fullRows(), 7);
    rows.splice(2, 1);
    const { raw } = mapTable3(region(rows, [{ raw: '6', at: 40 }]), '2021');
    expect(raw.get('t3.denied.third_party.total')).toBe('6');
  });

  it('is left alone when it is not the sum, when there are two lone numbers, or when the row is not clear', () => {
    const total = (rows: Segment[], strays: RegionContent['strays']) =>
      mapTable3(region(rows, strays), '2021').raw.get('t3.denied.third_party.total');
    expect(total(lacking(fullRows(), 7), [{ raw: '7', at: 40 }])).toBe('');
    expect(
      total(lacking(fullRows(), 7), [
        { raw: '6', at: 40 },
        { raw: '6', at: 41 },
      ]),
    ).toBe('');
    // Two rows lack their total.
    expect(total(lacking(lacking(fullRows(), 7), 9), [{ raw: '6', at: 40 }])).toBe('');
    // A blank or unreadable part: the sum is not known.
    for (const part of ['', '约2']) {
      const rows = fullRows();
      rows[7] = rowSeg(rows[7].labels, ['3', '1', part, '0', '0', '2', '']);
      expect(total(rows, [{ raw: '6', at: 40 }])).toBe('');
    }
  });
});
