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

  it('makes every view but jurisdiction_check a table and drops each of them', () => {
    const tables = viewsAsTables(VIEWS_SQL);
    expect(tables.match(/CREATE OR REPLACE TABLE \w+/g)).toEqual([
      'CREATE OR REPLACE TABLE agency_ancestors',
      'CREATE OR REPLACE TABLE t2_figures',
      'CREATE OR REPLACE TABLE t3_by_applicant',
      'CREATE OR REPLACE TABLE t4_figures',
      'CREATE OR REPLACE TABLE report_figures',
    ]);
    expect(tables.match(/CREATE OR REPLACE VIEW \w+/g)).toEqual(['CREATE OR REPLACE VIEW jurisdiction_check']);
    expect(dropViewTables(VIEWS_SQL).split('\n')).toEqual([
      'DROP TABLE IF EXISTS agency_ancestors;',
      'DROP TABLE IF EXISTS t2_figures;',
      'DROP TABLE IF EXISTS t3_by_applicant;',
      'DROP TABLE IF EXISTS t4_figures;',
      'DROP TABLE IF EXISTS report_figures;',
      'DROP VIEW IF EXISTS jurisdiction_check;',
    ]);
  });
});
