/**
 * DuckDB's SQL dialect for CodeMirror: PostgreSQL's (DuckDB's parser derives from it) plus the
 * keywords and types DuckDB adds, so QUALIFY, PIVOT, EXCLUDE, HUGEINT and friends highlight.
 */
import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

const DUCKDB_KEYWORDS =
  'anti asof attach columns describe detach exclude glob install lambda load macro pivot pivot_longer ' +
  'pivot_wider positional pragma qualify replace sample semi summarize unpivot use using';

const DUCKDB_TYPES =
  'blob hugeint uhugeint ubigint uinteger usmallint utinyint tinyint varchar list struct map union ' +
  'timestamptz timestamp_s timestamp_ms timestamp_ns interval uuid bit json varint';

export const DuckDB = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${DUCKDB_KEYWORDS}`,
  types: `${PostgreSQL.spec.types ?? ''} ${DUCKDB_TYPES}`,
});
