/**
 * STAND-IN for the parser until src/report/parse.ts can read the corpus: returns the hand-verified
 * figures of data/gold/<stem>.json for a report file, with the checks of src/report/checks.ts as
 * findings. Only for building the first dataset; the shipped data comes from the real parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { checkReport } from '../report/checks';
import { ParseError, type ParsedReport, type ParseResult } from '../report/types';

const GOLD_DIR = 'data/gold';

export function parseWithGold(_bytes: Uint8Array, source: string): ParseResult {
  const gold = join(GOLD_DIR, `${source.slice(0, source.length - extname(source).length)}.json`);
  if (!existsSync(gold)) throw new ParseError(source, `no ${gold} (the stand-in parser reads only gold files)`);
  const report = JSON.parse(readFileSync(gold, 'utf8')) as ParsedReport;
  report.findings = checkReport(report.layout, report.cells);
  const format = ({ '.md': 'markdown', '.html': 'html' } as const)[extname(source)] ?? 'text';
  return { report, details: { rawText: {}, indexNo: null, title: null, format, encoding: 'utf-8' } };
}
