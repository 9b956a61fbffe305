/**
 * Running what the user typed: statement by statement (DuckDB prepares one statement at a time),
 * showing the last one's rows. An error names the failing statement's position in the editor.
 */
import { parseErrorPosition } from './errorPosition';
import type { QueryResult } from './result';
import { splitStatements } from './statements';

export type RunQuery = (sql: string, params: unknown[], opts: { signal?: AbortSignal }) => Promise<QueryResult>;

export interface ScriptOutcome {
  result: QueryResult;
  statements: number;
  /** True when a statement may have added, dropped or altered a table or view. */
  schemaChanged: boolean;
}

export class ScriptError extends Error {
  constructor(
    message: string,
    /** Offset in the editor's text that the error points at, when DuckDB says where. */
    readonly offset: number | null,
    /** True when a statement before the failing one may have changed a table. */
    readonly schemaChanged = false,
  ) {
    super(message);
    this.name = 'ScriptError';
  }
}

const READ_ONLY = /^\s*(\(?\s*select|with|from|values|table|describe|show|summarize|explain|pragma)\b/i;
const COMMENTS = /--[^\n]*|\/\*[\s\S]*?\*\//g;

/** Runs `script` (found at `baseOffset` in the editor). Cancellation rejects with the signal's AbortError. */
export async function runScript(
  script: string,
  baseOffset: number,
  run: RunQuery,
  signal?: AbortSignal,
): Promise<ScriptOutcome> {
  const statements = splitStatements(script);
  if (statements.length === 0) throw new ScriptError('empty', null);
  let result: QueryResult = { columns: [], rows: [] };
  let schemaChanged = false;
  for (const statement of statements) {
    try {
      result = await run(statement.text, [], { signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const position = parseErrorPosition(message, statement.text);
      throw new ScriptError(message, position ? baseOffset + statement.from + position.offset : null, schemaChanged);
    }
    if (!READ_ONLY.test(statement.text.replace(COMMENTS, ''))) schemaChanged = true;
  }
  return { result, statements: statements.length, schemaChanged };
}
