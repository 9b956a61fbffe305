import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropViewTables, viewNames, viewsAsTables } from './materialize';

const VIEWS_SQL = readFileSync('src/dataset/views.sql', 'utf8');

describe('the views as the page holds them', () => {
  it('names the four views of views.sql (counted by hand: t2_figures, t3_by_applicant, t4_figures, report_figures)', () => {
    expect(viewNames(VIEWS_SQL)).toEqual(['t2_figures', 't3_by_applicant', 't4_figures', 'report_figures']);
  });

  it('makes every view a table and drops each of them', () => {
    const tables = viewsAsTables(VIEWS_SQL);
    expect(tables).not.toContain('CREATE OR REPLACE VIEW');
    expect(tables.match(/CREATE OR REPLACE TABLE/g)).toHaveLength(4);
    expect(dropViewTables(VIEWS_SQL).split('\n')).toEqual([
      'DROP TABLE IF EXISTS t2_figures;',
      'DROP TABLE IF EXISTS t3_by_applicant;',
      'DROP TABLE IF EXISTS t4_figures;',
      'DROP TABLE IF EXISTS report_figures;',
    ]);
  });
});
