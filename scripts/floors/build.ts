/**
 * Writes the benchmark's three floor pages into dist/bench-floors/, served by the same server as
 * the app (npm run bench measures each of the app's times as a ratio to its floor):
 *  - inline-svg.html: the floor chart as inline SVG in plain HTML (ECharts' server-side SVG);
 *  - echarts.html: the same chart drawn by ECharts alone in the page;
 *  - duckdb.html: a page that only starts duckdb-wasm (the app's own wasm and worker files).
 * Every page has the app's stylesheet-free minimum: no CSS file, no React, no data.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { renderSvg } from '../../src/charts/echarts';
import { FLOOR_CHART, floorOption } from './chart';

export const FLOORS_FOLDER = 'bench-floors';
export const FLOOR_PAGES = {
  svg: `${FLOORS_FOLDER}/inline-svg.html`,
  echarts: `${FLOORS_FOLDER}/echarts.html`,
  duckdb: `${FLOORS_FOLDER}/duckdb.html`,
} as const;

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
  </head>
  <body>
${body}
  </body>
</html>
`;

const holder = (inner: string) =>
  `<div data-testid="chart-canvas" style="width:${FLOOR_CHART.width}px;height:${FLOOR_CHART.height}px">${inner}</div>`;

/** The app's hashed asset whose name starts with `prefix` and ends with `suffix`. */
function asset(dist: string, prefix: string, suffix: string): string {
  const name = readdirSync(join(dist, 'assets')).find((f) => f.startsWith(prefix) && f.endsWith(suffix));
  if (!name) throw new Error(`dist/assets has no ${prefix}*${suffix}: build the app first`);
  return `../assets/${name}`;
}

export async function writeFloorPages(dist: string): Promise<void> {
  const out = join(dist, FLOORS_FOLDER);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const bundle = (entry: string, outfile: string) =>
    build({
      entryPoints: [join(import.meta.dirname, entry)],
      outfile: join(out, outfile),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'error',
    });
  await Promise.all([bundle('echarts-floor.ts', 'echarts.js'), bundle('duckdb-floor.ts', 'duckdb.js')]);
  const svg = renderSvg(floorOption(), FLOOR_CHART.width, FLOOR_CHART.height);
  writeFileSync(join(dist, FLOOR_PAGES.svg), page('floor: inline SVG chart', holder(svg)));
  writeFileSync(
    join(dist, FLOOR_PAGES.echarts),
    page('floor: ECharts alone', `${holder('')}\n<script type="module" src="./echarts.js"></script>`),
  );
  const files = {
    eh: { wasm: asset(dist, 'duckdb-eh', '.wasm'), worker: asset(dist, 'duckdb-browser-eh.worker', '.js') },
    mvp: { wasm: asset(dist, 'duckdb-mvp', '.wasm'), worker: asset(dist, 'duckdb-browser-mvp.worker', '.js') },
  };
  writeFileSync(
    join(dist, FLOOR_PAGES.duckdb),
    page(
      'floor: duckdb-wasm alone',
      `<script type="application/json" id="engine-files">${JSON.stringify(files)}</script>\n<script type="module" src="./duckdb.js"></script>`,
    ),
  );
}
