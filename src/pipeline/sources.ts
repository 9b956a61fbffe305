/**
 * The report folder: which files to ingest and what manifest.csv says about each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseCsv } from '../dataset/readCsv';

export interface SourceInfo {
  /** The agency the manifest names (used when the parser finds none). */
  agency: string | null;
  url: string | null;
  format: string | null;
  notes: string | null;
}

export const MANIFEST_FILE = 'manifest.csv';
/** What each listed report covers, with the evidence (src/measures/coverage.ts). */
export const COVERAGE_FILE = 'coverage.csv';

export interface Coverage {
  scope: 'own' | 'jurisdiction';
  evidence: string | null;
}

/** coverage.csv of a report folder, keyed by file name; empty when the folder has none. */
export function readCoverage(dir: string): Map<string, Coverage> {
  const path = join(dir, COVERAGE_FILE);
  if (!existsSync(path)) return new Map();
  return new Map(
    parseCsv(readFileSync(path, 'utf8'), path).map((r, i) => {
      if (r.scope !== 'own' && r.scope !== 'jurisdiction')
        throw new Error(`${path}: line ${i + 2}: scope "${r.scope}" is not 'own' or 'jurisdiction'`);
      if (!existsSync(join(dir, r.file ?? ''))) throw new Error(`${path}: line ${i + 2}: no report file "${r.file}"`);
      return [r.file, { scope: r.scope, evidence: r.evidence?.trim() || null }];
    }),
  );
}

/**
 * The original URL of a manifest `source`: an explicit `original https://…`, a URL on its own, or a
 * GitHub reference `owner/repo:path@commit` (how the corpus cites copies kept in repositories).
 */
export function sourceUrl(source: string): string | null {
  const original = /original\s+(https?:\/\/\S+)/.exec(source);
  if (original) return original[1];
  const bare = /^(https?:\/\/\S+)$/.exec(source.trim());
  if (bare) return bare[1];
  const github = /^([\w.-]+\/[\w.-]+):(.+)@([0-9a-f]{40})$/.exec(source.trim());
  if (github) return `https://github.com/${github[1]}/blob/${github[3]}/${encodeURI(github[2])}`;
  return null;
}

/** manifest.csv of a report folder, keyed by file name; empty when the folder has none. */
export function readSourceManifest(dir: string): Map<string, SourceInfo> {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return new Map();
  const rows = parseCsv(readFileSync(path, 'utf8'), path);
  const opt = (v: string | undefined) => (v?.trim() ? v.trim() : null);
  return new Map(
    rows.map((r) => [
      r.file,
      { agency: opt(r.agency), url: sourceUrl(r.source ?? ''), format: opt(r.format), notes: opt(r.notes) },
    ]),
  );
}

/** Report files of a folder in name order: every regular file but the manifest and hidden files. */
export function listReportFiles(dir: string, manifest: Map<string, SourceInfo>): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: no such folder of reports`);
  const onDisk = readdirSync(dir).filter(
    (f) => f !== MANIFEST_FILE && f !== COVERAGE_FILE && !f.startsWith('.') && statSync(join(dir, f)).isFile(),
  );
  // A file the manifest lists but the folder lacks is still a row (status 'failed'), not silence.
  const names = new Set([...onDisk, ...manifest.keys()]);
  return [...names].sort();
}

/** The report id of a file: its name without the extension (`000.txt` → `000`). */
export const reportIdOf = (file: string) => file.slice(0, file.length - extname(file).length);
