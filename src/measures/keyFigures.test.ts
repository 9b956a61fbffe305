import { describe, expect, it } from 'vitest';
import { cellDef } from '../report/template';
import type { FigureRow } from './keyFigures';
import { KEY_FIGURES, KEY_MEASURES, yearOverYear } from './keyFigures';

const row = (
  year: number,
  report_id: string,
  patch: Partial<FigureRow>,
  layout: '2021' | '2019' = '2021',
): FigureRow => ({
  report_id,
  year,
  layout,
  scope: 'own',
  covered_by: null,
  department_reports: 0,
  ...(Object.fromEntries(KEY_MEASURES.map((id) => [id, null])) as Record<(typeof KEY_MEASURES)[number], null>),
  ...patch,
});

describe('yearOverYear', () => {
  it('gives the change from the previous reported year, rounded to cents, and names that year', () => {
    const rows = [row(2021, 'a', { fees: 40.1 }), row(2023, 'b', { fees: 42.39 })];
    expect(yearOverYear(rows, 'fees')).toEqual([
      { year: 2021, report_id: 'a', value: 40.1, notInTemplate: null, since: null, change: null, changeRate: null },
      {
        year: 2023,
        report_id: 'b',
        value: 42.39,
        notInTemplate: null,
        since: 2021,
        change: 2.29,
        changeRate: 2.29 / 40.1,
      },
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
    expect(yoy.map((y) => y.since)).toEqual([null, 2021, 2022, 2023]);
    expect(yoy[1].changeRate).toBeNull();
  });

  it('says a 2019-template report has no fee amount instead of calling it blank', () => {
    const yoy = yearOverYear([row(2020, 'x', {}, '2019'), row(2021, 'y', {})], 'fees');
    expect(yoy.map((y) => y.notInTemplate)).toEqual(['2019', null]);
  });

  it('keeps the first report of a year with two', () => {
    const yoy = yearOverYear([row(2023, 'x', { licensing: 1 }), row(2023, 'y', { licensing: 9 })], 'licensing');
    expect(yoy).toHaveLength(1);
    expect(yoy[0]).toMatchObject({ report_id: 'x', value: 1 });
  });
});

describe('KEY_FIGURES', () => {
  it('point at cells that exist in the template', () => {
    for (const f of KEY_FIGURES) if (f.cell) expect(cellDef(f.cell), f.cell).toBeDefined();
  });
});
