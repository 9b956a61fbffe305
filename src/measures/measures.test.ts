/**
 * Every measure, computed BY HAND from the hand-verified gold figures (data/gold/*.json) of a few
 * reports, against what the measures module's SQL gives on the shipped dataset. The formulas here
 * are written out again from the template's cell ids; nothing is imported from the module but its
 * list of ids (so a measure added there without an oracle here fails).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openNodeEngine } from '../dataset/engines';
import { MEASURES } from './measures';
import { kCol, measureValues, nCol } from './sql';

type Cells = Record<string, number | null>;
const gold = (file: string): { cells: Cells } => JSON.parse(readFileSync(join('data/gold', `${file}.json`), 'utf8'));

/** A figure: the sum of the stated cells; null only when every cell is blank or missing. */
function fig(cells: Cells, ids: string[]): number | null {
  const stated = ids.map((id) => cells[id]).filter((v): v is number => v !== null && v !== undefined);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
}
const t3 = (rows: string[]) => rows.map((r) => `t3.${r}.total`);
const DENIED = t3([
  'denied.state_secret',
  'denied.law_prohibited',
  'denied.three_safeties',
  'denied.third_party',
  'denied.internal_affairs',
  'denied.process_info',
  'denied.enforcement_file',
  'denied.admin_query',
]);
const UNAVAILABLE = t3(['unavailable.not_held', 'unavailable.needs_creation', 'unavailable.unclear']);
const REJECTED = t3([
  'rejected.petition',
  'rejected.duplicate',
  'rejected.publication',
  'rejected.mass_repeated',
  'rejected.reconfirm',
]);
const OTHER = t3(['other.no_correction', 'other.no_fee', 'other.other']);

type Oracle = { value: number | null } | { k: number | null; n: number | null };

/** A count or a rate; null when any figure of the formula is blank (blank is not 0). */
const all = (parts: (number | null)[]) => parts.every((p) => p !== null);
const count = (parts: (number | null)[], value: (p: number[]) => number): Oracle => ({
  value: all(parts) ? value(parts as number[]) : null,
});
const rate = (
  num: (number | null)[],
  den: (number | null)[],
  k: (p: number[]) => number,
  n: (p: number[]) => number,
) => (all([...num, ...den]) ? { k: k(num as number[]), n: n(den as number[]) } : { k: null, n: null });

function byHand(c: Cells): Record<string, Oracle> {
  const f = (ids: string[]) => fig(c, ids);
  const handled = f(['t3.total_handled.total']);
  const received = f(['t3.new_received.total']);
  const granted = f(['t3.granted.total']);
  const partial = f(['t3.partial.total']);
  const rejected = f(REJECTED);
  const other = f(OTHER);
  const review = f(['t4.review.total']);
  const suit = f(['t4.suit_direct.total', 't4.suit_after_review.total']);
  const reviewCorrected = f(['t4.review.corrected']);
  const suitCorrected = f(['t4.suit_direct.corrected', 't4.suit_after_review.corrected']);
  const pending = [f(['t4.review.pending']), f(['t4.suit_direct.pending', 't4.suit_after_review.pending'])];
  const sum = (p: number[]) => p.reduce((a, b) => a + b, 0);
  const first = (p: number[]) => p[0];
  return {
    new_received: count([received], first),
    total_handled: count([handled], first),
    carried_forward: count([f(['t3.carried_forward.total'])], first),
    granted_rate: rate([granted, partial], [handled], sum, first),
    granted_rate_eligible: rate([granted, partial], [handled, rejected, other], sum, ([h, r, o]) => h - r - o),
    denied_rate: rate([f(DENIED)], [handled], first, first),
    unavailable_rate: rate([f(UNAVAILABLE)], [handled], first, first),
    not_held_rate: rate([f(['t3.unavailable.not_held.total'])], [handled], first, first),
    rejected_rate: rate([rejected], [handled], first, first),
    petition_share: rate([f(['t3.rejected.petition.total'])], [rejected], first, first),
    carried_forward_rate: rate([f(['t3.carried_forward.total'])], [received, f(['t3.carried_over.total'])], first, sum),
    natural_share: rate([f(['t3.new_received.natural_person'])], [received], first, first),
    licensing: count([f(['t2.licensing.decisions'])], first),
    penalty: count([f(['t2.penalty.decisions'])], first),
    enforcement: count([f(['t2.enforcement.decisions'])], first),
    fees: count([f(['t2.fees.amount_wan_yuan'])], first),
    normative_docs_net: count([f(['t2.normative_docs.issued']), f(['t2.normative_docs.repealed'])], ([i, r]) => i - r),
    appeals_total: count([review, suit], sum),
    dispute_rate: rate([review, suit], [received], sum, first),
    review_corrected_rate: rate([reviewCorrected], [review], first, first),
    suit_lost_rate: rate([suitCorrected], [suit], first, first),
    corrected_rate: rate([reviewCorrected, suitCorrected], [review, suit], sum, sum),
    corrected_count: count([reviewCorrected, suitCorrected], sum),
    pending_rate: rate(pending, [review, suit], sum, sum),
  };
}

// 平潭 2024 (the zone), 郯城 2023, 上海 2019 (2019 template, many blank cells), a 平潭 department 2024.
const REPORTS = ['010', '000', '002', '111'];

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine('public/data');
});
afterAll(() => engine?.close());

describe('every measure, by hand from the gold figures', () => {
  it('has an oracle here for each measure of the module', () => {
    expect(Object.keys(byHand({})).sort()).toEqual(MEASURES.map((m) => m.id).sort());
  });

  it.each(REPORTS)('report %s', async (reportId) => {
    const ids = MEASURES.map((m) => m.id);
    const { rows } = await engine.rows(
      `SELECT ${measureValues(ids).join(', ')} FROM report_figures WHERE report_id = ?`,
      [reportId],
    );
    const got = rows[0];
    const expected = byHand(gold(reportId).cells);
    for (const m of MEASURES) {
      const want = expected[m.id];
      const actual = m.kind === 'count' ? { value: got[m.id] } : { k: got[kCol(m.id)], n: got[nCol(m.id)] };
      const close = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v);
      expect(Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, close(v)])), `${reportId} ${m.id}`).toEqual(
        Object.fromEntries(Object.entries(want).map(([k, v]) => [k, close(v)])),
      );
    }
  });
});
