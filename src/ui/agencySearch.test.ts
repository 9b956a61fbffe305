import { describe, expect, it } from 'vitest';
import { foldName, indexForSearch, type SearchableAgency, searchAgencies } from './agencySearch';

const agencies: SearchableAgency[] = [
  {
    agency_id: 'pingtan',
    name: '平潭综合实验区',
    short_name: '平潭',
    aliases: '平潭综合实验区管委会|平潭综合实验区管理委员会',
  },
  { agency_id: 'pt-agri', name: '平潭综合实验区农业农村局', short_name: '区农业农村局', aliases: null },
  { agency_id: 'ly-tax', name: '临沂市税务局', short_name: null, aliases: 'Linyi Tax Bureau' },
];

describe('agency search', () => {
  const index = indexForSearch(agencies);

  it('finds by full name, short name and alias; names starting with the query first, then the shortest', () => {
    expect(searchAgencies(index, '平潭').matches.map((a) => a.agency_id)).toEqual(['pingtan', 'pt-agri']);
    expect(searchAgencies(index, '区农业').matches.map((a) => a.agency_id)).toEqual(['pt-agri']);
    expect(searchAgencies(index, '管理委员会').matches.map((a) => a.agency_id)).toEqual(['pingtan']);
  });

  it('ignores case, spaces and full-width forms', () => {
    expect(foldName('ＬＩＮＹＩ  Tax')).toBe('linyitax');
    expect(searchAgencies(index, 'linyi tax').matches.map((a) => a.agency_id)).toEqual(['ly-tax']);
  });

  it('answers nothing for an empty query and counts all matches beyond the limit', () => {
    expect(searchAgencies(index, '  ')).toEqual({ matches: [], total: 0 });
    expect(searchAgencies(index, '局', 1).total).toBe(2);
  });

  it('searches a province of 3,000 agencies within a keystroke', () => {
    const many: SearchableAgency[] = Array.from({ length: 3_000 }, (_, i) => ({
      agency_id: `a${i}`,
      name: `合成测试市${Math.floor(i / 30)}县第${i}号机关`,
      short_name: `机关${i}`,
      aliases: i % 2 ? `别名${i}|旧称${i}` : null,
    }));
    const big = indexForSearch(many);
    // CPU time of this process, not wall time: the test machine is shared and often loaded.
    const queries = ['合成', '第29', '别名2999', '旧称', '县第1'];
    const started = process.cpuUsage();
    for (let round = 0; round < 4; round++) for (const q of queries) searchAgencies(big, q);
    const used = process.cpuUsage(started);
    const perQuery = (used.user + used.system) / 1_000 / (4 * queries.length);
    expect(searchAgencies(big, '别名2999').matches.map((a) => a.agency_id)).toEqual(['a2999']);
    expect(searchAgencies(big, '合成').total).toBe(3_000);
    expect(perQuery).toBeLessThan(16);
  });
});
