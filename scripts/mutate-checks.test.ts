import { describe, expect, it } from 'vitest';
import { cellsOf, type Layout } from '../src/report/template';
import { loadGoldReports, type MutationResult, mutateReport, summarise } from './mutate-checks';

/**
 * A small fixed sample of `npm run mutate`: a clean report of each layout (006, 200), one with
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

describe('mutation testing of checkReport (fixed sample)', () => {
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
