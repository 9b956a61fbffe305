/**
 * Bring your own data: a dropped or picked CSV or Parquet file becomes a table beside ours, in this
 * browser only (nothing is uploaded anywhere). CSV goes through DuckDB's own read_csv; Parquet
 * through hyparquet → Arrow, since duckdb-wasm cannot read Parquet offline.
 */
import { getSession } from '../../db/session';
import { parquetFileToArrow } from './parquetUpload';
import { tableNameForFile, userFileKind } from './userTable';

export interface LoadedFile {
  table: string;
  rows: number;
}

export class UserFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'UserFileError';
  }
}

export async function loadUserFile(file: File, existingTables: readonly string[]): Promise<LoadedFile> {
  const kind = userFileKind(file.name);
  if (!kind) throw new UserFileError(file.name, 'not a .csv, .tsv or .parquet file');
  const table = tableNameForFile(file.name, existingTables);
  const bytes = await file.arrayBuffer();
  const { db } = await getSession();
  const conn = await db.connect();
  try {
    if (kind === 'csv') {
      // The virtual file name is derived from the sanitised table name, so it is safe in the SQL text.
      const virtualName = `upload_${table}.csv`;
      await db.registerFileBuffer(virtualName, new Uint8Array(bytes));
      try {
        await conn.query(`CREATE TABLE "${table}" AS SELECT * FROM read_csv('${virtualName}')`);
      } finally {
        await db.dropFile(virtualName);
      }
    } else {
      let arrow: Awaited<ReturnType<typeof parquetFileToArrow>>;
      try {
        arrow = await parquetFileToArrow(bytes);
      } catch (error) {
        throw new UserFileError(file.name, `not readable as Parquet (${(error as Error).message})`);
      }
      await conn.insertArrowTable(arrow, { name: table, create: true });
    }
    const count = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${table}"`);
    return { table, rows: Number(count.get(0)?.n ?? 0) };
  } catch (error) {
    if (error instanceof UserFileError) throw error;
    throw new UserFileError(file.name, (error as Error).message);
  } finally {
    await conn.close();
  }
}
