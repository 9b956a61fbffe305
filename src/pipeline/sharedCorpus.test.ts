/**
 * The project's data follows the shared corpus (../shared/corpus beside the work tree): every raw
 * report is in data/reports byte for byte, every gold file in data/gold, and every manifest row in
 * data/reports/manifest.csv with the same fields. README.md (Dataset) says how to bring new files in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../dataset/readCsv';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const DATA = join(import.meta.dirname, '..', '..', 'data');
const present = existsSync(SHARED);
if (!present) console.warn(`sharedCorpus.test.ts: skipped, ${SHARED} is absent (a checkout without the shared corpus)`);

const sameBytes = (a: string, b: string) => existsSync(b) && readFileSync(a).equals(readFileSync(b));
const manifest = (dir: string) =>
  new Map(parseCsv(readFileSync(join(dir, 'manifest.csv'), 'utf8'), 'manifest.csv').map((r) => [r.file, r]));

describe.skipIf(!present)(
  present ? 'data follows ../shared/corpus' : 'data follows ../shared/corpus — SKIPPED: ../shared/corpus is absent',
  () => {
    it('holds every raw report of the shared corpus, byte for byte', () => {
      const raw = readdirSync(join(SHARED, 'raw')).sort();
      expect(raw.length).toBeGreaterThan(80);
      const differ = raw.filter((f) => !sameBytes(join(SHARED, 'raw', f), join(DATA, 'reports', f)));
      expect(differ, 'missing from data/reports or different: copy them (README.md, Dataset)').toEqual([]);
    });

    it('holds every gold file of the shared corpus, byte for byte', () => {
      const gold = readdirSync(join(SHARED, 'gold')).sort();
      const differ = gold.filter((f) => !sameBytes(join(SHARED, 'gold', f), join(DATA, 'gold', f)));
      expect(differ, 'missing from data/gold or different').toEqual([]);
    });

    it('has every shared manifest row in data/reports/manifest.csv with the same fields', () => {
      const ours = manifest(join(DATA, 'reports'));
      const differ = [...manifest(SHARED)].filter(
        ([file, row]) => JSON.stringify(ours.get(file)) !== JSON.stringify(row),
      );
      expect(
        differ.map(([file]) => file),
        'rows missing from data/reports/manifest.csv or different',
      ).toEqual([]);
    });
  },
);
