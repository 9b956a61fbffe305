/**
 * Parquet → Arrow for DuckDB-Wasm, in the browser and in Node.
 *
 * DuckDB-Wasm cannot read Parquet offline (its Parquet extension would be downloaded), so the
 * dataset is read with hyparquet and handed over as an Arrow table with the dictionary's types
 * (`conn.insertArrowTable(table, { name })`). Blank values stay null.
 */
import { Bool, type DataType, DateDay, Field, Float64, Int32, Schema, Table, tableToIPC, Utf8 } from 'apache-arrow';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { columnVector } from './arrowVectors';
import { type SqlType, type TableName, tableSpec } from './dictionary';

const arrowType = (type: SqlType): DataType => {
  switch (type) {
    case 'VARCHAR':
      return new Utf8();
    case 'INTEGER':
      return new Int32();
    case 'DOUBLE':
      return new Float64();
    case 'BOOLEAN':
      return new Bool();
    case 'DATE':
      return new DateDay();
  }
};

/** Read one dataset file (e.g. cells.parquet) into an Arrow table typed as dictionary.ts says. */
export async function parquetToArrow(buffer: ArrayBuffer, table: TableName): Promise<Table> {
  const spec = tableSpec(table);
  const metadata = parquetMetadata(buffer);
  const present = new Set(parquetSchema(metadata).children.map((c) => c.element.name));
  const missing = spec.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
  if (missing.length) throw new Error(`${spec.file}: missing column(s) ${missing.join(', ')}`);

  // Read column by column (no object per row: the cells of a province are ~600,000 rows).
  // DATE columns arrive as JS Dates, which columnVector turns into days since the epoch.
  const numRows = Number(metadata.num_rows);
  const values = new Map(spec.columns.map((c) => [c.name, new Array<unknown>(numRows)]));
  await parquetRead({
    file: buffer,
    metadata,
    columns: spec.columns.map((c) => c.name),
    onChunk: ({ columnName, columnData, rowStart }) => {
      const target = values.get(columnName)!;
      for (let i = 0; i < columnData.length; i++) target[rowStart + i] = columnData[i];
    },
  });
  const fields = spec.columns.map((c) => new Field(c.name, arrowType(c.type), true));
  const vectors = Object.fromEntries(fields.map((f) => [f.name, columnVector(f.type, values.get(f.name)!)]));
  return new Table(new Schema(fields), new Table(vectors).batches);
}

/**
 * One dataset file as the Arrow IPC stream DuckDB inserts (`insertArrowFromIPCStream`): what
 * insertArrowTable would serialize, made ahead so that it can run while the engine starts, or in a worker.
 */
export async function parquetToArrowIpc(buffer: ArrayBuffer, table: TableName): Promise<Uint8Array> {
  return tableToIPC(await parquetToArrow(buffer, table), 'stream');
}
