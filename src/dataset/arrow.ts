/**
 * Parquet → Arrow for DuckDB-Wasm, in the browser and in Node.
 *
 * DuckDB-Wasm cannot read Parquet offline (its Parquet extension would be downloaded), so the
 * dataset is read with hyparquet and handed over as an Arrow table with the dictionary's types
 * (`conn.insertArrowTable(table, { name })`). Blank values stay null.
 */
import { Bool, DateDay, Field, Float64, Int32, Schema, Utf8, type DataType, type Table } from 'apache-arrow';
import { parquetReadObjects, parquetSchema, parquetMetadata } from 'hyparquet';
import { rowsToTable } from './arrowVectors';
import { tableSpec, type SqlType, type TableName } from './dictionary';

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

  // DATE columns arrive as JS Dates, which rowsToTable turns into days since the epoch.
  const rows = await parquetReadObjects({ file: buffer, metadata, columns: spec.columns.map((c) => c.name) });
  const fields = spec.columns.map((c) => new Field(c.name, arrowType(c.type), true));
  return rowsToTable(new Schema(fields), rows);
}
