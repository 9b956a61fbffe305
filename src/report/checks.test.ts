import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Cells, checkIdentity, checkReport } from './checks';
import { identitiesOf, RULES } from './rules';
import {
  cellsOf,
  LAYOUTS,
  type Layout,
  type LayoutId,
  TABLE3_APPLICANT_COLUMNS,
  TABLE3_COLUMNS,
  t3Id,
  table3Rows,
} from './template';
import type { Finding } from './types';

const GOLD_DIR = join(__dirname, '../../data/gold');

interface Gold {
  source: string;
  layout: LayoutId;
  cells: Cells;
}
const loadGold = (stem: string): Gold => JSON.parse(readFileSync(join(GOLD_DIR, `${stem}.json`), 'utf8'));
const goldStems = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const errorsAt = (findings: Finding[]) =>
  [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.cells![0]))].sort();

/**
 * The rule breaks that data/gold/NOTES.md lists for the real reports ("rules broken in the source
 * at …", and the 002 / 015 cases). Every other gold report must have no error at all.
 */
const NOTED_ERRORS_AT: Record<string, string[]> = {
  '002': [
    ...['granted', 'partial', 'denied.state_secret', 'denied.internal_affairs', 'denied.process_info'].map(
      (r) => `t3.${r}.total`,
    ),
    ...['denied.admin_query', 'unavailable.not_held', 'unavailable.needs_creation', 'unavailable.unclear'].map(
      (r) => `t3.${r}.total`,
    ),
    't3.rejected.petition.total',
    't3.rejected.duplicate.total',
    't3.total_handled.total',
  ],
  '015': ['t3.total_handled.natural_person', 't3.total_handled.total'],
  '021': ['t4.review.total', 't4.suit_after_review.total'],
  '111': ['t4.review.total'],
  '116': ['t3.granted.total', 't3.new_received.total', 't3.total_handled.total', 't3.unavailable.not_held.total'],
  '119': ['t3.denied.third_party.total', 't3.granted.total', 't3.new_received.total', 't3.total_handled.total'],
  '120': ['t4.suit_after_review.total'],
  '152': [
    't3.new_received.natural_person',
    't3.new_received.total',
    't3.total_handled.natural_person',
    't3.total_handled.total',
    't4.review.total',
  ],
  '154': [
    't3.new_received.natural_person',
    't3.new_received.total',
    't3.total_handled.natural_person',
    't3.total_handled.total',
  ],
  '160': ['t3.new_received.natural_person', 't3.new_received.total'],
  '165': ['t3.new_received.total', 't3.total_handled.total', 't3.unavailable.not_held.total'],
};

