/**
 * mapTable2 on hand-made regions: table 2 of layout 2021 as printed (header rows with the corner
 * cell 信息内容, then its rows), one thing changed at a time. Ids and messages as
 * docs/report-format.md and the template name them. Cases that code mutation testing
 * (npm run mutate:code) showed were not pinned down by the parser-level tests.
 */
import { describe, expect, it } from 'vitest';
import type { Segment } from './blocks';
import type { RegionContent } from './segments';
import { mapTable2 } from './table2';

const seg = (labels: string[], values: string[], at: number): Segment => ({ labels, values, at });
const DOCS_HEADER = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];
/** Table 2 of layout 2021, each segment at its own block index. */
const table2 = (docsHeader = DOCS_HEADER, normative = ['88', '55', '698']): Segment[] => [
  seg(docsHeader, [], 0),
  seg(['规章'], ['0', '1', '5'], 1),
  seg(['行政规范性文件'], normative, 2),
  seg(['信息内容', '本年处理决定数量'], [], 3),
  seg(['行政许可'], ['10690'], 4),
  seg(['信息内容', '本年处理决定数量'], [], 5),
  seg(['行政处罚'], ['2113'], 6),
  seg(['行政强制'], ['0'], 7),
  seg(['信息内容', '本年收费金额（单位：万元）'], [], 8),
  seg(['行政事业性收费'], ['9116.36'], 9),
];
const region = (segments: Segment[], strays: RegionContent['strays'] = []): RegionContent => ({
  segments,
  notes: [],
  strays,
});
const EXPECTED: [string, string][] = [
  ['t2.regulations.issued', '0'],
  ['t2.regulations.repealed', '1'],
  ['t2.regulations.in_force', '5'],
  ['t2.normative_docs.issued', '88'],
  ['t2.normative_docs.repealed', '55'],
  ['t2.normative_docs.in_force', '698'],
  ['t2.licensing.decisions', '10690'],
  ['t2.penalty.decisions', '2113'],
  ['t2.enforcement.decisions', '0'],
  ['t2.fees.amount_wan_yuan', '9116.36'],
];
/** The cells mapTable2 placed, as a plain object (easier to read in a failure). */
const placed = (raw: Map<string, string>) => Object.fromEntries(raw);
const expected = (changes: Record<string, string | undefined> = {}) => {
  const out: Record<string, string> = Object.fromEntries(EXPECTED);
  for (const [id, v] of Object.entries(changes)) {
    if (v === undefined) delete out[id];
    else out[id] = v;
  }
  return out;
};
const NORMATIVE_CELLS = ['t2.normative_docs.issued', 't2.normative_docs.repealed', 't2.normative_docs.in_force'];

