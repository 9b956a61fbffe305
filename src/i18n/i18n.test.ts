import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadLevel } from '../report/completeness';
import type { LayoutId } from '../report/template';
import type { Severity } from '../report/types';
import type { Level } from '../url/state';
import type { CarryStatus } from '../views/agency/carryOver';
import type { CoverageStatus, DueSource } from '../workspace/roster';
import type { StorageFailure } from '../workspace/storage';
import { MESSAGES, type MessageKey } from './messages';
import { formatNumber, formatShare, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KEYS = Object.keys(MESSAGES) as MessageKey[];

/** Every member of a union, as the keys of a record the compiler checks is complete. */
const all = <T extends string>(members: Record<T, true>) => Object.keys(members) as T[];

/**
 * Keys the source builds from a prefix and a typed value (`severity.${s}`): the prefix must occur
 * as a template literal, and only the suffixes the type allows count as used.
 */
const FAMILIES: Record<string, readonly string[]> = {
  'level.': all<Level>({ national: true, provincial: true, municipal: true, county: true, township: true }),
  'severity.': all<Severity>({ error: true, warning: true, info: true }),
  'agency.layout.': all<LayoutId>({ 2021: true, 2019: true, unknown: true }),
  'agency.carry.': all<Exclude<CarryStatus, 'differs' | 'noPrevious'>>({ agrees: true, notStated: true }),
  'check.read.': all<ReadLevel>({ full: true, partial: true, none: true }),
  'check.readShort.': all<ReadLevel>({ full: true, partial: true, none: true }),
  'workspace.storage.': all<StorageFailure>({ unavailable: true, quota: true, damaged: true, unknown: true }),
  'roster.status.': all<CoverageStatus>({ onTime: true, late: true, dateUnknown: true, missing: true }),
  'roster.dueRule.': all<Exclude<DueSource, 'csv'>>({ government: true, department: true }),
  // The rate measures' funnel plots (the call site casts its key: MetricId also has non-rate metrics).
  'compare.denominator.': ['granted_rate', 'denied_rate', 'unavailable_rate', 'natural_share', 'corrected_rate'],
};

/** The app's source (not the messages themselves, not the tests). */
function sourceText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !/^i18n\/(messages|workspaceMessages)\.ts$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('messages', () => {
  it('has Chinese and English text for every key, with the same placeholders', () => {
    for (const key of KEYS) {
      const { zh, en } = MESSAGES[key];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('has no Chinese characters in the English messages except the language switch and cited terms', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const withChinese = KEYS.filter((k) => cjk.test(MESSAGES[k].en));
    expect(withChinese.every((k) => k === 'lang.switch' || /\(.*[\u4e00-\u9fff].*\)/.test(MESSAGES[k].en))).toBe(true);
  });

  it('uses every key in the source, literally or through a typed family', () => {
    const src = sourceText(join(__dirname, '..'));
    const fromFamilies = new Set<string>();
    for (const [prefix, suffixes] of Object.entries(FAMILIES)) {
      expect(src.includes(`\`${prefix}\${`), prefix).toBe(true);
      for (const s of suffixes) fromFamilies.add(prefix + s);
    }
    const quoted = (k: string) => [`'${k}'`, `"${k}"`, `\`${k}\``].some((q) => src.includes(q));
    expect(KEYS.filter((k) => !fromFamilies.has(k) && !quoted(k))).toEqual([]);
    expect([...fromFamilies].filter((k) => !(k in MESSAGES))).toEqual([]);
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

  it('makes an English noun agree with its number, formatted or not', () => {
    expect(translate('en', 'dataset.ready', { reports: 1 })).toBe('1 report loaded');
    expect(translate('en', 'dataset.ready', { reports: '1,021' })).toBe('1,021 reports loaded');
    expect(translate('en', 'dataset.ready', { reports: 0 })).toBe('0 reports loaded');
    expect(translate('en', 'filter.agencyCount', { count: '1' })).toBe('1 agency');
    expect(translate('zh', 'dataset.ready', { reports: 1 })).toBe('已载入 1 份年报');
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