describe('checkReport on the real corpus (data/gold)', () => {
  it('has the gold reports to check', () => {
    expect(goldStems.length).toBeGreaterThanOrEqual(60);
    for (const stem of Object.keys(NOTED_ERRORS_AT)) expect(goldStems).toContain(stem);
  });

  it.each(goldStems)('gold %s: errors exactly where the notes say the source breaks a rule', (stem) => {
    const gold = loadGold(stem);
    expect(errorsAt(checkReport(gold.layout, gold.cells))).toEqual([...(NOTED_ERRORS_AT[stem] ?? [])].sort());
  });

  it('gold 002: blank totals fail as not stated, one blank warning per blank cell', () => {
    const gold = loadGold('002');
    const findings = checkReport(gold.layout, gold.cells);
    const granted = findings.find((f) => f.rule === 't3.row_sum' && f.cells![0] === 't3.granted.total')!;
    expect(granted).toMatchObject({ found: null, expected: 272 });
    expect(granted.message).toContain('表三“予以公开”行：总计未填写，但自然人 258 + 商业企业 12 + 科研机构（空）');
    const blankIds = Object.entries(gold.cells)
      .filter(([, v]) => v === null)
      .map(([id]) => id);
    expect(blankIds).toHaveLength(135);
    const blankFindings = findings.filter((f) => f.rule === 'cell.blank');
    expect(blankFindings.map((f) => f.cells![0]).sort()).toEqual(blankIds.sort());
    expect(blankFindings.every((f) => f.severity === 'warning')).toBe(true);
    // Everything stated is consistent, e.g. 自然人 821 + 18 = 767 + 72.
    expect(findings.some((f) => f.rule === 't3.balance')).toBe(false);
  });

  it('gold 015: names the table, row, column and numbers in both languages', () => {
    const gold = loadGold('015');
    const f = checkReport(gold.layout, gold.cells).find((x) => x.cells![0] === 't3.total_handled.natural_person')!;
    expect(f).toMatchObject({ rule: 't3.outcome_total', severity: 'error', expected: 26, found: 20 });
    expect(f.message).toMatch(/^表三“自然人”列：（七）总计 20，但予以公开 6 \+ 部分公开 6 .* = 26$/);
    expect(f.message_en).toMatch(/^Table 3, Natural persons column: Total handled 20, but Granted 6 .* = 26$/);
    // 015 is layout 2019 and prints negative 本年增/减: allowed, not a finding.
    expect(Object.entries(gold.cells).some(([id, v]) => id.endsWith('_change_2019') && (v ?? 0) < 0)).toBe(true);
  });

  it('gold 152: a balance break is at 本年新收 and involves all four cells', () => {
    const gold = loadGold('152');
    const f = checkReport(gold.layout, gold.cells).find(
      (x) => x.rule === 't3.balance' && x.cells![0] === 't3.new_received.total',
    )!;
    expect(f.cells).toEqual([
      't3.new_received.total',
      't3.carried_over.total',
      't3.total_handled.total',
      't3.carried_forward.total',
    ]);
    expect(f).toMatchObject({ found: 4, expected: 0 });
    expect(f.message).toContain(
      '本年新收政府信息公开申请数量 4 + 上年结转政府信息公开申请数量 0 = 4，但（七）总计 0 + 结转下年度继续办理 0 = 0',
    );
  });
});

// ---------------------------------------------------------------- unit cases

/** A report that is all zeros: consistent, no blanks. */
const zeros = (layout: Layout): Cells => Object.fromEntries(cellsOf(layout).map((c) => [c.id, 0]));

