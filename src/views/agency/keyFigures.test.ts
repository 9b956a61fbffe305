import { describe, expect, it } from 'vitest';
import { cellDef } from '../../report/template';
import { KEY_FIGURES, yearOverYear } from './keyFigures';
import type { FigureRow } from './queries';

const row = (year: number, report_id: string, patch: Partial<FigureRow>): FigureRow => ({
  report_id,
  year,
  new_received: null,
  total_handled: null,
  granted: null,
  denied: null,
  carried_forward: null,
  licensing_decisions: null,
  fees_wan_yuan: null,
  review_total: null,
  ...patch,
});

describe('yearOverYear', () => {
  it('gives the change from the previous reported year, rounded to cents', () => {
    const rows = [row(2021, 'a', { fees_wan_yuan: 40.1 }), row(2023, 'b', { fees_wan_yuan: 42.39 })];
    expect(yearOverYear(rows, 'fees_wan_yuan')).toEqual([
      { year: 2021, report_id: 'a', value: 40.1, change: null, changeRate: null },
      { year: 2023, report_id: 'b', value: 42.39, change: 2.29, changeRate: 2.29 / 40.1 },
    ]);
  });

  it('has no change where either year is not stated, and no rate from 0', () => {
    const rows = [
      row(2021, 'a', { new_received: 0 }),
      row(2022, 'b', { new_received: 5 }),
      row(2023, 'c', {}),
      row(2024, 'd', { new_received: 7 }),
    ];
    const yoy = yearOverYear(rows, 'new_received');
    expect(yoy.map((y) => y.change)).toEqual([null, 5, null, null]);
    expect(yoy[1].changeRate).toBeNull();
  });

  it('keeps the first report of a year with two', () => {
    const yoy = yearOverYear([row(2023, 'x', { granted: 1 }), row(2023, 'y', { granted: 9 })], 'granted');
    expect(yoy).toHaveLength(1);
    expect(yoy[0]).toMatchObject({ report_id: 'x', value: 1 });
  });
});

describe('KEY_FIGURES', () => {
  it('point at cells that exist in the template', () => {
    for (const f of KEY_FIGURES) if (f.cell) expect(cellDef(f.cell), f.cell).toBeDefined();
  });
});
