/**
 * A partitioned dataset's data loader (`npm run prerender:dataset -- DIR`; run by gen:national and
 * by the bench when it makes its province): for each scope a link lands on (each province with the
 * years the app picks for it, defaultScope), the Overview's own queries (overviewQueries) run with
 * @duckdb/node-api over that scope's partition, loaded as the page loads it (empty tables with the
 * dictionary's columns, the files appended, the views computed into tables); and the same for each
 * city and county of the province (the region choice). The results go into
 * `DIR/results/<manifest version>/<partition folder>/{overview,regions}.json`, listed by `DIR/results/index.json`
 * (src/db/linkResults.ts reads them). The whole results/ folder is replaced, so files of an older
 * version of the data do not linger; the page ignores any whose version is not the manifest's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openNodeEngine } from '../dataset/engines';
import { RESULTS_INDEX, type ResultsEntry, type ResultsIndex } from '../db/linkResults';
import { MANIFEST_NAME, type Manifest, parseManifest } from '../db/manifest';
import { defaultScope, partitionsFor, partitionsKey, type Scope } from '../db/partitions';
import type { Prerendered, PrerenderedQuery } from '../db/prerendered';
import { overviewQueries } from '../queries/overview';
import { DEFAULT_URL_STATE, type UrlState } from '../url/state';
import { notAnswered, regionChoices, runEach } from './prerender';
import { replaceDirectory } from './publish';

export function readDatasetManifest(dir: string): Manifest {
  return parseManifest(JSON.parse(readFileSync(join(dir, MANIFEST_NAME), 'utf8')));
}

/** The scopes links land on: each province, with the years the app picks when a link names none. */
export function linkScopes(manifest: Manifest): Scope[] {
  const provinces = [...new Set(manifest.partitions.map((p) => p.province))];
  return provinces.map((region) => defaultScope(manifest, { region, years: [] }) ?? { region, years: [] });
}

/** The Overview's state of a link's scope, as the page parses it (its other filters at their defaults). */
const linkState = (scope: Scope): UrlState => ({ ...DEFAULT_URL_STATE, ...scope });

/**
 * The link's scope one region choice away: each city and county of the province, from the link's
 * own agency list (the options the region choice offers), the province itself left out.
 */
export function regionStates(scope: Scope, link: Prerendered): UrlState[] {
  return regionChoices(linkState(scope), link)
    .filter((region) => region !== scope.region)
    .map((region) => ({ ...linkState(scope), region }));
}

/**
 * The Overview's results for `scope` (the link) and for each of its regions (the filter a reader
 * tries first on a province), over the scope's partitions only, as the page computes them.
 */
export async function prerenderScope(
  dir: string,
  manifest: Manifest,
  scope: Scope,
): Promise<{ link: Prerendered; regions: Prerendered }> {
  const partitions = partitionsFor(manifest, scope);
  const engine = await openNodeEngine(dir, { partition: partitions.flatMap((p) => p.files) });
  const results = (queries: PrerenderedQuery[]): Prerendered => ({
    version: manifest.version,
    scope: partitionsKey(partitions),
    queries,
  });
  try {
    const link = results(await runEach(engine, Object.values(overviewQueries(linkState(scope)))));
    const ofRegions = regionStates(scope, link).flatMap((state) => Object.values(overviewQueries(state)));
    return { link, regions: results(await runEach(engine, notAnswered(ofRegions, link))) };
  } finally {
    engine.close();
  }
}

/** Computes and writes every link scope's results and the index; returns the index. */
export async function writeDatasetResults(dir: string, log: (line: string) => void = () => undefined) {
  const manifest = readDatasetManifest(dir);
  if (manifest.partitions.length === 0) throw new Error(`${dir}: not a partitioned dataset (no "partitions")`);
  const results = dirname(RESULTS_INDEX);
  return replaceDirectory(join(dir, results), async (tmp): Promise<ResultsIndex> => {
    const files: ResultsEntry[] = [];
    for (const scope of linkScopes(manifest)) {
      const started = performance.now();
      const { link, regions } = await prerenderScope(dir, manifest, scope);
      // The partition's folder (province=01/year=2025) names the files: ASCII, from the manifest.
      const folder = `${results}/${manifest.version}/${dirname(partitionsFor(manifest, scope)[0].files[0].name)}`;
      const write = (name: string, data: Prerendered) => {
        const path = join(tmp, name.slice(results.length + 1));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, JSON.stringify(data));
        return name;
      };
      files.push({
        region: scope.region ?? '',
        years: scope.years,
        scope: link.scope ?? '',
        name: write(`${folder}/overview.json`, link),
        regions: write(`${folder}/regions.json`, regions),
      });
      log(
        `${folder}  ${scope.region} ${scope.years.join(',')}  ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const index: ResultsIndex = { version: manifest.version, files };
    writeFileSync(join(tmp, RESULTS_INDEX.slice(results.length + 1)), `${JSON.stringify(index, null, 2)}\n`);
    return index;
  });
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run prerender:dataset -- DIR   (a partitioned dataset folder, e.g. from gen:national)');
    process.exit(2);
  }
  try {
    const index = await writeDatasetResults(dir, (line) => console.error(line));
    console.error(`${index.files.length} result files for version ${index.version} in ${join(dir, 'results')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
