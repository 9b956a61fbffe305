import { RULES } from './rules';
import type { Finding } from './types';

/** What a table mapper found: the raw text of each placed cell, and what it could not place. */
export interface TableResult {
  raw: Map<string, string>;
  findings: Finding[];
}

export function missingFinding(cells: string[], zh: string, en: string): Finding {
  return { rule: RULES.missingTable.id, severity: RULES.missingTable.severity, cells, message: zh, message_en: en };
}
