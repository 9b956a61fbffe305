/**
 * data/agencies.csv and how reports are matched to it; the CSV and manifest readers it relies on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexAgencies, matchAgency, parseAgencies } from '../dataset/agencyList';
import { parseCsv } from '../dataset/readCsv';
import { readSourceManifest, sourceUrl } from './sources';
import { uncuratedAgency } from './uncuratedAgency';

const HEADER = 'agency_id,name,short_name,aliases,province,city,county,division_code,level,agency_type,parent_id';
const curated = parseAgencies(readFileSync('data/agencies.csv', 'utf8'), 'data/agencies.csv');

describe('data/agencies.csv', () => {
  it('lists every agency of data/reports/manifest.csv, with a 6-digit division code and a level', () => {
    const names = new Set(curated.map((a) => a.name));
    const manifestAgencies = [...readSourceManifest('data/reports').values()].map((s) => s.agency);
    expect(manifestAgencies.filter((a) => !names.has(a!))).toEqual([]);
    for (const a of curated) {
      expect(a.division_code, a.name).toMatch(/^\d{6}$/);
      expect(a.level, a.name).not.toBeNull();
      expect(a.agency_type, a.name).not.toBeNull();
    }
  });

  it('uses the GB/T 2260 codes of the corpus regions', () => {
    const code = (name: string) => curated.find((a) => a.name === name)?.division_code;
    expect(code('郯城县行政审批服务局')).toBe('371322');
    expect(code('沭阳县人民政府')).toBe('321322');
    expect(code('上海市人民政府办公厅')).toBe('310000');
    expect(code('平潭综合实验区')).toBe('350128');
  });
});

describe('matchAgency', () => {
  const index = indexAgencies(curated);

  it('matches the full name, ignoring whitespace', () => {
    expect(matchAgency(index, ['平潭综合实验区 财政金融局'])?.agency_id).toBe('pingtan-finance');
  });

  it('matches an alias (e.g. an OCR misreading) when the name is not known', () => {
    expect(matchAgency(index, ['沐阳县人民政府'])?.agency_id).toBe('shuyang-gov');
  });

  it("prefers the report's own name over a name it mentions among its aliases", () => {
    // 平潭综合实验区's reports also name the 管委会办公室 that compiles them.
    expect(matchAgency(index, ['平潭综合实验区', '平潭综合实验区管委会办公室'])?.agency_id).toBe('pingtan');
  });

  it('drops an alias that two agencies share', () => {
    const rows = parseAgencies(`${HEADER}\na,甲局,,共用名,,,,,,,\nb,乙局,,共用名,,,,,,,\n`, 'x.csv');
    expect(matchAgency(indexAgencies(rows), ['共用名'])).toBeUndefined();
  });

  it('gives an unknown agency a stable generated id, not curated', () => {
    const a = uncuratedAgency('某县某局');
    expect(a).toMatchObject({ name: '某县某局', curated: false });
    expect(a.agency_id).toMatch(/^x-[0-9a-f]{10}$/);
    expect(uncuratedAgency('某县 某局').agency_id).toBe(a.agency_id);
  });
});

describe('parseAgencies errors name the file, line and field', () => {
  it.each([
    [`${HEADER}\nBad Id,甲局,,,,,,,,,\n`, /x\.csv: line 2: agency_id "Bad Id"/],
    [`${HEADER}\na,甲局,,,,,,3713,,,\n`, /line 2: division_code "3713" is not 6 digits/],
    [`${HEADER}\na,甲局,,,,,,,city,,\n`, /line 2: level "city" is not one of/],
    [`${HEADER}\na,甲局,,,,,,,,,\na,乙局,,,,,,,,,\n`, /line 3: agency_id "a" appears twice/],
    [`${HEADER}\na,甲局,,,,\n`, /line 2 has 6 fields, the header has 11/],
    [`${HEADER}\na,甲局,,,,,,,,,b\n`, /line 2: parent_id "b" is not an agency_id of the list/],
    [`${HEADER}\na,甲局,,,,,,,,,b\nb,乙局,,,,,,,,,a\n`, /line 2: parent_id of "a" leads back to itself/],
  ])('%s', (text, message) => {
    expect(() => parseAgencies(text, 'x.csv')).toThrow(message);
  });
});

describe('CSV and manifest sources', () => {
  it('reads quoted fields with commas, doubled quotes, newlines and CRLF', () => {
    expect(parseCsv('a,b\r\n"1,2","say ""hi""\nthere"\r\n\r\n', 'f.csv')).toEqual([{ a: '1,2', b: 'say "hi"\nthere' }]);
  });

  it.each([
    [
      'changwu/archive:p/page.html@12f00b4205da89f3fa531f747c608e88308a046c ; original https://www.pingtan.gov.cn/a.htm',
      'https://www.pingtan.gov.cn/a.htm',
    ],
    [
      'owner/repo:tests/报告.txt@6b4833ab9ea9ce4920523ba4389417a7749105d1',
      'https://github.com/owner/repo/blob/6b4833ab9ea9ce4920523ba4389417a7749105d1/tests/%E6%8A%A5%E5%91%8A.txt',
    ],
    ['https://example.gov.cn/x.htm', 'https://example.gov.cn/x.htm'],
    ['郯城县人民政府 website, text as copied from the page', null],
  ])('source URL of %s', (source, url) => {
    expect(sourceUrl(source)).toBe(url);
  });
});
