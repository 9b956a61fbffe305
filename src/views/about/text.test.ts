import { describe, expect, it } from 'vitest';
import { ABOUT } from './text';

/** The shape of a text: keys, list lengths and section ids, without the wording. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' ? v : shape(v)]));
  }
  return typeof value;
}

describe('About text', () => {
  it('has the same structure in Chinese and English', () => {
    expect(shape(ABOUT.en)).toEqual(shape(ABOUT.zh));
  });

  it('explains 不予处理 vs 不予公开 and why 部分公开 counts once, in both languages', () => {
    const zhTerms = ABOUT.zh.sections.flatMap((s) => s.terms ?? []).map((t) => t.term);
    expect(zhTerms).toEqual(
      expect.arrayContaining(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']),
    );
    const enTerms = ABOUT.en.sections.flatMap((s) => s.terms ?? []).map((t) => t.term);
    for (const zh of ['部分公开', '不予公开', '不予处理']) expect(enTerms.some((t) => t.includes(zh))).toBe(true);
  });
});
