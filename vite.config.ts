import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A fully static app: relative base so dist/ can be served from any path (an intranet sub-folder).
export default defineConfig({
  base: './',
  plugins: [react()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  preview: { port: 4173, strictPort: true },
});