describe('checkReport rules', () => {
  it('gives a report of unknown layout no cell findings', () => {
    expect(checkReport('unknown', { 't3.granted.total': -1 })).toEqual([]);
  });

  it('passes an all-zero table of either layout', () => {
    for (const layout of LAYOUTS) expect(checkReport(layout, zeros(layout))).toEqual([]);
  });

  it('reports a negative count, but not a negative 2019 本年增/减', () => {
    const cells = { ...zeros('2019'), 't2.licensing.items_change_2019': -3, 't2.licensing.items_prev_2019': -2 };
    const findings = checkReport('2019', cells);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULES.negativeValue.id,
      severity: 'error',
      cells: ['t2.licensing.items_prev_2019'],
      found: -2,
    });
    expect(findings[0].message).toContain('表二 行政许可 · 上一年项目数量');
  });

  it('reports a non-integer count, but not a decimal fee amount', () => {
    const cells = { ...zeros('2021'), 't2.fees.amount_wan_yuan': 12.5, 't2.penalty.decisions': 2.5 };
    const findings = checkReport('2021', cells);
    expect(findings.map((f) => [f.rule, f.cells![0]])).toEqual([[RULES.nonInteger.id, 't2.penalty.decisions']]);
  });

  it('treats a blank part as 0 and reports the blank on its own', () => {
    const cells = { ...zeros('2021'), 't4.review.upheld': null, 't4.review.total': 0 };
    expect(checkReport('2021', cells).map((f) => f.rule)).toEqual([RULES.blankCell.id]);
    const broken = { ...cells, 't4.review.corrected': 2 };
    const findings = checkReport('2021', broken);
    expect(findings.map((f) => f.rule)).toEqual([RULES.t4GroupTotal.id, RULES.blankCell.id]);
    expect(findings[0]).toMatchObject({
      expected: 2,
      found: 0,
      cells: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending'],
    });
    expect(findings[0].message).toBe(
      '表四“行政复议”：总计 0，但结果维持（空） + 结果纠正 2 + 其他结果 0 + 尚未审结 0 = 2',
    );
  });

  it('fails a blank total with stated parts as not stated, even when the parts are 0', () => {
    const findings = checkReport('2021', { ...zeros('2021'), 't4.review.total': null });
    expect(findings.map((f) => [f.rule, f.cells![0], f.found, f.expected])).toEqual([
      [RULES.t4GroupTotal.id, 't4.review.total', null, 0],
      [RULES.blankCell.id, 't4.review.total', null, undefined],
    ]);
    expect(findings[0].message_en).toBe(
      'Table 4, Administrative review: Total not stated, but Upheld 0 + Corrected 0 + Other result 0 + Pending 0 = 0',
    );
  });

  it('skips an identity whose cells are all blank', () => {
    const cells = zeros('2021');
    for (const f of ['upheld', 'corrected', 'other', 'pending', 'total']) cells[`t4.review.${f}`] = null;
    const findings = checkReport('2021', cells);
    expect(findings.every((f) => f.rule === RULES.blankCell.id)).toBe(true);
    expect(findings).toHaveLength(5);
  });

  it('does not report a cell missing from the record as blank, but counts it as not stated', () => {
    const cells = zeros('2021');
    delete cells['t2.penalty.decisions'];
    expect(checkReport('2021', cells)).toEqual([]);
    delete cells['t4.review.total'];
    expect(checkReport('2021', cells).map((f) => [f.rule, f.found])).toEqual([[RULES.t4GroupTotal.id, null]]);
  });
});

// ---------------------------------------------------------------- properties

/** mulberry32: a small seeded PRNG, so every run draws the same tables. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random count, mostly small and often 0, like the real tables. */
const count = (rand: () => number) => (rand() < 0.4 ? 0 : Math.floor(rand() ** 3 * 300));

/** A random table that satisfies every rule of the layout. */
function consistentCells(layout: Layout, rand: () => number): Cells {
  const cells: Cells = {};
  for (const def of cellsOf(layout)) {
    if (def.table !== 2) continue;
    if (def.unit === 'change') cells[def.id] = count(rand) - count(rand);
    else if (def.unit === 'count') cells[def.id] = count(rand);
    else cells[def.id] = Math.round(rand() * 1e6) / 100;
  }
  const outcomes = table3Rows(layout).filter((r) => r.group !== null);
  for (const col of TABLE3_APPLICANT_COLUMNS) {
    let handled = 0;
    for (const row of outcomes) handled += cells[t3Id(row.id, col)] = count(rand);
    const forward = count(rand);
    const over = Math.floor(rand() * (handled + forward + 1));
    Object.assign(cells, {
      [t3Id('total_handled', col)]: handled,
      [t3Id('carried_forward', col)]: forward,
      [t3Id('carried_over', col)]: over,
      [t3Id('new_received', col)]: handled + forward - over,
    });
  }
  for (const row of table3Rows(layout)) {
    cells[t3Id(row.id, 'total')] = TABLE3_APPLICANT_COLUMNS.reduce((s, c) => s + (cells[t3Id(row.id, c)] ?? 0), 0);
  }
  for (const group of ['review', 'suit_direct', 'suit_after_review']) {
    let total = 0;
    for (const f of ['upheld', 'corrected', 'other', 'pending']) total += cells[`t4.${group}.${f}`] = count(rand);
    cells[`t4.${group}.total`] = total;
  }
  return cells;
}

