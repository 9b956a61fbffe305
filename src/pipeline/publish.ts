/**
 * Building an output folder so that readers never see a half-written one: everything is written
 * into a temporary folder beside the target, which replaces the target only when complete. A
 * failure or Ctrl-C removes the temporary folder and leaves the target as it was.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { VIEWS_SQL } from '../measures/viewsSql';
import { buildDatapackage } from './datapackage';
import { buildDataReadme } from './dataReadme';
import { buildManifest } from './datasetManifest';
import type { IngestSummary } from './ingestReports';

/** manifest.json, datapackage.json, README.md and views.sql beside the Parquet files of `dir`. */
export function writeMetadata(dir: string, summary: IngestSummary): void {
  const manifest = buildManifest(dir, summary.rows);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(dir, 'manifest.json'), json(manifest));
  writeFileSync(join(dir, 'datapackage.json'), json(buildDatapackage(manifest, summary.reports)));
  writeFileSync(join(dir, 'README.md'), buildDataReadme(manifest, summary.reports));
  writeFileSync(join(dir, 'views.sql'), VIEWS_SQL);
}

/** Run `build` on a fresh temporary folder, then move it to `target` (replacing what was there). */
export async function replaceDirectory<T>(target: string, build: (tmp: string) => Promise<T>): Promise<T> {
  const full = resolve(target);
  mkdirSync(dirname(full), { recursive: true });
  const tmp = mkdtempSync(join(dirname(full), `.${basename(full)}.tmp-`));
  chmodSync(tmp, 0o755); // mkdtemp creates it private; the published folder is for everyone
  const abandon = () => rmSync(tmp, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    abandon();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await build(tmp);
    const old = `${tmp}.old`;
    if (existsSync(full)) renameSync(full, old);
    renameSync(tmp, full);
    rmSync(old, { recursive: true, force: true });
    return result;
  } catch (error) {
    abandon();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
