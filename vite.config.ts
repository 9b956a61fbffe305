import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { asyncEntry, inlineEntryCss, precompress } from './scripts/vite-plugins';
import { prerenderPlugin } from './src/pipeline/prerender';
import { databaseFilePlugin } from './src/pipeline/publishedDatabase';

// A fully static app: relative base so dist/ can be served from any path (an intranet sub-folder).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // The default view's query results, computed from public/data at build time.
    prerenderPlugin('public/data'),
    // The published dataset as a DuckDB database file, views computed: an engine start copies it in.
    databaseFilePlugin('public/data'),
    // A link that needs the engine starts it before the page is parsed (src/engineStart.ts).
    asyncEntry('engineStart', 'src/engineStart.ts'),
    inlineEntryCss(),
    precompress(),
  ],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // manifest: dist/.vite/manifest.json tells npm run bench which chunks the entry imports.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000, manifest: true },
  preview: { port: 4173, strictPort: true },
});
