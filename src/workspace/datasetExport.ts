/**
 * "Download as dataset": the user's counted reports as a zip in the layout `npm run ingest -- DIR
 * --out OUT` writes — one Parquet file per table (the dictionary's columns and types, snappy),
 * manifest.json (sizes and SHA-256, so the app can open it with `?dataset=` once served),
 * datapackage.json, README.md and views.sql. Rows are built as the tables' rows (localRows) but
 * with ids without the local- prefix (in the exported dataset they are its own reports); agencies
 * the dataset lists are copied from its agencies table. `sources/` holds the report files
 * themselves, which is what importing the zip back reads.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import { type SqlType, TABLES, type TableName } from '../dataset/dictionary';
import type { ReportRow } from '../dataset/rows';
import { query } from '../db/client';
import { LOCAL_PREFIX } from '../db/tabRows';
import { VIEWS_SQL } from '../measures/viewsSql';
import { buildDatapackage } from '../pipeline/datapackage';
import { buildDataReadme } from '../pipeline/dataReadme';
import type { DatasetManifest } from '../pipeline/datasetManifest';
import { localRows, WORKSPACE_NOTE } from './localRows';
import {
  agencyNameOf,
  contentHash,
  isCounted,
  localAgencyId,
  type WorkspaceRecord,
  workspaceReportId,
} from './records';
import { readSource } from './storage';

type Row = Record<string, unknown>;

/** Folder of the zip holding the reports' own files (beyond the ingest's layout). */
export const SOURCES = 'sources/';

const DAY_MS = 86_400_000;

/** Parquet physical/converted type for each dictionary type, and the value the writer takes. */
const PARQUET: Record<SqlType, { schema: Omit<SchemaElement, 'name'>; convert: (v: unknown) => unknown }> = {
  VARCHAR: { schema: { type: 'BYTE_ARRAY', converted_type: 'UTF8' }, convert: (v) => String(v) },
  INTEGER: { schema: { type: 'INT32' }, convert: (v) => Number(v) },
  DOUBLE: { schema: { type: 'DOUBLE' }, convert: (v) => Number(v) },
  BOOLEAN: { schema: { type: 'BOOLEAN' }, convert: (v) => Boolean(v) },
  DATE: {
    schema: { type: 'INT32', converted_type: 'DATE' },
    convert: (v) => Math.floor(Date.parse(String(v)) / DAY_MS),
  },
};

function tableParquet(table: TableName, rows: readonly Row[]): Uint8Array {
  const { columns } = TABLES.find((t) => t.name === table)!;
  const buffer = parquetWriteBuffer({
    schema: [
      { name: 'root', num_children: columns.length },
      ...columns.map((c) => ({ name: c.name, repetition_type: 'OPTIONAL' as const, ...PARQUET[c.type].schema })),
    ],
    columnData: columns.map((c) => ({
      name: c.name,
      data: rows.map((r) =>
        r[c.name] === null || r[c.name] === undefined ? null : PARQUET[c.type].convert(r[c.name]),
      ),
    })),
    createdBy: 'Disclosure Atlas (my reports)',
  });
  return new Uint8Array(buffer);
}

/** The tables' rows for the counted kept reports, as in this tab's database. */
async function datasetRows(records: readonly WorkspaceRecord[]): Promise<Record<TableName, Row[]>> {
  const out: Record<TableName, Row[]> = { reports: [], agencies: [], cells: [], findings: [] };
  const agencies = new Map<string, Row>();
  for (const record of records.filter(isCounted)) {
    const name = agencyNameOf(record) ?? '';
    // In the exported dataset the reports are its own, not local ones: ids lose the local- prefix.
    const agencyId = record.agencyId ?? (await localAgencyId(name)).slice(LOCAL_PREFIX.length);
    if (!agencies.has(agencyId)) {
      const listed = record.agencyId
        ? (await query<Row>('SELECT * FROM agencies WHERE agency_id = ?', [agencyId])).rows[0]
        : undefined;
      agencies.set(agencyId, listed ?? { agency_id: agencyId, name, curated: false });
    }
    const reportId = workspaceReportId(record).slice(LOCAL_PREFIX.length);
    const rows = localRows(reportId, record.name, record.parsed, agencyId, [], {
      note: WORKSPACE_NOTE,
      sha256: record.id,
      agencyName: record.agencyName,
    });
    out.reports.push(rows.report as unknown as Row);
    out.cells.push(...(rows.cells as unknown as Row[]));
    out.findings.push(...(rows.findings as unknown as Row[]));
  }
  out.agencies = [...agencies.values()].sort((a, b) => String(a.agency_id).localeCompare(String(b.agency_id)));
  out.reports.sort((a, b) => String(a.report_id).localeCompare(String(b.report_id)));
  return out;
}

/** The zip's files by path. */
export async function datasetFiles(records: readonly WorkspaceRecord[]): Promise<Record<string, Uint8Array>> {
  const rows = await datasetRows(records);
  const files: Record<string, Uint8Array> = {};
  const manifestFiles: DatasetManifest['files'] = [];
  for (const t of TABLES) {
    const bytes = tableParquet(t.name, rows[t.name]);
    files[t.file] = bytes;
    manifestFiles.push({
      name: t.file,
      table: t.name,
      rows: rows[t.name].length,
      bytes: bytes.length,
      sha256: await contentHash(bytes),
    });
  }
  // As the pipeline: the version is a hash over the files' names and hashes.
  const version = (await contentHash(manifestFiles.map((f) => `${f.name} ${f.sha256}\n`).join(''))).slice(0, 16);
  const manifest: DatasetManifest = { version, files: manifestFiles };
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  files['manifest.json'] = json(manifest);
  const reports = rows.reports as unknown as ReportRow[];
  files['datapackage.json'] = json(buildDatapackage(manifest, reports));
  files['README.md'] = strToU8(buildDataReadme(manifest, reports));
  files['views.sql'] = strToU8(VIEWS_SQL);
  // The source files too, so the zip can be imported back into a workspace (kept ones only).
  for (const record of records.filter(isCounted)) {
    const source = await readSource(record.id).catch(() => undefined);
    if (source !== undefined) files[`${SOURCES}${record.name}`] = typeof source === 'string' ? strToU8(source) : source;
  }
  return files;
}

export async function datasetZip(records: readonly WorkspaceRecord[]): Promise<Uint8Array> {
  return zipSync(await datasetFiles(records), { level: 6 });
}

export type ZipImport = { status: 'ok'; files: { name: string; bytes: Uint8Array }[] } | { status: 'notDataset' };

/** The report files of a zip made by datasetZip; `notDataset` for any other zip or a damaged one. */
export function reportsInZip(zip: Uint8Array): ZipImport {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    return { status: 'notDataset' };
  }
  const sources = Object.entries(entries).filter(([name]) => name.startsWith(SOURCES) && name.length > SOURCES.length);
  if (!entries['manifest.json'] || sources.length === 0) return { status: 'notDataset' };
  return { status: 'ok', files: sources.map(([name, bytes]) => ({ name: name.slice(SOURCES.length), bytes })) };
}
