import { describe, expect, it } from 'vitest';
import {
  closeTable3Row,
  findTable4Group,
  groupAsRow,
  isGroupSubtotal,
  isSubtotalColumn,
  isTable2Corner,
  matchTable2Column,
  matchTable2Row,
  matchTable3Row,
} from './labels';

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

// Cases that code mutation testing (npm run mutate:code) showed were not pinned down; every expected
// id below is read off the template (template.ts, docs/report-format.md) by hand.
describe('the label helpers table 2 and table 3 lean on', () => {
  it('knows table 2’s corner cell 信息内容, however spaced, and nothing longer', () => {
    expect(isTable2Corner('信息内容')).toBe(true);
    expect(isTable2Corner(' 信息 内容 ')).toBe(true);
    expect(isTable2Corner('信息内容类')).toBe(false);
    expect(isTable2Corner('规章')).toBe(false);
  });

  it('takes 小计 as a subtotal column always, 合计 only beside a 总计', () => {
    expect(isSubtotalColumn('小计', [])).toBe(true);
    expect(isSubtotalColumn('小 计', ['自然人'])).toBe(true);
    expect(isSubtotalColumn('合计', ['自然人', '总计'])).toBe(true);
    expect(isSubtotalColumn('合计', ['自然人', '合计'])).toBe(false);
    expect(isSubtotalColumn('总计', ['总计'])).toBe(false);
    expect(isSubtotalColumn('其他', ['总计'])).toBe(false);
  });

  it('a 合计/小计 row under an outcome group of several rows is a group subtotal; under a one-row group or alone it is not', () => {
    expect(isGroupSubtotal(['（三）不予公开', '合计'], '2021')).toBe(true);
    expect(isGroupSubtotal(['（四）无法提供', '小 计'], '2021')).toBe(true);
    expect(isGroupSubtotal(['三、本年度办理结果', '（五）不予处理', '总计'], '2021')).toBe(true);
    // (六)其他处理 has three rows in layout 2021, one in layout 2019.
    expect(isGroupSubtotal(['（六）其他处理', '合计'], '2021')).toBe(true);
    expect(isGroupSubtotal(['（六）其他处理', '合计'], '2019')).toBe(false);
    expect(isGroupSubtotal(['（一）予以公开', '合计'], '2021')).toBe(false);
    expect(isGroupSubtotal(['（七）总计'], '2021')).toBe(false);
    expect(isGroupSubtotal(['合计'], '2021')).toBe(false);
    expect(isGroupSubtotal(['三、本年度办理结果', '合计'], '2021')).toBe(false);
    expect(isGroupSubtotal(['（三）不予公开', '1.属于国家秘密'], '2021')).toBe(false);
  });

  it('reads a row labelled only (六)其他处理 as other.other where the group has several rows', () => {
    expect(groupAsRow(['（六）其他处理'], '2021')).toBe('other.other');
    expect(groupAsRow(['三、本年度办理结果', '（六）其他处理'], '2021')).toBe('other.other');
    expect(groupAsRow(['（六）其他处理'], '2019')).toBeNull(); // the group is that one row there
    expect(groupAsRow(['（三）不予公开'], '2021')).toBeNull(); // no row of the group is worded so
    expect(groupAsRow(['（六）其他处理', '3.其他'], '2021')).toBeNull();
    expect(groupAsRow([], '2021')).toBeNull();
  });

  it('names the one template row a misspelt table-3 label is close to, with the wording it is close to', () => {
    // 3 of 12 characters dropped: a quarter, the most a typo may change.
    expect(closeTable3Row(['2.其他法律行政止公开'], '2021')).toEqual({
      id: 'denied.law_prohibited',
      wording: '其他法律行政法规禁止公开',
    });
    expect(closeTable3Row(['（三）不予公开 2.其他法律行政止公开'], '2021')?.id).toBe('denied.law_prohibited');
    expect(closeTable3Row(['（三）不予公开', '2.其他法律行政止公开'], '2021')?.id).toBe('denied.law_prohibited');
    // 6 characters, one changed: floor(6 / 4) = 1 allowed.
    expect(closeTable3Row(['属于国家秘x'], '2021')).toEqual({ id: 'denied.state_secret', wording: '属于国家秘密' });
    // 4 of 12 changed: more than a quarter.
    expect(closeTable3Row(['其他法律止公开'], '2021')).toBeNull();
    // 4 of 14 changed (信息→资料, 申请→请求): more than a quarter, though no other row is nearer.
    expect(closeTable3Row(['本年新收政府资料公开请求数量'], '2021')).toBeNull();
    // 5 characters: too short to tell a typo from another row.
    expect(closeTable3Row(['属于国家秘'], '2021')).toBeNull();
    // Nor is a typo read into a wording under 6 characters (结转下年度, 5).
    expect(closeTable3Row(['结转下年度的'], '2021')).toBeNull();
    expect(closeTable3Row([], '2021')).toBeNull();
  });

  it('names no row when the label is as close to two rows (属于行政执法案卷 / 属于行政查询事项: 2 each)', () => {
    expect(closeTable3Row(['属于行政执法事项'], '2021')).toBeNull();
    expect(closeTable3Row(['属于行政执法案项'], '2021')?.id).toBe('denied.enforcement_file');
  });

  it('lets a wording of at least four characters be continued, a shorter one (其他) only match exactly', () => {
    expect(matchTable3Row(['其他情况说明'], '2021')).toBeNull();
    expect(matchTable3Row(['3.其他'], '2021')).toBe('other.other');
    // Layout 2019 keeps 其他处理 (four characters) as other.other's wording, so it may be continued.
    expect(matchTable3Row(['其他处理情况'], '2019')).toBe('other.other');
  });

  it('joins a row label split over two cells when neither half names a row', () => {
    expect(matchTable3Row(['要求行政机关确认或', '重新出具已获取信息'], '2021')).toBe('rejected.reconfirm');
    expect(matchTable3Row(['要求行政机关确认或', '重新出具已获取信息的申请'], '2021')).toBe('rejected.reconfirm');
    expect(matchTable3Row(['要求行政机关确认或'], '2021')).toBeNull();
  });

  it('a row’s wording continues after it, it is never found inside a longer label (only a table-2 column’s is)', () => {
    expect(matchTable3Row(['不属于国家秘密情形'], '2021')).toBeNull();
    expect(matchTable2Row(['非行政许可类'])).toBeNull();
  });

  it('tries the wording with its group words too: （二）部分公开（区分处理的） continues 部分公开', () => {
    expect(matchTable3Row(['（二）部分公开（区分处理的）'], '2021')).toBe('partial');
  });

  it('a misspelt label near two rows names the one it is clearly closer to (上年结转: 1 change; 本年新收: 3)', () => {
    expect(closeTable3Row(['二、上年结特政府信息公开申请数量'], '2021')).toEqual({
      id: 'carried_over',
      wording: '上年结转政府信息公开申请数量',
    });
    // 1 change from 本年新收…, 2 from 上年结转…: not clear enough.
    expect(closeTable3Row(['上年新收政府信息公开申请数量'], '2021')).toBeNull();
  });

  it('a lawsuit after review is that group even when the label also says 行政复议', () => {
    expect(findTable4Group('经行政复议后起诉')).toBe('suit_after_review');
    expect(findTable4Group('行政复议未经复议直接起诉')).toBe('suit_direct');
  });
});
