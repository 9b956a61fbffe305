import { describe, expect, it } from 'vitest';
import { funnelGrid, funnelLimits, pooledRate, wilsonInterval } from './stats';

describe('wilsonInterval', () => {
  it('matches the textbook values (Newcombe 1998)', () => {
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
  });

  it('stays inside [0, 1] and is non-degenerate at k = 0 and k = n', () => {
    const none = wilsonInterval(0, 10)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10)!;
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBeLessThanOrEqual(1);
    expect(all.high).toBeCloseTo(1, 10);
  });

  it('narrows as n grows at the same rate', () => {
    const small = wilsonInterval(3, 10)!;
    const large = wilsonInterval(300, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(large.low).toBeLessThan(0.3);
    expect(large.high).toBeGreaterThan(0.3);
  });

  it('has no interval without a valid denominator', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 5)).toBeNull();
    expect(wilsonInterval(Number.NaN, 5)).toBeNull();
  });

  it('widens with z', () => {
    const i95 = wilsonInterval(4, 20)!;
    const i998 = wilsonInterval(4, 20, 3.09)!;
    expect(i998.low).toBeLessThan(i95.low);
    expect(i998.high).toBeGreaterThan(i95.high);
  });
});

describe('funnel helpers', () => {
  it('pools only points with a denominator', () => {
    expect(
      pooledRate([
        { k: 1, n: 4 },
        { k: 3, n: 4 },
        { k: 0, n: 0 },
      ]),
    ).toBe(0.5);
    expect(pooledRate([{ k: 0, n: 0 }])).toBeNull();
  });

  it('computes p0 ± z·sqrt(p0(1-p0)/n), clamped', () => {
    const [a, b] = funnelLimits(0.5, [100, 1], 2);
    expect(a).toEqual({ n: 100, low: 0.4, high: 0.6 });
    expect(b).toEqual({ n: 1, low: 0, high: 1 });
    expect(funnelLimits(0.5, [0])).toEqual([]);
  });

  it('spans 1..max on a sorted, de-duplicated grid', () => {
    const g = funnelGrid(1000, 30);
    expect(g[0]).toBe(1);
    expect(g.at(-1)).toBe(1000);
    expect(new Set(g).size).toBe(g.length);
    expect([...g].sort((x, y) => x - y)).toEqual(g);
    expect(funnelGrid(0)).toEqual([]);
  });
});
