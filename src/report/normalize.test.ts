import { describe, expect, it } from 'vitest';
import { isValueLike, normalizeLabel, parseCellValue } from './normalize';

describe('parseCellValue', () => {
  it.each([
    ['', null],
    ['\u00a0', null],
    ['-', null],
    ['—', null],
    ['——', null],
    ['/', null],
    ['无', null],
  ])('%j is blank', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'blank' });
  });

  it.each([
    ['0', 0],
    ['0\u00a0', 0],
    ['１２３', 123],
    ['42,975', 42975],
    ['１,２３４', 1234],
    ['42.39万元', 42.39],
    ['73802895.90元', 73802895.9],
    ['251000元', 251000],
    ['2笔', 2],
    ['16件', 16],
    ['-18', -18],
    ['－15', -15],
    ['22（其中修订16件）', 22],
    ['0.00', 0],
    ['4,068.208', 4068.208],
    ['4,068.208万元', 4068.208],
    ['26 件', 26],
  ])('%j reads as %d', (raw, value) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['约20', '10余', 'N/A', '1,23', '12a', '三'])('%j is unreadable', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'unreadable' });
  });
});

describe('isValueLike', () => {
  it('takes numbers, blanks and number-like text as values, labels as labels', () => {
    for (const v of ['0', '', '—', '约20', '10余', 'N/A', '42.39万元']) expect(isValueLike(v)).toBe(true);
    for (const l of ['规章', '1.属于国家秘密', '数据1', '三、', '第二十条第（一）项', '1.', '2、'])
      expect(isValueLike(l)).toBe(false);
  });
});

describe('normalizeLabel', () => {
  it('folds width, drops spaces, quotes and numbering', () => {
    expect(normalizeLabel('（三）不予公开')).toBe('不予公开');
    expect(normalizeLabel('3.危及“三安全一稳定”')).toBe('危及三安全一稳定');
    expect(normalizeLabel('结果 维持')).toBe('结果维持');
    expect(normalizeLabel('三、（一）予以公开')).toBe('予以公开');
    expect(normalizeLabel('本年收费金额（单位：万元）')).toBe('本年收费金额(单位:万元)');
  });
});
