/**
 * Floor page 3: a page that only starts duckdb-wasm (the same wasm and worker files as the app,
 * named in the page's JSON) and answers `SELECT 1`. No data, no views, no UI.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { MARKS } from '../../src/perf';

const files = JSON.parse(document.getElementById('engine-files')!.textContent!) as {
  eh: { wasm: string; worker: string };
  mvp: { wasm: string; worker: string };
};
const url = (path: string) => new URL(path, location.href).href;
performance.mark(MARKS.engineStart);
const bundle = await duckdb.selectBundle({
  mvp: { mainModule: url(files.mvp.wasm), mainWorker: url(files.mvp.worker) },
  eh: { mainModule: url(files.eh.wasm), mainWorker: url(files.eh.worker) },
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
await db.open({});
performance.mark(MARKS.engineReady);
const conn = await db.connect();
await conn.query('SELECT 1');
performance.mark(MARKS.duckdbReady);
