/**
 * The check view's findings (the parser's and the comparison's) in the row shape the Agency
 * profile's components draw, and as plain-language notes on the cells they are at (pure).
 */
import type { I18n } from '../../i18n/useI18n';
import { type RuleDef, ruleById } from '../../report/rules';
import type { Finding } from '../../report/types';
import type { ShownFinding } from '../../ui/shownReport';
import { historyRuleById } from './againstDataset';

export const ruleOf = (id: string): RuleDef | undefined => ruleById(id) ?? historyRuleById(id);

export function findingRowOf(f: Finding, year: number | null): ShownFinding {
  return {
    report_id: '',
    year,
    rule: f.rule,
    severity: f.severity,
    at_cell: f.cells?.[0] ?? null,
    cell_ids: f.cells?.join('|') ?? null,
    expected: f.expected ?? null,
    found: f.found ?? null,
    message_zh: f.message,
    message_en: f.message_en ?? f.message,
  };
}

/** Per cell, its findings in plain words: severity, the rule, the message, expected and found. */
export function cellNotes(findings: readonly ShownFinding[], t: I18n['t'], lang: I18n['lang']): Map<string, string> {
  const notes = new Map<string, string[]>();
  for (const f of findings) {
    if (!f.at_cell) continue;
    const zh = lang === 'zh';
    const parts = [
      `${t(`severity.${f.severity}`)}${zh ? '：' : ': '}${ruleOf(f.rule)?.[lang] ?? f.rule}`,
      zh ? f.message_zh : f.message_en,
    ];
    if (f.expected !== null && f.found !== null) {
      parts[1] += `${zh ? '' : ' '}${t('quality.expectedFound', { expected: f.expected, found: f.found })}`;
    }
    notes.set(f.at_cell, [...(notes.get(f.at_cell) ?? []), parts.join(zh ? '。' : '. ')]);
  }
  return new Map([...notes].map(([id, list]) => [id, list.join('\n')]));
}