describe('mapTable2 on hand-made regions', () => {
  it('places every cell of layout 2021 with no finding', () => {
    const { raw, findings } = mapTable2(region(table2()), '2021');
    expect(findings).toEqual([]);
    expect(placed(raw)).toEqual(expected());
  });

  it('no table 2: one finding naming the 10 cells of layout 2021', () => {
    expect(mapTable2(null, '2021')).toEqual({
      raw: new Map(),
      findings: [
        {
          rule: 'table.missing',
          severity: 'error',
          cells: EXPECTED.map(([id]) => id),
          message: '未找到表二（主动公开政府信息情况）',
          message_en: 'Table 2 not found',
        },
      ],
    });
  });

  it('a row printed twice: the first is used, with a warning in both languages', () => {
    const segments = [...table2(), seg(['规章'], ['9', '9', '9'], 10)];
    const { raw, findings } = mapTable2(region(segments), '2021');
    expect(placed(raw)).toEqual(expected());
    expect(findings).toEqual([
      {
        rule: 'table.duplicate_row',
        severity: 'warning',
        cells: ['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.in_force'],
        message: '表二“规章”行出现多次，只采用第一次',
        message_en: 'Table 2 row regulations appears more than once; the first one is used',
      },
    ]);
  });

  it('a row label without values (a heading), and a row layout 2021 has no cell for, are passed over', () => {
    const segments = table2();
    // Under the 3-column header of the documents: 其他对外管理服务事项 has no column in layout 2021.
    segments.splice(3, 0, seg(['其他对外管理服务事项'], ['12'], 2.5));
    segments.splice(5, 0, seg(['行政许可'], [], 3.5));
    const { raw, findings } = mapTable2(region(segments), '2021');
    expect(findings).toEqual([]);
    expect(placed(raw)).toEqual(expected());
  });

  it('a row missing and a row of the wrong length: findings in both languages, nothing shifted', () => {
    const segments = table2().filter((s) => s.labels[0] !== '行政强制');
    segments[1] = seg(['规章'], ['0', '1', '5', '7'], 1);
    const { raw, findings } = mapTable2(region(segments), '2021');
    expect(placed(raw)).toEqual(
      expected({
        't2.regulations.issued': undefined,
        't2.regulations.repealed': undefined,
        't2.regulations.in_force': undefined,
        't2.enforcement.decisions': undefined,
      }),
    );
    expect(findings).toEqual([
      {
        rule: 'row.missing',
        severity: 'error',
        cells: ['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.in_force'],
        message: '表二“规章”行有 4 个数值，应为 3 个，无法对应到列',
        message_en: 'Table 2 row regulations has 4 values where 3 are expected; not mapped',
      },
      {
        rule: 'row.missing',
        severity: 'error',
        cells: ['t2.enforcement.decisions'],
        message: '表二未找到“行政强制”行',
        message_en: 'Table 2: row enforcement not found',
      },
    ]);
  });

  it('columns in another order are placed by the header, with or without the corner cell', () => {
    for (const header of [
      ['信息内容', '本年制发件数', '现行有效件数', '本年废止件数'],
      ['本年制发件数', '现行有效件数', '本年废止件数'],
    ]) {
      const { raw, findings } = mapTable2(region(table2(header, ['88', '698', '55'])), '2021');
      expect(findings).toEqual([]);
      expect(placed(raw)).toEqual(expected({ 't2.regulations.repealed': '5', 't2.regulations.in_force': '1' }));
    }
  });

  it('a misprinted header cell in the place of a template column is that column', () => {
    const { raw, findings } = mapTable2(
      region(table2(['信息内容', '本年制发件数', '本年废止件', '现行有效件数'])),
      '2021',
    );
    expect(findings).toEqual([]);
    expect(placed(raw)).toEqual(expected());
  });

  it('a header of the 2019 template: none of its columns is taken, the row’s 2021 columns are null, said in both languages', () => {
    const header = ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'];
    const { raw, findings } = mapTable2(region(table2(header)), '2021');
    const none = Object.fromEntries(
      [...NORMATIVE_CELLS, 't2.regulations.issued', 't2.regulations.repealed', 't2.regulations.in_force'].map((id) => [
        id,
        undefined,
      ]),
    );
    expect(placed(raw)).toEqual(expected(none));
    expect(findings).toHaveLength(2);
    expect(findings[1]).toEqual({
      rule: 'row.missing',
      severity: 'error',
      cells: NORMATIVE_CELLS,
      message:
        '表二“行政规范性文件”行的表头为（本年新制作数量、本年新公开数量、对外公开总数量）：“本年新制作数量”列的 88、“本年新公开数量”列的 55、“对外公开总数量”列的 698不是 2021 年版模板的列，未采用；本表没有模板的列：本年制发件数、本年废止件数、现行有效件数（为空值，不是填报的空白）',
      message_en:
        'Table 2 row normative_docs is headed (本年新制作数量, 本年新公开数量, 对外公开总数量): "本年新制作数量" 88, "本年新公开数量" 55, "对外公开总数量" 698 is not a column of the 2021 template and is not used; this table has no column issued, repealed, in_force (null, not a blank left by the publisher)',
    });
  });

  it('a header mixing the templates: the 2021 columns are placed, the other is named', () => {
    const header = ['信息内容', '本年制发件数', '本年新公开数量', '现行有效件数'];
    const { raw, findings } = mapTable2(region(table2(header)), '2021');
    expect(placed(raw)).toEqual(
      expected({ 't2.regulations.repealed': undefined, 't2.normative_docs.repealed': undefined }),
    );
    expect(findings[1]).toEqual({
      rule: 'row.missing',
      severity: 'error',
      cells: ['t2.normative_docs.repealed'],
      message:
        '表二“行政规范性文件”行的表头为（本年制发件数、本年新公开数量、现行有效件数）：“本年新公开数量”列的 55不是 2021 年版模板的列，未采用；本表没有模板的列：本年废止件数（为空值，不是填报的空白）',
      message_en:
        'Table 2 row normative_docs is headed (本年制发件数, 本年新公开数量, 现行有效件数): "本年新公开数量" 55 is not a column of the 2021 template and is not used; this table has no column repealed (null, not a blank left by the publisher)',
    });
  });

  it('a header without one of the row’s columns: the others are placed, that cell is null with a finding, not unread in silence', () => {
    const header = ['信息内容', '本年制发件数', '现行有效件数'];
    const { raw, findings } = mapTable2(
      region(table2(header, ['88', '698']).map((s) => (s.labels[0] === '规章' ? seg(['规章'], ['0', '5'], 1) : s))),
      '2021',
    );
    expect(placed(raw)).toEqual(
      expected({ 't2.regulations.repealed': undefined, 't2.normative_docs.repealed': undefined }),
    );
    expect(findings).toEqual([
      {
        rule: 'row.missing',
        severity: 'error',
        cells: ['t2.regulations.repealed'],
        message:
          '表二“规章”行的表头为（本年制发件数、现行有效件数）：本表没有模板的列：本年废止件数（为空值，不是填报的空白）',
        message_en:
          'Table 2 row regulations is headed (本年制发件数, 现行有效件数): this table has no column repealed (null, not a blank left by the publisher)',
      },
      {
        rule: 'row.missing',
        severity: 'error',
        cells: ['t2.normative_docs.repealed'],
        message:
          '表二“行政规范性文件”行的表头为（本年制发件数、现行有效件数）：本表没有模板的列：本年废止件数（为空值，不是填报的空白）',
        message_en:
          'Table 2 row normative_docs is headed (本年制发件数, 现行有效件数): this table has no column repealed (null, not a blank left by the publisher)',
      },
    ]);
  });

  it('a column the template does not know, beside a known one, is dropped without a finding when nothing is left out', () => {
    const segments = table2();
    segments[3] = seg(['信息内容', '2019年项目数量', '本年处理决定数量'], [], 3);
    segments[4] = seg(['行政许可'], ['12', '10690'], 4);
    const { raw, findings } = mapTable2(region(segments), '2021');
    expect(findings).toEqual([]);
    expect(placed(raw)).toEqual(expected());
  });
});

