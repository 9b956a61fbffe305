import { describe, expect, it } from 'vitest';
import type { ParseErrorCode } from '../report/types';
import { parseErrorText } from './parseErrors';
import { translate } from './translate';

const CODES: ParseErrorCode[] = [
  'file.empty',
  'file.binary',
  'file.undecodable',
  'file.unreadable',
  'file.not_report',
  'file.doc',
  'file.xlsx',
  'file.zip',
  'file.timeout',
  'file.internal',
  'docx.damaged',
  'pdf.damaged',
  'pdf.encrypted',
  'pdf.no_text',
];
const zh = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('zh', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('en', key, vars);

describe('parseErrorText', () => {
  it.each(CODES)('%s: a Chinese message in the Chinese page, an English one in the English page', (code) => {
    const failure = { code, params: { pages: 3, seconds: 60 } };
    const inZh = parseErrorText(zh, failure).message;
    const inEn = parseErrorText(en, failure).message;
    expect(inZh).toMatch(/[\u4e00-\u9fff]{4}/);
    // No English sentence in the Chinese page: at most names such as PDF, Word, .docx, UTF-8.
    expect(inZh).not.toMatch(/[a-z]{3,} [a-z]{3,}/i);
    expect(inEn).toMatch(/[a-z]{3,} [a-z]{2,} [a-z]{3,}/);
    expect(inZh).not.toContain('{');
  });

  it('fills the page count and the time limit, and keeps the library words apart as a labelled detail', () => {
    expect(parseErrorText(zh, { code: 'pdf.no_text', params: { pages: 2 } }).message).toContain('2 页');
    expect(parseErrorText(zh, { code: 'file.timeout', params: { seconds: 60 } }).message).toContain('60 秒');
    const damaged = parseErrorText(zh, { code: 'pdf.damaged', params: { detail: 'Invalid page request.' } });
    expect(damaged.message).toBe('PDF 文件已损坏或不完整，无法读取。');
    expect(damaged.detail).toBe('技术细节（程序库的原话）：Invalid page request.');
    expect(parseErrorText(zh, { code: 'pdf.encrypted', params: {} }).detail).toBeNull();
  });
});
