/**
 * mapTable4 on hand-made regions: table 4's 15 values as one row, as three 5-value rows (named by
 * label, by heading, or by nothing) and spread over lines. Ids and messages as docs/report-format.md
 * and the template name them. Cases that code mutation testing (npm run mutate:code) showed were not
 * pinned down by the parser-level tests.
 */
import { describe, expect, it } from 'vitest';
import type { Segment } from './blocks';
import type { RegionContent } from './segments';
import { mapTable4 } from './table4';

const FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const GROUPS = ['review', 'suit_direct', 'suit_after_review'];
const IDS = GROUPS.flatMap((g) => FIELDS.map((f) => `t4.${g}.${f}`));
/** Each group's five values, different in every group so a misplaced row shows. */
const VALUES: Record<string, string[]> = {
  review: ['1', '2', '3', '4', '10'],
  suit_direct: ['0', '1', '0', '0', '1'],
  suit_after_review: ['0', '0', '1', '1', '2'],
};
const seg = (labels: string[], values: string[], at: number): Segment => ({ labels, values, at });
const region = (segments: Segment[], notes: RegionContent['notes'] = []): RegionContent => ({
  segments,
  notes,
  strays: [],
});
/** The raw text placed for a group, in field order. */
const groupOf = (raw: Map<string, string>, group: string) => FIELDS.map((f) => raw.get(`t4.${group}.${f}`));
const expectPlaced = (raw: Map<string, string>, order = GROUPS) => {
  for (const [k, g] of order.entries()) expect(groupOf(raw, g)).toEqual(VALUES[GROUPS[k]]);
};
const BY_ORDER = {
  rule: 'row.by_order',
  severity: 'info',
  cells: IDS,
  message: '表四的三组数值未都标明所属，按次序读作“行政复议”、“行政诉讼（未经复议直接起诉）”、“行政诉讼（复议后起诉）”',
  message_en:
    'Table 4: its three value rows do not all name their group; read in order as review, suit_direct, suit_after_review',
};
const ALL_VALUES = GROUPS.flatMap((g) => VALUES[g]);

describe('mapTable4 on hand-made regions', () => {
  it('no table 4: one finding naming its 15 cells', () => {
    expect(mapTable4(null)).toEqual({
      raw: new Map(),
      findings: [
        {
          rule: 'table.missing',
          severity: 'error',
          cells: IDS,
          message: '未找到表四（行政复议、行政诉讼情况）',
          message_en: 'Table 4 not found',
        },
      ],
    });
  });

  it('one row of 15 values (a trailing empty cell dropped), under header rows', () => {
    const header = seg(['行政复议', '行政诉讼'], [], 0);
    const { raw, findings } = mapTable4(region([header, seg([], [...ALL_VALUES, ''], 1)]));
    expect(findings).toEqual([]);
    expectPlaced(raw);
  });

  it('a row of 15 blank cells is the publisher’s blanks, not a missing table', () => {
    const { raw, findings } = mapTable4(region([seg([], Array(15).fill(''), 1)]));
    expect(findings).toEqual([]);
    expect(IDS.map((id) => raw.get(id))).toEqual(Array(15).fill(''));
  });

  it('the 15-value row twice: the first is used, with a warning in both languages', () => {
    const copy = ALL_VALUES.map(() => '9');
    const { raw, findings } = mapTable4(region([seg([], ALL_VALUES, 1), seg([], copy, 2)]));
    expectPlaced(raw);
    expect(findings).toEqual([
      {
        rule: 'table.duplicate_row',
        severity: 'warning',
        cells: IDS,
        message: '表四的数值行出现 2 次，只采用第一次',
        message_en: "Table 4's value row appears 2 times; the first one is used",
      },
    ]);
  });

  it('three 5-value rows named by their own labels, in any order', () => {
    const { raw, findings } = mapTable4(
      region([
        seg(['行政诉讼（复议后起诉）'], VALUES.suit_after_review, 1),
        seg(['行政复议'], VALUES.review, 2),
        seg(['行政诉讼', '未经复议直接起诉'], VALUES.suit_direct, 3),
        // A blank row between them is no group.
        seg(['说明'], ['', '', '', '', ''], 4),
        // Nor is a row of two numbers.
        seg(['共计'], ['1', '2'], 5),
      ]),
    );
    expect(findings).toEqual([]);
    for (const g of GROUPS) expect(groupOf(raw, g)).toEqual(VALUES[g]);
  });

  it('three 5-value rows named by the nearest group heading since the previous row', () => {
    const { raw, findings } = mapTable4(
      region(
        [seg([], VALUES.suit_after_review, 2), seg([], VALUES.suit_direct, 5), seg([], [...VALUES.review, ''], 7)],
        [
          { text: '（三）复议后起诉', at: 0 },
          { text: '单位：件', at: 1 },
          { text: '（一）未经复议直接起诉', at: 3 },
          { text: '行政复议', at: 6 },
        ],
      ),
    );
    expect(findings).toEqual([]);
    for (const g of GROUPS) expect(groupOf(raw, g)).toEqual(VALUES[g]);
  });

  it('three 5-value rows not all named, or two named alike: read in template order, with a finding', () => {
    const rows = (labels: string[][]) => GROUPS.map((g, k) => seg(labels[k], VALUES[g], k + 1));
    for (const labels of [
      [[], [], []],
      [['行政复议'], [], ['复议后起诉']],
      [['行政复议'], ['行政复议'], ['复议后起诉']],
    ]) {
      const { raw, findings } = mapTable4(region(rows(labels)));
      expectPlaced(raw);
      expect(findings).toEqual([BY_ORDER]);
    }
  });

  it('a 5-value row with a blank among its values is still a group', () => {
    const withBlank = ['0', '', '0', '0', '0'];
    const { raw, findings } = mapTable4(
      region([
        seg(['行政复议'], VALUES.review, 1),
        seg(['未经复议直接起诉'], withBlank, 2),
        seg(['复议后起诉'], VALUES.suit_after_review, 3),
      ]),
    );
    expect(findings).toEqual([]);
    expect(groupOf(raw, 'suit_direct')).toEqual(withBlank);
  });

  it('15 values spread over lines of other lengths are read in order; any other count is a finding', () => {
    const spread = [seg([], ALL_VALUES.slice(0, 8), 1), seg([], ALL_VALUES.slice(8), 2)];
    const { raw, findings } = mapTable4(region(spread));
    expect(findings).toEqual([]);
    expectPlaced(raw);
    expect(mapTable4(region([seg([], ALL_VALUES.slice(0, 8), 1), seg([], ALL_VALUES.slice(8, 14), 2)]))).toEqual({
      raw: new Map(),
      findings: [
        {
          rule: 'table.missing',
          severity: 'error',
          cells: IDS,
          message: '表四应有 15 个数值，找到 14 个，无法对应',
          message_en: 'Table 4 should have 15 values; found 14, which cannot be mapped',
        },
      ],
    });
  });
});
