import { describe, expect, it } from 'vitest';
import { en, zh } from './messages';
import { formatNumber, formatShare, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('uses the same placeholders in both languages and leaves no message empty', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('has no Chinese characters in the English messages except the language switch and cited terms', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const withChinese = (Object.keys(en) as (keyof typeof en)[]).filter((k) => cjk.test(en[k]));
    expect(withChinese.every((k) => k === 'lang.switch' || /\(.*[\u4e00-\u9fff].*\)/.test(en[k]))).toBe(true);
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('en', 'dataset.loadingFile', { file: 'cells.parquet', index: 2, count: 4 })).toBe(
      'Loading data file cells.parquet (2/4)…',
    );
    expect(translate('zh', 'dataset.loadingFile', { file: 'cells.parquet' })).toBe(
      '正在载入数据文件 cells.parquet（{index}/{count}）…',
    );
  });
});

describe('number formatting', () => {
  it('groups thousands, keeps decimals and says "not stated" for null', () => {
    expect(formatNumber('zh', 42975)).toBe('42,975');
    expect(formatNumber('en', 42.39)).toBe('42.39');
    expect(formatNumber('zh', null)).toBe('未填报');
    expect(formatNumber('en', undefined)).toBe('not stated');
  });

  it('shows a share with one decimal and a dash when the denominator is 0', () => {
    expect(formatShare('en', 1, 3)).toBe('33.3%');
    expect(formatShare('zh', 5, 0)).toBe('—');
  });
});
