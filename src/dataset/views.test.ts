/**
 * views.sql on the committed dataset gives the same rows under @duckdb/node-api (reading Parquet)
 * and under duckdb-wasm (the browser's engine, fed through parquetToArrow), and every table and
 * view has exactly the columns and types that dictionary.ts documents. The build's database file
 * (writeDatabaseFile: @duckdb/node-api's tables and views, opened by duckdb-wasm as the page opens
 * it) holds the same: a page that loads it shows what a page that loads the Parquet shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, VIEWS } from './dictionary';
import { type Engine, openNodeEngine, openWasmEngine, writeDatabaseFile } from './engines';

const DATA = 'public/data';
let node: Engine;
let wasm: Engine;
let fromFile: Engine;

beforeAll(async () => {
  node = await openNodeEngine(DATA);
  wasm = await openWasmEngine(DATA);
  fromFile = await openWasmEngine(DATA, { databaseFile: await writeDatabaseFile(DATA) });
}, 60_000);
afterAll(() => {
  node?.close();
  wasm?.close();
  fromFile?.close();
});

/** Rows as text, sorted in JS (an ORDER BY inside the engines' text cast need not survive it). */
const sortedRows = async (engine: Engine, name: string) =>
  (await engine.query(`SELECT * FROM ${name}`)).map((r) => JSON.stringify(r)).sort();
const described = (engine: Engine, name: string) =>
  engine.query(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${name}' ORDER BY ordinal_position`,
  );

describe.each([...TABLES.map((t) => t.name), ...VIEWS.map((v) => v.name)])('%s', (name) => {
  const spec = [...TABLES, ...VIEWS].find((s) => s.name === name)!;

  it('has the dictionary columns and types in both engines and in the database file', async () => {
    const expected = spec.columns.map((c) => [c.name, c.type]);
    expect(await described(node, name)).toEqual(expected);
    expect(await described(wasm, name)).toEqual(expected);
    expect(await described(fromFile, name)).toEqual(expected);
  });

  it('has rows, the same in both engines and in the database file', async () => {
    const fromNode = await sortedRows(node, name);
    expect(fromNode.length).toBeGreaterThan(0);
    expect(await sortedRows(wasm, name)).toEqual(fromNode);
    expect(await sortedRows(fromFile, name)).toEqual(fromNode);
  });
});

describe('view semantics', () => {
  it('t3_by_applicant: applicant columns add up to the total column where the report is consistent', async () => {
    // 000 (郯城县) is consistent in the source: new_received 16 from natural persons only.
    const rows = (
      await node.query(
        `SELECT applicant, new_received, denied FROM t3_by_applicant WHERE report_id = '000' AND applicant IN ('natural_person', 'total')`,
      )
    ).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows).toEqual([
      ['natural_person', '16.0', '0.0'],
      ['total', '16.0', '0.0'],
    ]);
  });

  it('report_figures: one row per parsed report, layout 2019 has no fees amount', async () => {
    const [[reports]] = await node.query(`SELECT count(*) FROM reports WHERE status = 'ok'`);
    const [[figures]] = await node.query(`SELECT count(*) FROM report_figures`);
    expect(figures).toBe(reports);
    const fees = await node.query(`SELECT DISTINCT fees_wan_yuan FROM report_figures WHERE layout = '2019'`);
    expect(fees).toEqual([[null]]);
  });
});
