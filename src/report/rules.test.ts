/**
 * The rules' lookup and the wording of the identities, as the checks view and the messages show
 * them. Cases that code mutation testing (npm run mutate:code) showed were not pinned down; the
 * texts are read off the template's labels by hand.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_DEFINITION, identitiesOf, ruleById } from './rules';

describe('rules', () => {
  it('finds a rule by its id, and no rule for an unknown id', () => {
    expect(ruleById('t3.row_sum')).toMatchObject({ id: 't3.row_sum', severity: 'error' });
    expect(ruleById('cross.duplicate_report')).toMatchObject({ severity: 'warning' });
    expect(ruleById('t3.no_such_rule')).toBeUndefined();
  });

  it('says what each kind of identity states, in both languages', () => {
    const label = (rule: string, at: string) =>
      identitiesOf('2021').find((i) => i.rule.id === rule && i.at === at)?.label;
    expect(label('t3.row_sum', 't3.new_received.total')).toEqual({
      zh: '本年新收政府信息公开申请数量：总计 = 各类申请人之和',
      en: 'New applications received: total = sum of applicant types',
    });
    expect(label('t3.balance', 't3.new_received.natural_person')).toEqual({
      zh: '自然人：本年新收 + 上年结转 = 总计 + 结转下年度',
      en: 'Natural persons: new + carried over = handled + carried forward',
    });
    expect(label('t3.outcome_total', 't3.total_handled.total')).toEqual({
      zh: '总计：（七）总计 = 各项办理结果之和',
      en: 'Total: total handled = sum of outcomes',
    });
    expect(label('t4.group_total', 't4.review.total')).toEqual({
      zh: '行政复议：总计 = 维持 + 纠正 + 其他 + 尚未审结',
      en: 'Administrative review: total = upheld + corrected + other + pending',
    });
  });

  it('defines a finding with a row-sum rule as its example', () => {
    expect(FINDING_DEFINITION.zh).toMatch(/^一条发现：.*“表三每一行的“总计”应等于六类申请人之和”/);
    expect(FINDING_DEFINITION.en).toMatch(
      /^A finding: .*“Table 3: each row's total equals the sum of the six applicant types”/,
    );
  });
});
