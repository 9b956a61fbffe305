/**
 * Data perturbation of the gold reports against the consistency checks (`npm run perturb`) — not
 * mutation testing of the code (that is `npm run mutate:code`, StrykerJS over src/report).
 *
 * For every gold report (data/gold) and every stated cell of table 3 or 4, apply one change at a
 * time (+1, −1, +10, ×2, set to 0) and ask two questions:
 *  - detectable: does the change break an arithmetic identity that held before? The identities
 *    are rules.ts's identitiesOf — the same list checkReport evaluates — so this measures whether
 *    the checker evaluates its rules correctly, not whether the list is complete: a rule missing
 *    from rules.ts would also be missing here. The list's completeness is checked by the
 *    hand count of the identities per layout in mutate-checks.test.ts (from the report format).
 *    Whether an identity "held" is computed here, independently of checks.ts: every one of its
 *    cells is stated and its two sides are equal.
 *  - flagged: does checkReport report a new error finding that involves the changed cell?
 * It prints the rate (flagged among detectable; the target is 100%) and the kinds of perturbations
 * that no identity can see. Exit status 1 when a detectable perturbation went unflagged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Cells, checkReport } from '../src/report/checks';
import { type Identity, identitiesOf } from '../src/report/rules';
import { cellsOf, type Layout, type LayoutId } from '../src/report/template';
import type { Finding } from '../src/report/types';

export const GOLD_DIR = join(dirname(fileURLToPath(import.meta.url)), '../data/gold');

export const MUTATIONS: readonly { name: string; apply: (v: number) => number }[] = [
  { name: '+1', apply: (v) => v + 1 },
  { name: '-1', apply: (v) => v - 1 },
  { name: '+10', apply: (v) => v + 10 },
  { name: '×2', apply: (v) => v * 2 },
  { name: '=0', apply: () => 0 },
];

export type IdentityState = 'held' | 'broken' | 'blank';

export interface MutationResult {
  report: string;
  cell: string;
  mutation: string;
  /** The value did not change (×2 or =0 of a 0): not a mutation. */
  noop: boolean;
  detectable: boolean;
  flagged: boolean;
  /** For a mutation that is not detectable: why no identity can see it. */
  undetectableKind: string | null;
}

/** An identity's state on a report, evaluated without checks.ts. */
export function identityState(identity: Identity, cells: Cells): IdentityState {
  const values = [...identity.lhs, ...identity.rhs].map((id) => cells[id] ?? null);
  if (values.some((v) => v === null)) return 'blank';
  const side = (ids: string[]) => ids.reduce((s, id) => s + (cells[id] as number), 0);
  return side(identity.lhs) === side(identity.rhs) ? 'held' : 'broken';
}

const signature = (f: Finding) => JSON.stringify([f.rule, f.cells, f.expected, f.found]);

/** Every mutation of one report's table-3 and table-4 cells (or of the cells given). */
export function mutateReport(report: string, layout: Layout, cells: Cells, only?: readonly string[]): MutationResult[] {
  const identities = identitiesOf(layout);
  const before = new Set(checkReport(layout, cells).map(signature));
  const results: MutationResult[] = [];
  const targets = cellsOf(layout).filter(
    (c) => c.table !== 2 && typeof cells[c.id] === 'number' && (!only || only.includes(c.id)),
  );
  for (const { id } of targets) {
    const holding = identities.filter((idn) => idn.lhs.includes(id) || idn.rhs.includes(id));
    const statesBefore = holding.map((idn) => identityState(idn, cells));
    for (const m of MUTATIONS) {
      const value = m.apply(cells[id] as number);
      const mutated = { ...cells, [id]: value };
      const noop = value === cells[id];
      const statesAfter = holding.map((idn) => identityState(idn, mutated));
      const detectable = !noop && statesBefore.some((state, i) => state === 'held' && statesAfter[i] !== 'held');
      const flagged =
        !noop &&
        checkReport(layout, mutated).some(
          (f) => f.severity === 'error' && f.cells?.includes(id) && !before.has(signature(f)),
        );
      const undetectableKind = noop || detectable ? null : describeUndetectable(statesBefore, statesAfter);
      results.push({ report, cell: id, mutation: m.name, noop, detectable, flagged, undetectableKind });
    }
  }
  return results;
}

