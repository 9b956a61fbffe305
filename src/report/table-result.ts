import { RULES } from './rules';
import type { Finding } from './types';

/** What a table mapper found: the raw text of each placed cell, and what it could not place. */
export interface TableResult {
  raw: Map<string, string>;
  findings: Finding[];
}

/** A table the parser could not read: its cells are unread, not blank in the source. */
export function missingFinding(cells: string[], zh: string, en: string): Finding {
  return { rule: RULES.missingTable.id, severity: RULES.missingTable.severity, cells, message: zh, message_en: en };
}

/** A row the parser could not read or place. */
export function missingRowFinding(cells: string[], zh: string, en: string): Finding {
  return { rule: RULES.missingRow.id, severity: RULES.missingRow.severity, cells, message: zh, message_en: en };
}