describe('a cell a PDF converter moved out of its 3-column row', () => {
  it('a row one cell short takes the lone number above it as its middle cell, with a finding', () => {
    const segments = table2(DOCS_HEADER, ['88', '698']);
    const { raw, findings } = mapTable2(region(segments, [{ raw: '55', at: 1.5 }]), '2021');
    expect(placed(raw)).toEqual(expected());
    expect(findings).toEqual([
      {
        rule: 'cell.recovered',
        severity: 'info',
        cells: ['t2.normative_docs.repealed'],
        message: '表二“行政规范性文件”行少一格，取其上方游离的数值 55 作为第二列',
        message_en:
          'Table 2 row normative_docs is one cell short; the stray value 55 above it is taken as its middle cell',
      },
    ]);
  });

  it('not a number below the row, not into a full row, and not a one-value row’s own value', () => {
    const short = table2(DOCS_HEADER, ['88', '698']);
    const below = mapTable2(region(short, [{ raw: '55', at: 5 }]), '2021');
    expect(below.findings.map((f) => f.message)).toEqual([
      '表二“行政规范性文件”行有 2 个数值，应为 3 个，无法对应到列',
    ]);
    const full = mapTable2(region(table2(), [{ raw: '55', at: 1.5 }]), '2021');
    expect(full.findings).toEqual([]);
    expect(placed(full.raw)).toEqual(expected());
    // 行政许可 read from a line of its own, printed before a short 规章 row: its value is no stray.
    const own = [seg(['行政许可'], ['10690'], 0), seg(DOCS_HEADER, [], 1), seg(['规章'], ['0', '5'], 2)];
    const mapped = mapTable2(region(own, [{ raw: '10690', at: 0 }]), '2021');
    expect(mapped.raw.get('t2.regulations.repealed')).toBeUndefined();
    expect(mapped.findings[0].message).toBe('表二“规章”行有 2 个数值，应为 3 个，无法对应到列');
  });
});
