import { describe, expect, it } from 'vitest';
import { splitStatements } from './statements';

describe('splitStatements', () => {
  it('splits at top-level semicolons and keeps offsets', () => {
    const script = 'select 1;\n  select 2 ;';
    expect(splitStatements(script)).toEqual([
      { text: 'select 1', from: 0 },
      { text: '\n  select 2 ', from: 9 },
    ]);
  });

  it('ignores semicolons in strings, identifiers, dollar quotes and comments', () => {
    const script = `select 'a;''b' as "x;y"; -- c;d\nselect $$e;f$$ /* g;h */; select $t$i;$t$`;
    expect(splitStatements(script).map((s) => s.text.trim())).toEqual([
      `select 'a;''b' as "x;y"`,
      '-- c;d\nselect $$e;f$$ /* g;h */',
      'select $t$i;$t$',
    ]);
  });

  it('drops empty statements and comment-only tails', () => {
    expect(splitStatements(';; select 1; -- done\n')).toEqual([{ text: ' select 1', from: 2 }]);
    expect(splitStatements('  ')).toEqual([]);
  });

  it('keeps an unterminated string to the end rather than splitting inside it', () => {
    expect(splitStatements("select 'a; b")).toEqual([{ text: "select 'a; b", from: 0 }]);
  });
});
