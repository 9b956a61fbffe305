/**
 * npm run bench:ingest [-- --count N] [--json FILE]
 *
 * Generates N synthetic reports (default 10,000) in a temporary folder, ingests them as
 * `npm run ingest` would, and prints reports/s, peak RSS and Parquet size per 1,000 reports.
 * Target: 10,000 reports in ≤ 30 s with ≤ 1 GB memory. Everything is deleted afterwards.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestToFolder } from '../src/pipeline/ingest';
import { writeSyntheticCorpus } from './gen-synthetic-reports';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, json: { type: 'string' } } });
const count = Number(values.count);
const root = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  let t = performance.now();
  const { reportsDir, agenciesCsv } = writeSyntheticCorpus(root, count);
  console.log(`generated ${count} synthetic reports in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const out = join(root, 'data');
  t = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await ingestToFolder({ dir: reportsDir, out, agenciesCsv });
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpuBefore);

  const parquetBytes = readdirSync(out)
    .filter((f) => f.endsWith('.parquet'))
    .reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  // maxRSS is in kilobytes and covers the whole process (generation included).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const { rows } = summary;
  console.log(
    `ingested ${rows.reports} reports (${summary.failed.length} failed): ${rows.cells} cells, ${rows.findings} findings`,
  );
  // On a shared machine wall time depends on the others' load; CPU time much less so.
  console.log(
    `time            ${seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(`throughput      ${(rows.reports / seconds).toFixed(0)} reports/s`);
  console.log(`peak RSS        ${peakMb.toFixed(0)} MB`);
  console.log(
    `Parquet size    ${(parquetBytes / 1024 / (rows.reports / 1000)).toFixed(0)} KB per 1,000 reports (${(parquetBytes / 1024 / 1024).toFixed(1)} MB in all)`,
  );
  if (values.json) {
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const result = {
      reports: rows.reports,
      seconds,
      cpuSeconds,
      reportsPerSecond: rows.reports / seconds,
      reportsPerCpuSecond: rows.reports / cpuSeconds,
      peakRssMb: peakMb,
    };
    writeFileSync(values.json, JSON.stringify(result, null, 2));
  }
  for (const f of summary.failed.slice(0, 5)) console.log(`failed: ${f.file}: ${f.reason}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
