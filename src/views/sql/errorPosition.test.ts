import { describe, expect, it } from 'vitest';
import { parseErrorPosition } from './errorPosition';

// Messages below are verbatim DuckDB output for the SQL next to them.
describe('parseErrorPosition', () => {
  it('reads a caret on the first line', () => {
    const sql = 'select * form reports';
    const msg =
      'Parser Error: syntax error at or near "reports"\n\nLINE 1: select * form reports\n                      ^';
    expect(parseErrorPosition(msg, sql)).toEqual({ offset: 14, line: 1, column: 15 });
  });

  it('reads a caret on a later line', () => {
    const sql = 'select foo\nfrom reports\nwhere yeer = 1';
    const msg =
      'Binder Error: Referenced column "yeer" not found in FROM clause!\nCandidate bindings: "year"\n\nLINE 3: where yeer = 1\n              ^';
    const pos = parseErrorPosition(msg, sql);
    expect(pos).toEqual({ offset: sql.indexOf('yeer'), line: 3, column: 7 });
  });

  it('maps a line cut short with ellipses back into the full text', () => {
    const cols = Array.from({ length: 30 }, (_, i) => `year + ${i} as c${i}`).join(', ');
    const sql = `select ${cols}, yeer from reports, range(0) t0, range(1) t1, range(2) t2, range(3) t3`;
    const msg =
      'Binder Error: Referenced column "yeer" not found in FROM clause!\nCandidate bindings: "year"\n\n' +
      'LINE 1: ... as c26, year + 27 as c27, year + 28 as c28, year + 29 as c29, yeer from reports, range(0) t0, range(1) t1, range(2) t2...\n' +
      '                                                                          ^';
    expect(parseErrorPosition(msg, sql)?.offset).toBe(sql.indexOf('yeer'));
  });

  it('finds the statement in a script where DuckDB numbers lines per statement', () => {
    const sql = 'select 1;  select yeer from reports';
    const msg =
      'Binder Error: Referenced column "yeer" not found in FROM clause!\n\nLINE 1:   select yeer from reports\n                          ^';
    expect(parseErrorPosition(msg, sql)).toEqual({ offset: sql.indexOf('yeer'), line: 1, column: 19 });
    const sql2 = 'select 1 ;select yeer from reports';
    const msg2 =
      'Binder Error: Referenced column "yeer" not found in FROM clause!\n\nLINE 1: select yeer from reports\n                         ^';
    expect(parseErrorPosition(msg2, sql2)?.offset).toBe(sql2.indexOf('yeer'));
  });

  it('reads a parser error in a later statement, where DuckDB prints the whole line', () => {
    const sql = 'select 1;select * form reports';
    const msg =
      'Parser Error: syntax error at or near "reports"\n\nLINE 1: select 1;select * form reports\n                               ^';
    expect(parseErrorPosition(msg, sql)?.offset).toBe(sql.indexOf('reports'));
  });

  it('falls back to the stated line when the snippet is not in the text', () => {
    const sql = 'select 1\nfrom x';
    const msg = 'Parser Error: oops\n\nLINE 2: something else\n           ^';
    expect(parseErrorPosition(msg, sql)).toEqual({ offset: 12, line: 2, column: 4 });
  });

  it('places "at end of input" at the end of the statement', () => {
    expect(parseErrorPosition('Parser Error: syntax error at end of input', 'select (\n  1 +  \n')).toEqual({
      offset: 14,
      line: 2,
      column: 6,
    });
  });

  it('returns null for a message without a position', () => {
    expect(parseErrorPosition('Catalog Error: Table with name nope does not exist!', 'select * from nope')).toBeNull();
  });
});
