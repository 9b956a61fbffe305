/**
 * Build steps of the app's own: the early second entry, the entry's CSS inlined, and precompressed copies
 * of every asset for servers that serve them as they are (nginx gzip_static / brotli_static).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * A second, tiny entry (`module`) loaded by index.html with `<script type="module" async>`: it runs
 * as soon as it has arrived, before the long prerendered page is parsed and the app's entry has run
 * (Vite would merge a second script of index.html into the entry, and drop its `async`). It shares
 * its modules (the session) with the entry, which imports it too.
 */
export function asyncEntry(name: string, module: string): Plugin {
  return {
    name: 'disclosure-atlas:async-entry',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', [name]: module } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === name);
        if (!chunk) throw new Error(`no entry chunk named ${name}`);
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ];
      },
    },
  };
}

/**
 * The entry's stylesheet inlined into index.html (the CSP allows inline styles, not scripts): the
 * first paint, which is the prerendered page, then waits for no second request. ~9 KB.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'disclosure-atlas:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string' || asset.source.includes('</style'))
            return link;
          return `<style>${asset.source}</style>`;
        });
      },
    },
  };
}

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|wasm|duckdb|sql|md|txt)$/;
/**
 * Brotli's best quality takes ~70 s on the 34 MB wasm: files over 320 KB get quality 5 (~2 s, 19 %
 * larger than quality 11, still 20 % smaller than gzip), so that a build stays quick.
 */
const LARGE = 320 << 10;
const LARGE_QUALITY = 5;

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Writes `file.br` and `file.gz` beside every compressible file of the build that they make smaller. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'disclosure-atlas:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const jobs = [...filesUnder(outDir)]
        .filter((f) => COMPRESSIBLE.test(f))
        .map(async (file) => {
          const bytes = readFileSync(file);
          const quality = bytes.length > LARGE ? LARGE_QUALITY : constants.BROTLI_MAX_QUALITY;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(bytes, {
              params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
            }),
            promisify(gzip)(bytes, { level: 9 }),
          ]);
          if (br.length < bytes.length) writeFileSync(`${file}.br`, br);
          if (gz.length < bytes.length) writeFileSync(`${file}.gz`, gz);
        });
      await Promise.all(jobs);
    },
  };
}