describe('checkReport properties (seeded random tables)', () => {
  it.each(LAYOUTS)('layout %s: random consistent tables have no finding', (layout) => {
    const rand = prng(2021);
    for (let i = 0; i < 50; i++) {
      const cells = consistentCells(layout, rand);
      expect(Object.keys(cells).sort()).toEqual(
        cellsOf(layout)
          .map((c) => c.id)
          .sort(),
      );
      expect(checkReport(layout, cells)).toEqual([]);
    }
  });

  it.each(LAYOUTS)(
    'layout %s: changing any one cell of table 3 or 4 fails exactly the identities that hold it',
    (layout) => {
      const rand = prng(7);
      const identities = identitiesOf(layout);
      const cells = consistentCells(layout, rand);
      const editable = cellsOf(layout).filter((c) => c.table !== 2);
      expect(editable).toHaveLength(table3Rows(layout).length * TABLE3_COLUMNS.length + 15);
      for (const def of editable) {
        const delta = 1 + Math.floor(rand() * 20);
        const findings = checkReport(layout, { ...cells, [def.id]: (cells[def.id] ?? 0) + delta });
        const holding = identities.filter((idn) => idn.lhs.includes(def.id) || idn.rhs.includes(def.id));
        // Every table-3 cell is in a row sum and a column identity; every table-4 cell in its group total.
        expect(holding.length).toBeGreaterThanOrEqual(def.table === 3 ? 2 : 1);
        expect(findings.map((f) => `${f.rule}@${f.cells![0]}`).sort()).toEqual(
          holding.map((idn) => `${idn.rule.id}@${idn.at}`).sort(),
        );
        for (const f of findings) {
          expect(f.severity).toBe('error');
          expect(f.cells).toContain(def.id);
          expect(Math.abs(f.found! - f.expected!)).toBe(delta);
        }
      }
    },
  );

  it('layout 2021: blanking any one non-zero cell of table 3 or 4 fails every identity that holds it', () => {
    const rand = prng(11);
    const cells = consistentCells('2021', rand);
    const identities = identitiesOf('2021');
    for (const def of cellsOf('2021').filter((c) => c.table !== 2 && cells[c.id] !== 0)) {
      const rules = checkReport('2021', { ...cells, [def.id]: null });
      const broken = rules.filter((f) => f.severity === 'error');
      const holding = identities.filter((idn) => idn.lhs.includes(def.id) || idn.rhs.includes(def.id));
      expect(broken).toHaveLength(holding.length);
      expect(rules.filter((f) => f.rule === RULES.blankCell.id).map((f) => f.cells)).toEqual([[def.id]]);
    }
  });
});

