import { describe, expect, it } from 'vitest';
import { addToHistory, HISTORY_LIMIT, parseHistory } from './queryHistory';

const t = new Date('2026-01-02T03:04:05Z');

describe('addToHistory', () => {
  it('puts the newest first and moves a repeat to the top', () => {
    let h = addToHistory([], 'select 1', t);
    h = addToHistory(h, 'select 2', t);
    h = addToHistory(h, '  select 1 ', t);
    expect(h.map((e) => e.sql)).toEqual(['select 1', 'select 2']);
    expect(h[0].at).toBe('2026-01-02T03:04:05.000Z');
  });

  it('ignores blank queries and caps the length', () => {
    expect(addToHistory([], '   ', t)).toEqual([]);
    let h = addToHistory([], 'q0', t);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = addToHistory(h, `q${i}`, t);
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0].sql).toBe(`q${HISTORY_LIMIT + 5}`);
  });
});

describe('parseHistory', () => {
  it('drops malformed storage', () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory('{not json')).toEqual([]);
    expect(parseHistory('{"sql":"x"}')).toEqual([]);
    expect(parseHistory('[{"sql":"x","at":"y"},{"sql":1},null]')).toEqual([{ sql: 'x', at: 'y' }]);
  });
});
