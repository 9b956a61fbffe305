import { describe, expect, it } from 'vitest';
import { carryOverChecks } from './carryOver';
import type { CarryOverRow } from './queries';

const row = (year: number, over: number | null, forward: number | null, differing = 0): CarryOverRow => ({
  report_id: `r${year}`,
  year,
  carried_over: over,
  carried_forward: forward,
  differing,
});

describe('carryOverChecks', () => {
  it('compares each year with the previous calendar year only, and takes the verdict from the findings', () => {
    const checks = carryOverChecks([
      row(2021, 0, 2),
      row(2022, 2, 1),
      row(2023, 3, 0, 2), // two columns differ from 2022's carried forward (1)
      row(2024, null, 0),
      row(2026, 0, 0), // no 2025 report
    ]);
    expect(checks.map((c) => [c.year, c.status, c.previous?.carried_forward ?? null, c.differing])).toEqual([
      [2021, 'noPrevious', null, 0],
      [2022, 'agrees', 2, 0],
      [2023, 'differs', 1, 2],
      [2024, 'notStated', 0, 0],
      [2026, 'noPrevious', null, 0],
    ]);
  });

  it('takes the first report of a year that has two, and orders by year', () => {
    const second = { ...row(2022, 9, 9, 1), report_id: 'r2022b' };
    const checks = carryOverChecks([row(2022, 5, 0), second, row(2021, 0, 5)]);
    expect(checks.map((c) => [c.report_id, c.status])).toEqual([
      ['r2021', 'noPrevious'],
      ['r2022', 'agrees'],
    ]);
  });

  it('says not stated when the previous report leaves its carried forward blank', () => {
    expect(carryOverChecks([row(2020, 0, null), row(2021, 0, 0)])[1].status).toBe('notStated');
  });
});
