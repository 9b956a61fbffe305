/**
 * Vite plugin: in a build, the published dataset as one DuckDB database file in the data folder
 * (src/dataset/databaseFile.ts) and the module `virtual:dataset-database` that names it; on the dev
 * server the module is `null` and the page loads the Parquet.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { type DatabaseFile, databaseFileName } from '../dataset/databaseFile';
import { writeDatabaseFile } from '../dataset/engines';
import { dataVersion } from './prerender';

const DATABASE_MODULE_ID = 'virtual:dataset-database';

export function databaseFilePlugin(dataDir: string): Plugin {
  let building = false;
  let file: DatabaseFile | null = null;
  return {
    name: 'disclosure-atlas:database-file',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    async buildStart() {
      if (!building) return;
      const version = dataVersion(dataDir);
      const source = await writeDatabaseFile(dataDir);
      const sha256 = createHash('sha256').update(source).digest('hex');
      const name = databaseFileName(sha256);
      file = { version, name, bytes: source.byteLength, sha256 };
      // Beside the Parquet it was written from (public/data is copied to data/).
      this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
    },
    resolveId: (id) => (id === DATABASE_MODULE_ID ? `\0${id}` : undefined),
    load: (id) => (id === `\0${DATABASE_MODULE_ID}` ? `export default ${JSON.stringify(file)};` : undefined),
  };
}
