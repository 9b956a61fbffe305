import { describe, expect, it } from 'vitest';
import { identitiesOf } from '../src/report/rules';
import { cellsOf, type Layout } from '../src/report/template';
import { loadGoldReports, type MutationResult, mutateReport, summarise } from './mutate-checks';

/**
 * The identities per layout, counted by hand from the report format (../shared/spec/report-format.md,
 * "Consistency rules"), not from rules.ts: "detectable" in the perturbation run is computed with
 * rules.ts's own list, so a rule missing there would go unnoticed but for this count.
 * Table 3 has 25 rows in layout 2021 (一、二、(一)(二), 8 不予公开, 3 无法提供, 5 不予处理,
 * 3 其他处理, (七)总计, 四、) and 23 in layout 2019 (one 其他处理 row); 7 columns (6 applicant
 * types + 总计); table 4 has 3 groups.
 */
const HAND_COUNT = {
  '2021': { 't3.row_sum': 25, 't3.balance': 7, 't3.outcome_total': 7, 't4.group_total': 3 },
  '2019': { 't3.row_sum': 23, 't3.balance': 7, 't3.outcome_total': 7, 't4.group_total': 3 },
} as const;
/** Terms on each side, by hand: a row's total = 6 applicant types; 2 + 2 in the balance; the outcome rows. */
const HAND_TERMS = {
  '2021': { 't3.row_sum': [1, 6], 't3.balance': [2, 2], 't3.outcome_total': [1, 21], 't4.group_total': [1, 4] },
  '2019': { 't3.row_sum': [1, 6], 't3.balance': [2, 2], 't3.outcome_total': [1, 19], 't4.group_total': [1, 4] },
} as const;

describe('the identities the perturbation run (and checkReport) use', () => {
  it.each(['2021', '2019'] as const)(
    'layout %s has the hand-counted identities, with the hand-counted terms',
    (layout) => {
      const identities = identitiesOf(layout);
      const count: Record<string, number> = {};
      for (const i of identities) count[i.rule.id] = (count[i.rule.id] ?? 0) + 1;
      expect(count).toEqual(HAND_COUNT[layout]);
      for (const i of identities) {
        expect([i.lhs.length, i.rhs.length], `${i.rule.id} at ${i.at}`).toEqual(
          HAND_TERMS[layout][i.rule.id as keyof (typeof HAND_TERMS)[typeof layout]],
        );
        // Every cell of an identity is a cell of the layout.
        for (const id of [...i.lhs, ...i.rhs])
          expect(
            cellsOf(layout).some((c) => c.id === id),
            id,
          ).toBe(true);
      }
    },
  );
});

/**
 * A small fixed sample of `npm run perturb`: a clean report of each layout (006, 200), one with
 * blank cells (002) and two with rule breaks in the source (015, 152); every 4th cell of
 * tables 3 and 4 plus the cells named below, all five changes.
 */
const SAMPLE = ['006', '200', '002', '015', '152'];
const NAMED_CELLS = ['t3.granted.natural_person', 't3.denied.state_secret.natural_person', 't4.review.corrected'];

function mutateSample(): MutationResult[] {
  return loadGoldReports(SAMPLE).flatMap((r) => {
    const layout = r.layout as Layout;
    const every4th = cellsOf(layout)
      .filter((c) => c.table !== 2)
      .filter((c, i) => i % 4 === 0 || NAMED_CELLS.includes(c.id))
      .map((c) => c.id);
    return mutateReport(r.stem, layout, r.cells, every4th);
  });
}

describe('data perturbation of gold reports against checkReport (fixed sample)', () => {
  const results = mutateSample();
  const summary = summarise(results);

  it('flags every mutation that breaks an identity that held', () => {
    expect(summary.reports).toBe(SAMPLE.length);
    expect(summary.detectable).toBeGreaterThan(500);
    expect(summary.missed).toEqual([]);
    expect(summary.detected).toBe(summary.detectable);
  });

  it('classifies what no identity can see', () => {
    // 002 自然人 予以公开: its row has a blank 总计 and its column blank outcome rows.
    const granted = results.filter((r) => r.report === '002' && r.cell === 't3.granted.natural_person');
    expect(granted).toHaveLength(5);
    for (const r of granted) {
      expect(r).toMatchObject({ detectable: false, undetectableKind: 'every identity of the cell has a blank cell' });
      // …but the blank-as-0 convention still flags it.
      expect(r.flagged).toBe(true);
    }
    // 152 行政复议 结果纠正 1 with 总计 0: −1 repairs the printed break, so nothing new is flagged.
    expect(
      results.find((r) => r.report === '152' && r.cell === 't4.review.corrected' && r.mutation === '-1'),
    ).toMatchObject({
      detectable: false,
      flagged: false,
      undetectableKind: 'the change repairs an identity broken in the source',
    });
  });

  it('does not count ×2 or =0 of a 0 as a mutation', () => {
    const zeroCell = results.filter((r) => r.report === '006' && r.cell === 't3.denied.state_secret.natural_person');
    expect(zeroCell.map((r) => [r.mutation, r.noop])).toEqual([
      ['+1', false],
      ['-1', false],
      ['+10', false],
      ['×2', true],
      ['=0', true],
    ]);
  });
});
