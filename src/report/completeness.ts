/**
 * How much of a report the parser read (pure): the cells of its layout it found in the source,
 * against those the report's tables have. Cells of rows the report's table does not have (an
 * older template's single row, `row.absent`) are not expected; every other cell the parser did
 * not find is unread — the parser's failure, never the publisher's blank.
 */
import { RULES } from './rules';
import { cellsOf } from './template';
import type { Finding, ParseResult } from './types';

export type ReadLevel = 'full' | 'partial' | 'none';

export interface Completeness {
  level: ReadLevel;
  /** Cells found in the source. */
  read: number;
  /** Cells the report's tables have. */
  expected: number;
  /** Cells of the layout the parser did not find, in template order. */
  unread: string[];
  /** Cells of rows this report's table does not have. */
  absent: string[];
}

/** Reading failures (a table or row the parser could not read) as opposed to the publisher's issues. */
export const isReadingFailure = (f: Finding): boolean => f.severity === 'error' && /^(?:table|row)\./.test(f.rule);

/** Cells of rows the report's table does not have, as the parser's `row.absent` findings name them. */
export const absentCells = (findings: readonly Finding[]): Set<string> =>
  new Set(findings.filter((f) => f.rule === RULES.absentRow.id).flatMap((f) => f.cells ?? []));

export function readCompleteness({ report, details }: ParseResult): Completeness {
  const absent = absentCells(report.findings);
  const ids = cellsOf(report.layout).map((c) => c.id);
  const expectedIds = ids.filter((id) => !absent.has(id));
  const unread = expectedIds.filter((id) => !(id in details.rawText));
  const read = expectedIds.length - unread.length;
  const level: ReadLevel = read === 0 ? 'none' : unread.length === 0 ? 'full' : 'partial';
  return { level, read, expected: expectedIds.length, unread, absent: ids.filter((id) => absent.has(id)) };
}
