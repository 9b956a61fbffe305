import { describe, expect, it } from 'vitest';
import { VIEWS_SQL } from '../measures/viewsSql';
import { dropViewTables, viewNames, viewsAsTables } from './materialize';

describe('the views as the page holds them', () => {
  it('names the six views (counted by hand: agency_ancestors, t2_figures, t3_by_applicant, t4_figures, report_figures, jurisdiction_check)', () => {
    expect(viewNames(VIEWS_SQL)).toEqual([
      'agency_ancestors',
      't2_figures',
      't3_by_applicant',
      't4_figures',
      'report_figures',
      'jurisdiction_check',
    ]);
  });

  it('makes every view a table and drops each of them', () => {
    const tables = viewsAsTables(VIEWS_SQL);
    expect(tables).not.toContain('CREATE OR REPLACE VIEW');
    expect(tables.match(/CREATE OR REPLACE TABLE/g)).toHaveLength(6);
    expect(dropViewTables(VIEWS_SQL).split('\n')).toEqual([
      'DROP TABLE IF EXISTS agency_ancestors;',
      'DROP TABLE IF EXISTS t2_figures;',
      'DROP TABLE IF EXISTS t3_by_applicant;',
      'DROP TABLE IF EXISTS t4_figures;',
      'DROP TABLE IF EXISTS report_figures;',
      'DROP TABLE IF EXISTS jurisdiction_check;',
    ]);
  });
});
