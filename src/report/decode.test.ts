import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDecodedText, DecodeError, decodeBytes } from './decode';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('decodeBytes', () => {
  it('decodes a GBK page declared as gb2312 and records the encoding', () => {
    const { text, encoding } = decodeBytes(new Uint8Array(readFileSync(join(FIXTURES, 'gbk-page.html'))));
    expect(encoding).toBe('gb18030');
    expect(text).toContain('上海市人民政府办公厅政府信息公开工作年度报告');
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    const s = '政府信息公开工作年度报告';
    expect(decodeBytes(new TextEncoder().encode(s))).toEqual({ text: s, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])).text).toBe(s);
    const be = Buffer.from(s, 'utf16le').swap16();
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: s, encoding: 'utf-16be' });
  });

  it('prefers UTF-8 when a page wrongly declares gb2312 but is UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>政府信息公开工作年度报告，本年新收申请数量</p>');
    expect(decodeBytes(bytes).encoding).toBe('utf-8');
  });

  it('reads UTF-8 cut off in the middle of a character (a truncated file) without its last, partial character', () => {
    const bytes = new TextEncoder().encode('政府信息公开工作年度报告');
    for (const cut of [1, 2])
      expect(decodeBytes(bytes.subarray(0, bytes.length - cut))).toEqual({
        text: '政府信息公开工作年度报',
        encoding: 'utf-8',
      });
    // Invalid bytes elsewhere are still refused, not skipped.
    expect(() => decodeBytes(new Uint8Array([...bytes.subarray(0, 6), 0xe6, ...bytes.subarray(6)]))).toThrow(
      DecodeError,
    );
  });

  it('refuses empty input and binary data with a reason', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(DecodeError);
    expect(() => decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toThrow(/binary/);
  });

  it('a GBK file already decoded as UTF-8 (all replacement characters) is refused, not parsed as mojibake', () => {
    const bytes = readFileSync(join(FIXTURES, 'gbk-page.html'));
    const lossy = new TextDecoder('utf-8').decode(bytes);
    expect(() => checkDecodedText(lossy)).toThrow(/as bytes/);
  });
});
