/**
 * Parquet → Arrow for DuckDB-Wasm, in the browser and in Node.
 *
 * DuckDB-Wasm cannot read Parquet offline (its Parquet extension would be downloaded), so the
 * dataset is read with hyparquet and handed over as an Arrow table with the dictionary's types
 * (`conn.insertArrowTable(table, { name })`). Blank values stay null.
 */
import { Bool, DateDay, Field, Float64, Int32, Schema, Table, Utf8, vectorFromArray, type DataType } from 'apache-arrow';
import { parquetReadObjects, parquetSchema, parquetMetadata } from 'hyparquet';
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

  // DATE columns arrive as JS Dates, which Arrow's DateDay builder accepts as they are.
  const rows = await parquetReadObjects({ file: buffer, metadata, columns: spec.columns.map((c) => c.name) });
  const fields = spec.columns.map((c) => new Field(c.name, arrowType(c.type), true));
  const vectors = Object.fromEntries(
    spec.columns.map((c, i) => [c.name, vectorFromArray(rows.map((r) => r[c.name] ?? null), fields[i].type)]),
  );
  const arrowTable = new Table(vectors);
  // Table infers its schema from the vectors; state it explicitly so nullability and order are fixed.
  return new Table(new Schema(fields), arrowTable.batches);
}
