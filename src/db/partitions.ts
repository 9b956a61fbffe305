/**
 * Which partitions of a partitioned dataset a view needs (pure). The URL's region and years are
 * the scope: a view's SQL filters by them, so rows of other loaded partitions never leak in.
 */
import type { UrlState } from '../url/state';
import type { Manifest, ManifestPartition } from './manifest';

export type Scope = Pick<UrlState, 'region' | 'years'>;

export const partitionKey = (p: Pick<ManifestPartition, 'province' | 'year'>) => `${p.province}/${p.year}`;

/** The partitions a result was computed on, as its cache key names them (see sqlKey). */
export const partitionsKey = (partitions: readonly ManifestPartition[]) => partitions.map(partitionKey).join(',');

/** The partitions of the scope's province and years (none for an unpartitioned dataset). */
export function partitionsFor(manifest: Manifest, scope: Scope): ManifestPartition[] {
  const province = scope.region?.split('/')[0];
  return manifest.partitions.filter(
    (p) => p.province === province && (scope.years.length === 0 || scope.years.includes(p.year)),
  );
}

/**
 * The scope to put in the URL when a partitioned dataset is opened without one: the first
 * province, its latest year. Null when the URL already names a province and years, or the
 * dataset is not partitioned.
 */
export function defaultScope(manifest: Manifest, scope: Scope): Scope | null {
  if (manifest.partitions.length === 0 || (scope.region && scope.years.length)) return null;
  const province = scope.region?.split('/')[0] ?? manifest.partitions[0].province;
  const years = manifest.partitions.filter((p) => p.province === province).map((p) => p.year);
  if (years.length === 0) return { region: manifest.partitions[0].province, years: [manifest.partitions[0].year] };
  return { region: scope.region ?? province, years: scope.years.length ? scope.years : [Math.max(...years)] };
}

/** The years a partitioned dataset has, oldest first (what a year choice offers before any is loaded). */
export function partitionYears(manifest: Manifest): number[] {
  return [...new Set(manifest.partitions.map((p) => p.year))].sort((a, b) => a - b);
}
