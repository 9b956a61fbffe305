/**
 * npm run ingest -- [DIR] [--out public/data] [--strict] [--workers N]
 *
 * Parses every report in DIR (default data/reports, with its manifest.csv), joins the agencies of
 * data/agencies.csv, runs the checks within and across reports and writes the dataset (Parquet,
 * manifest.json, datapackage.json, README.md, views.sql) to --out, replacing it only when complete.
 * A report that cannot be parsed is listed on stderr as `FILE: reason` and kept as a failed row;
 * the exit status is non-zero for that only with --strict.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseAgencies } from '../dataset/agencyList';
import { parseReportFile } from '../report/parse-file';
import { type IngestSummary, ingestReports } from './ingestReports';
import { createParsePool } from './parsePool';
import { replaceDirectory, writeMetadata } from './publish';

export const AGENCIES_CSV = 'data/agencies.csv';

export interface IngestCliOptions {
  dir: string;
  out: string;
  agenciesCsv: string;
  /** Parse worker threads; 0 parses in this thread. Default: one per core. */
  workers?: number;
}

/** Ingest `dir` into `out` (atomically) and return the summary. */
export async function ingestToFolder({
  dir,
  out,
  agenciesCsv,
  workers = availableParallelism(),
}: IngestCliOptions): Promise<IngestSummary> {
  const agencies = parseAgencies(readFileSync(agenciesCsv, 'utf8'), agenciesCsv);
  const pool = workers > 0 ? createParsePool(workers) : null;
  try {
    return await replaceDirectory(out, async (tmp) => {
      const summary = await ingestReports({ dir, outDir: tmp, agencies, parse: pool?.parse ?? parseReportFile });
      writeMetadata(tmp, summary);
      return summary;
    });
  } finally {
    await pool?.close();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'public/data' },
      agencies: { type: 'string', default: AGENCIES_CSV },
      strict: { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  });
  const dir = positionals[0] ?? 'data/reports';
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const summary = await ingestToFolder({ dir, out: values.out!, agenciesCsv: values.agencies!, workers });
  for (const f of summary.failed) console.error(`${f.file}: ${f.reason}`);
  const { rows } = summary;
  console.log(
    `${values.out}: ${rows.reports} reports (${summary.failed.length} failed), ${rows.agencies} agencies, ` +
      `${rows.cells} cells, ${rows.findings} findings`,
  );
  return values.strict && summary.failed.length ? 1 : 0;
}

// Run only as a script (tests import ingestToFolder).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
