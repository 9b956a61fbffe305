import { describe, expect, it } from 'vitest';
import { dropUnusedAttributeBytes } from './html-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);
const run = (s: string) => new TextDecoder().decode(dropUnusedAttributeBytes(utf8(s)));

describe('dropUnusedAttributeBytes', () => {
  it('keeps only the attributes the readers use, in any quoting and case', () => {
    expect(run('<td style="font-family:仿宋;a>b" ROWSPAN=2 class=\'x\' colspan = "3">规章</td>')).toBe('<td ROWSPAN=2 colspan = "3">规章</td>');
    expect(run('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta charset=utf-8 lang=zh>')).toBe(
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta charset=utf-8>',
    );
    expect(run('<br/><img src="a.png" alt="a>b" /><o:p class=x></o:p>')).toBe('<br/><img/><o:p></o:p>');
  });

  it('leaves text, comments, closing tags and malformed tags as they are', () => {
    const page = '<!-- <td style="x"> --><p>a < b, 1<2</p></td><a b="c" <a href="unclosed';
    expect(run(page)).toBe('<!-- <td> --><p>a < b, 1<2</p></td><a b="c" <a href="unclosed');
  });

  it('never cuts a GBK character (its bytes avoid < > = and quotes)', () => {
    // 表格 in GBK: b1 ed b8 f1, inside an attribute value and in text.
    const bytes = new Uint8Array([...utf8('<td title="'), 0xb1, 0xed, 0xb8, 0xf1, ...utf8('" colspan=2>'), 0xb1, 0xed, ...utf8('</td>')]);
    const out = dropUnusedAttributeBytes(bytes);
    expect([...out]).toEqual([...utf8('<td colspan=2>'), 0xb1, 0xed, ...utf8('</td>')]);
  });
});
