/**
 * The parse pool: results equal the in-thread parser's; a parse over the time limit fails alone
 * with a clear reason and the pool goes on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../report/parse-file';
import { createParsePool } from './parsePool';

const files = ['000.txt', '002.html', '003.md'];
const bytesOf = (f: string) => new Uint8Array(readFileSync(`data/reports/${f}`));

describe('createParsePool', () => {
  it('parses like parseReportFile, errors included', async () => {
    const pool = createParsePool(2);
    try {
      const results = await Promise.all(files.map((f) => pool.parse(bytesOf(f), f)));
      expect(results).toEqual(await Promise.all(files.map((f) => parseReportFile(bytesOf(f), f))));
      await expect(pool.parse(new Uint8Array(), 'empty.txt')).rejects.toThrow('empty.txt: the file is empty');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stops a parse over the time limit, fails only that report and keeps going', async () => {
    // 1 ms: no parse (nor worker start) is that fast, so every report times out, each on its own.
    const pool = createParsePool(1, 1);
    try {
      const outcomes = await Promise.allSettled(files.map((f) => pool.parse(bytesOf(f), f)));
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect((outcomes[0] as PromiseRejectedResult).reason.message).toBe(
        'parsing took longer than 0.001 s and was stopped',
      );
    } finally {
      await pool.close();
    }
  }, 60_000);
});
