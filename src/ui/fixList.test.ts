import { describe, expect, it } from 'vitest';
import { toCsv } from '../charts/csv';
import type { MessageKey } from '../i18n/messages';
import { translate, type Vars } from '../i18n/translate';
import type { Lang } from '../url/state';
import { type FindingItem, fixListColumns, fixListLabels } from './fixList';

const labels = (lang: Lang) => fixListLabels((key: MessageKey, vars?: Vars) => translate(lang, key, vars));

const finding: FindingItem = {
  report_id: '111',
  year: 2024,
  agency_id: 'pingtan-approval',
  agency_name: '平潭综合实验区行政审批局',
  rule: 't4.group_total',
  severity: 'error',
  at_cell: 't4.review.total',
  expected: 3,
  found: 2,
  message_zh: '表四“行政复议”组：总计 2，但各项之和 = 3',
  message_en: 'Table 4, review: total 2, but the parts sum to 3',
  source_url: null,
};

describe('fixListColumns', () => {
  it('writes where the problem is, in words and as an id, with expected and found', () => {
    const [header, row] = toCsv(fixListColumns('zh', labels('zh')), [finding])
      .slice(1)
      .split('\r\n');
    expect(header).toBe('机构,年度,年报编号,严重程度,规则,规则说明,单元格位置,单元格编号,应为,实为,问题说明,原文链接');
    expect(row).toBe(
      '平潭综合实验区行政审批局,2024,111,错误,t4.group_total,表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结,' +
        '表四 行政复议 · 总计,t4.review.total,3,2,表四“行政复议”组：总计 2，但各项之和 = 3,',
    );
  });

  it('uses the English rule text, cell label and message in English', () => {
    const [, row] = toCsv(fixListColumns('en', labels('en')), [finding])
      .slice(1)
      .split('\r\n');
    expect(row).toContain('Table 4 Administrative review · Total');
    expect(row).toContain('Table 4, review: total 2, but the parts sum to 3');
  });

  it('leaves the cell blank for a finding about the whole report, and an unknown rule without text', () => {
    const [, row] = toCsv(fixListColumns('zh', labels('zh')), [
      { ...finding, rule: 'x.not_a_rule', at_cell: null, expected: null, found: null },
    ])
      .slice(1)
      .split('\r\n');
    expect(row.split(',').slice(4, 10)).toEqual(['x.not_a_rule', '', '', '', '', '']);
  });
});
