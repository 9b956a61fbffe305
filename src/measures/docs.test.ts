import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURES } from './measures';

describe('docs/measures.md', () => {
  it('says where every measure of the module comes from', () => {
    const doc = readFileSync('docs/measures.md', 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(MEASURES.map((m) => m.id).sort());
  });
});
