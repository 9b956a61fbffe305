/**
 * Playwright globalSetup: a SMALL synthetic partitioned dataset in dist/e2e-synthetic for
 * e2e/partitioned.spec.ts (`./?dataset=e2e-synthetic`; `vite preview` serves dist/).
 *
 * 2 provinces × 2 years × 8 counties × 30 agencies = 240 reports per partition: more than the
 * Compare table's 200 rows and the bar chart's 50 bars. Generated with the exported generator of
 * `npm run gen:national` (scripts/gen-national-dataset.ts), only when dist/e2e-synthetic lacks a
 * manifest or its stamp differs (other options, or another version of the generator): a later run
 * costs a file read. `vite build` empties dist/, so the dataset is made again after each build.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';

/** The folder under dist/, i.e. `?dataset=` value. */
export const E2E_DATASET = 'e2e-synthetic';
export const E2E_DATASET_OPTIONS = {
  provinces: 2,
  firstYear: 2024,
  lastYear: 2025,
  seed: 1,
  countiesPerProvince: 8,
  agenciesPerCounty: 30,
  injectRate: 0.02,
} as const;
const STAMP = 'e2e-stamp.json';
const GENERATOR = 'scripts/gen-national-dataset.ts';
/** The data loader the generator runs: the Overview's results for each province's link. */
const LOADER = 'src/pipeline/prerenderDataset.ts';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const root = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `${dist}/index.html does not exist: build the app before the end-to-end tests ` +
        '(`npx vite build --configLoader runner`; scripts/test-all.sh does it first).',
    );
  }
  const out = path.join(dist, E2E_DATASET);
  const manifest = path.join(out, 'manifest.json');
  const stampFile = path.join(out, STAMP);
  const stamp = JSON.stringify({
    options: E2E_DATASET_OPTIONS,
    generator: createHash('sha256')
      .update(readFileSync(path.join(root, GENERATOR)))
      .update(readFileSync(path.join(root, LOADER)))
      .digest('hex'),
  });
  if (existsSync(manifest) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;

  const started = performance.now();
  // Imported only when needed: DuckDB and the report checks are not loaded on the fast path.
  const { generateNationalDataset } = await import('../scripts/gen-national-dataset');
  const { manifest: written } = await generateNationalDataset({ ...E2E_DATASET_OPTIONS, out });
  writeFileSync(stampFile, stamp);
  const reports = written.partitions.flatMap((p) => p.files).filter((f) => f.table === 'reports');
  console.log(
    `global setup: ${path.relative(root, out)}: ${written.partitions.length} partitions, ` +
      `${reports.reduce((s, f) => s + f.rows, 0)} reports in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