function describeUndetectable(states: IdentityState[], after: IdentityState[]): string {
  if (states.length === 0) return 'cell is in no identity';
  if (states.some((s, i) => s === 'broken' && after[i] === 'held'))
    return 'the change repairs an identity broken in the source';
  const kinds = [...new Set(states)].sort();
  const words: Record<IdentityState, string> = {
    held: 'held',
    blank: 'has a blank cell',
    broken: 'already broken in the source',
  };
  return `every identity of the cell ${kinds.map((k) => words[k]).join(' or ')}`;
}

export interface GoldReport {
  stem: string;
  layout: LayoutId;
  cells: Cells;
}

export function loadGoldReports(stems?: readonly string[]): GoldReport[] {
  const all = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  return (stems ?? all).map((stem) => {
    const g = JSON.parse(readFileSync(join(GOLD_DIR, `${stem}.json`), 'utf8'));
    return { stem, layout: g.layout, cells: g.cells };
  });
}

export function mutateGold(reports: readonly GoldReport[]): MutationResult[] {
  return reports.flatMap((r) => (r.layout === 'unknown' ? [] : mutateReport(r.stem, r.layout, r.cells)));
}

export interface MutationSummary {
  reports: number;
  mutations: number;
  noops: number;
  detectable: number;
  detected: number;
  missed: MutationResult[];
  /** Not detectable (and not a no-op): kind → count. */
  undetectable: Map<string, number>;
  /** Not detectable, yet flagged (the blank convention counts blank parts as 0). */
  flaggedUndetectable: number;
}

export function summarise(results: readonly MutationResult[]): MutationSummary {
  const real = results.filter((r) => !r.noop);
  const detectable = real.filter((r) => r.detectable);
  const undetectable = new Map<string, number>();
  for (const r of real.filter((x) => !x.detectable)) {
    undetectable.set(r.undetectableKind!, (undetectable.get(r.undetectableKind!) ?? 0) + 1);
  }
  return {
    reports: new Set(results.map((r) => r.report)).size,
    mutations: real.length,
    noops: results.length - real.length,
    detectable: detectable.length,
    detected: detectable.filter((r) => r.flagged).length,
    missed: detectable.filter((r) => !r.flagged),
    undetectable,
    flaggedUndetectable: real.filter((r) => !r.detectable && r.flagged).length,
  };
}

function main() {
  const results = mutateGold(loadGoldReports());
  const s = summarise(results);
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
  const byReport = (pred: (r: MutationResult) => boolean) =>
    [...new Set(results.filter(pred).map((r) => r.report))].join(' ');
  console.log(`reports perturbed (layout 2021/2019): ${s.reports}`);
  console.log(`perturbations: ${s.mutations} (+ ${s.noops} no-ops: ×2 or =0 of a 0, not counted)`);
  console.log(`detectable (break an identity of rules.ts that held): ${s.detectable}`);
  console.log(`flagged by checkReport among detectable: ${s.detected} = ${pct(s.detected, s.detectable)}%`);
  console.log(`not detectable: ${s.mutations - s.detectable}, of which flagged anyway: ${s.flaggedUndetectable}`);
  for (const [kind, n] of s.undetectable) {
    console.log(`  ${n}\t${kind} (reports: ${byReport((r) => r.undetectableKind === kind)})`);
  }
  if (s.missed.length) {
    console.log(`MISSED ${s.missed.length} detectable perturbations, e.g.:`);
    for (const m of s.missed.slice(0, 20)) console.log(`  ${m.report} ${m.cell} ${m.mutation}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
