import { describe, expect, it } from 'vitest';
import { findTable4Group, matchTable2Column, matchTable2Row, matchTable3Row } from './labels';

describe('matching printed labels to template rows', () => {
  it.each([
    [['一、本年新收政府信息公开申请数量'], 'new_received'],
    [['三、本年度办理结果', '（一）予以公开'], 'granted'],
    [['三、本年度办理结果（一）予以公开'], 'granted'],
    [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], 'partial'],
    [['（三）不予公开 1.属于国家秘密'], 'denied.state_secret'],
    [['2.其他法律行政法规禁止公开'], 'denied.law_prohibited'],
    [['3.危及"三安全一稳定"'], 'denied.three_safeties'],
    [['4.保护 第三方 合法权益'], 'denied.third_party'],
    [['(四)无法提供2.没有现成信息需要另行制作'], 'unavailable.needs_creation'],
    [['5.要求行政机关确认或重新 出具已获取信息'], 'rejected.reconfirm'],
    [['1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请'], 'other.no_correction'],
    [['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], 'other.no_correction'],
    [['（六）其他处理', '3.其他'], 'other.other'],
    [['（七）总计'], 'total_handled'],
    [['(七)合计'], 'total_handled'],
    [['四、结转下年度继续办理'], 'carried_forward'],
    [['行政机关不再处理其政府信息公'], null],
    [['（六）其他处理'], null],
    [['（三）不予公开'], null],
    [['申请人情况'], null],
  ])('%j → %s (layout 2021)', (labels, id) => {
    expect(matchTable3Row(labels, '2021')).toBe(id);
  });

  it('reads the single (六)其他处理 row of layout 2019 as other.other, and has no other.no_fee there', () => {
    expect(matchTable3Row(['（六）其他处理'], '2019')).toBe('other.other');
    expect(matchTable3Row(['2.申请人逾期未按收费通知要求缴纳费用'], '2019')).toBeNull();
  });

  it('matches table-2 rows and columns with wording variants', () => {
    expect(matchTable2Row(['规范性文件'])).toBe('normative_docs');
    expect(matchTable2Row(['行政许可（第二十条第（五）项）'])).toBe('licensing');
    expect(matchTable2Row(['规章类'])).toBeNull();
    expect(matchTable2Column('本年收费金额(单位:万元)')).toBe('amount_wan_yuan');
    expect(matchTable2Column('本年增/减')).toBe('items_change_2019');
  });

  it('names a table-2 column by the wording it holds (353: a prefixed fee header), not by a year count', () => {
    expect(matchTable2Column('上一年项目本年收费金额（单位：万元）')).toBe('amount_wan_yuan');
    expect(matchTable2Column('上一年项目数量')).toBe('items_prev_2019');
    expect(matchTable2Column('2019年项目数量')).toBeNull();
    expect(matchTable2Column('信息内容')).toBeNull();
  });

  it('finds table-4 groups, the lawsuit groups before 复议 alone', () => {
    expect(findTable4Group('行政诉讼（复议后起诉）')).toBe('suit_after_review');
    expect(findTable4Group('未经复议直接起诉')).toBe('suit_direct');
    expect(findTable4Group('### 行政复议')).toBe('review');
    expect(findTable4Group('结果维持')).toBeNull();
  });
});
