import { describe, expect, it } from 'vitest';
import { type CsvColumn, toCsv } from './csv';

interface Row {
  name: string;
  value: number | null;
}
const cols: CsvColumn<Row>[] = [
  { label: '机构', value: (r) => r.name },
  { label: '行政许可（件）', value: (r) => r.value },
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF, keeps Chinese as is', () => {
    const csv = toCsv(cols, [{ name: '郯城县行政审批服务局', value: 42975 }]);
    expect(csv).toBe('\uFEFF机构,行政许可（件）\r\n郯城县行政审批服务局,42975\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes a blank cell as empty, not 0', () => {
    expect(toCsv(cols, [{ name: 'a', value: null }]).split('\r\n')[1]).toBe('a,');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv(cols, [{ name: 'a,"b"\nc', value: 1.5 }]);
    expect(csv.split('\r\n').slice(1, -1).join('\r\n')).toBe('"a,""b""\nc",1.5');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv(cols, [{ name: '=HYPERLINK("x")', value: -3 }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",-3`);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(cols, [])).toBe('\uFEFF机构,行政许可（件）\r\n');
  });
});
