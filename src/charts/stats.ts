/**
 * Small statistics for rates shown on the dashboard: Wilson score intervals for one rate and
 * funnel-plot control limits around a pooled rate. Pure functions, no I/O.
 */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;
/** z for a two-sided 99.8% interval (the outer funnel limit). */
export const Z998 = 3.090232306167813;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for k successes out of n (95% by default). Unlike the normal
 * approximation it stays inside [0, 1] and is meaningful for small n and for k = 0 or k = n,
 * which is most of our agencies. Null when there is no denominator.
 */
export function wilsonInterval(k: number, n: number, z = Z95): Interval | null {
  if (!Number.isFinite(k) || !Number.isFinite(n) || n <= 0 || k < 0 || k > n) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp rounding noise at the ends (k = 0 gives low = -1e-17, say).
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Pooled rate sum(k) / sum(n) over the points that have a denominator; null when none do. */
export function pooledRate(points: readonly { k: number; n: number }[]): number | null {
  let k = 0;
  let n = 0;
  for (const p of points) {
    if (p.n > 0) {
      k += p.k;
      n += p.n;
    }
  }
  return n > 0 ? k / n : null;
}

export interface FunnelLimitPoint {
  n: number;
  low: number;
  high: number;
}

/**
 * Control limits p0 ± z·sqrt(p0(1−p0)/n), clamped to [0, 1], for each denominator in `ns`.
 * A unit whose rate falls outside the limits differs from the pool by more than chance at
 * that size would explain.
 */
export function funnelLimits(p0: number, ns: readonly number[], z = Z95): FunnelLimitPoint[] {
  return ns
    .filter((n) => n > 0)
    .map((n) => {
      const half = z * Math.sqrt((p0 * (1 - p0)) / n);
      return { n, low: Math.max(0, p0 - half), high: Math.min(1, p0 + half) };
    });
}

/** Denominators from 1 to `max`, spaced evenly on a log scale, so funnel curves look smooth. */
export function funnelGrid(max: number, steps = 60): number[] {
  if (!(max >= 1)) return [];
  const out = new Set<number>();
  for (let i = 0; i <= steps; i++) out.add(Math.max(1, Math.round(Math.exp((Math.log(max) * i) / steps))));
  return [...out].sort((a, b) => a - b);
}
