import { describe, expect, it } from 'vitest';
import { isValueLike, normalizeLabel, normalizeText, parseCellValue } from './normalize';

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

// Cases that code mutation testing (npm run mutate:code) showed were not pinned down.
describe('cell text at the edges of each pattern', () => {
  it.each(['--', '–', '_', '\u200b', '\u3000'])('%j is blank', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'blank' });
  });

  // An ellipsis is a publisher's blank in any of its forms (NFKC turns '…' into '...' before the lookup).
  it.each(['…', '……', '...', '......', '．．．', ' … '])('%j is blank and sits where a value belongs', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'blank' });
    expect(isValueLike(raw)).toBe(true);
  });

  it.each(['.', '..', '....', '…1'])('%j is not a blank', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'unreadable' });
  });

  it.each([
    ['−5', -5], // a minus sign (U+2212) is a minus, not dropped
    ['－5', -5],
    ['1,234,567', 1234567],
    ['-1,234', -1234],
    ['22（其中修订16件）', 22],
    ['-3(注)', -3],
    ['1.25(注)', 1.25],
  ])('%j is the number %d', (raw, value) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['件5', '1,234元整', 'x1,234', '约22(注)', '22(注)x', '1.5a(注)'])(
    '%j is unreadable (a unit or a note only at the end, nothing around the number)',
    (raw) => {
      expect(parseCellValue(raw)).toEqual({ kind: 'unreadable' });
    },
  );

  it('takes approximate values of up to 10 characters with a digit; a numbered item or words are no value', () => {
    expect(isValueLike('约1000000件')).toBe(true); // 9 characters
    expect(isValueLike('约10000000件')).toBe(true); // 10
    expect(isValueLike('约100000000件')).toBe(false); // 11
    expect(isValueLike('约余多')).toBe(false); // no digit
    expect(isValueLike('约12.')).toBe(true);
    expect(isValueLike('12.')).toBe(false); // a row's numbering
    expect(isValueLike('na')).toBe(true);
    expect(isValueLike('n/a')).toBe(true);
    expect(isValueLike('annull')).toBe(false);
    expect(isValueLike('nullx')).toBe(false);
    // A row's numbering is the whole cell: an approximate value may start like one.
    expect(isValueLike('10.5余')).toBe(true);
    expect(isValueLike('12.5万余')).toBe(true);
    // Spaces inside do not count towards the limit, nor hide the value.
    expect(isValueLike('约 20')).toBe(true);
    expect(isValueLike('约 1 0 0 0 0 0 0 0 件')).toBe(true);
  });

  it('labels: numbering only at the start, every kind of it; trailing colons; whitespace runs', () => {
    expect(normalizeLabel('十一、其他')).toBe('其他');
    expect(normalizeLabel('(12)其他')).toBe('其他');
    expect(normalizeLabel('12.其他')).toBe('其他');
    expect(normalizeLabel('其他(一)类')).toBe('其他(一)类');
    expect(normalizeLabel('申请人：')).toBe('申请人');
    expect(normalizeLabel('申请人::')).toBe('申请人');
    expect(normalizeText('a \u3000\u00a0 b')).toBe('a b');
  });
});