describe('checkReport messages name the cells and their values, in both languages (read against the template by hand)', () => {
  const identity = (rule: string, at: string) => identitiesOf('2021').find((i) => i.rule.id === rule && i.at === at)!;

  it('a row sum: the row, the total, each applicant type (blank shown as blank) and the sum', () => {
    const f = checkIdentity(identity('t3.row_sum', 't3.denied.third_party.total'), {
      't3.denied.third_party.total': 5,
      't3.denied.third_party.natural_person': 3,
      't3.denied.third_party.commercial': null,
      't3.denied.third_party.research': 0,
      't3.denied.third_party.social_welfare': 0,
      't3.denied.third_party.legal_service': 0,
      't3.denied.third_party.other_org': 1,
    })!;
    expect(f.message).toBe(
      '表三“不予公开·保护第三方合法权益”行：总计 5，但自然人 3 + 商业企业（空） + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 1 = 4',
    );
    expect(f.message_en).toBe(
      'Table 3, Refused: third-party rights row: Total 5, but Natural persons 3 + Businesses (blank) + Research institutions 0 + Public-interest organisations 0 + Legal service providers 0 + Other organisations 1 = 4',
    );
  });

  it('a column balance: the column and both sides', () => {
    const f = checkIdentity(identity('t3.balance', 't3.new_received.natural_person'), {
      't3.new_received.natural_person': 20,
      't3.carried_over.natural_person': 0,
      't3.total_handled.natural_person': 26,
      't3.carried_forward.natural_person': 0,
    })!;
    expect(f.message).toBe(
      '表三“自然人”列：本年新收政府信息公开申请数量 20 + 上年结转政府信息公开申请数量 0 = 20，但（七）总计 26 + 结转下年度继续办理 0 = 26',
    );
    expect(f.message_en).toBe(
      'Table 3, Natural persons column: New applications received 20 + Carried over from last year 0 = 20, but Total handled 26 + Carried forward to next year 0 = 26',
    );
  });

  it('a balance whose reported cell is blank but whose sides agree (blank as 0) is no finding of the balance', () => {
    const cells = {
      't3.new_received.natural_person': null,
      't3.carried_over.natural_person': 5,
      't3.total_handled.natural_person': 5,
      't3.carried_forward.natural_person': 0,
    };
    expect(checkIdentity(identity('t3.balance', 't3.new_received.natural_person'), cells)).toBeNull();
  });

  it('a long sum lists only its non-zero parts and says how many it left out; all-zero parts say so', () => {
    const outcomes = identity('t3.outcome_total', 't3.total_handled.total');
    const f = checkIdentity(outcomes, {
      't3.total_handled.total': 9,
      't3.granted.total': 4,
      't3.denied.third_party.total': 2,
      't3.partial.total': 0,
    })!;
    expect(f.message).toBe(
      '表三“总计”列：（七）总计 9，但予以公开 4 + 不予公开·保护第三方合法权益 2（其余 19 项为 0 或空） = 6',
    );
    expect(f.message_en).toBe(
      'Table 3, Total column: Total handled 9, but Granted 4 + Refused: third-party rights 2 (other 19 parts 0 or blank) = 6',
    );
    const zero = checkIdentity(outcomes, { 't3.total_handled.total': 9, 't3.granted.total': 0 })!;
    expect(zero.message).toBe('表三“总计”列：（七）总计 9，但各项（均为 0 或空）之和 = 0');
    expect(zero.message_en).toBe('Table 3, Total column: Total handled 9, but all parts (0 or blank) sum to 0');
  });

  it('a table-4 group whose total is not stated', () => {
    const f = checkIdentity(identity('t4.group_total', 't4.review.total'), {
      't4.review.total': null,
      't4.review.upheld': 1,
      't4.review.corrected': 0,
      't4.review.other': 0,
      't4.review.pending': 0,
    })!;
    expect(f.found).toBeNull();
    expect(f.message).toBe('表四“行政复议”：总计未填写，但结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1');
    expect(f.message_en).toBe(
      'Table 4, Administrative review: Total not stated, but Upheld 1 + Corrected 0 + Other result 0 + Pending 0 = 1',
    );
  });

  it('a blank, a negative and a non-integer cell', () => {
    const cells: Cells = {
      't3.granted.natural_person': null,
      't3.partial.natural_person': -1,
      't3.denied.third_party.natural_person': 1.5,
    };
    const own = checkReport('2021', cells).filter((f) => f.cells!.length === 1 && f.cells![0] in cells);
    expect(own.map((f) => [f.rule, f.message, f.message_en])).toEqual([
      [
        'cell.blank',
        '表三 予以公开 · 自然人：单元格为空（格式要求填写 0）',
        'Table 3 Granted · Natural persons: blank cell (the format asks for 0 to be written)',
      ],
      [
        'cell.negative',
        '表三 部分公开 · 自然人：数值 -1 为负',
        'Table 3 Partly granted · Natural persons: value -1 is negative',
      ],
      [
        'cell.non_integer',
        '表三 保护第三方合法权益 · 自然人：件数 1.5 不是整数',
        'Table 3 Refused: third-party rights · Natural persons: count 1.5 is not a whole number',
      ],
    ]);
  });
});
