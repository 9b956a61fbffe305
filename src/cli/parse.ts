/**
 * `npm run -s parse -- FILE... [--json]`: parses report files (text, Markdown, HTML, Word .docx, PDF) and prints a JSON array (--json)
 * or a readable summary per file. Exit 0 when every file parsed, 1 when any could not be parsed
 * (the others are still printed; each failure goes to stderr as `FILE: reason`), 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseReportFile } from '../report/parse-file';
import { ParseError, type ParseResult } from '../report/types';
import { formatSummary } from './summary';

function parseFile(file: string): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new ParseError(
      file,
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      'file.unreadable',
    );
  }
  return parseReportFile(bytes, file);
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write('usage: npm run -s parse -- FILE... [--json]\n');
    return 2;
  }
  const parsed: ParseResult[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const result = await parseFile(file);
      parsed.push(result);
      if (!json) process.stdout.write(`${formatSummary(result)}\n\n`);
    } catch (e) {
      // One bad file never stops the batch, whatever went wrong with it.
      failed++;
      process.stderr.write(e instanceof ParseError ? `${e.message}\n` : `${file}: internal error: ${String(e)}\n`);
    }
  }
  if (json)
    process.stdout.write(
      `${JSON.stringify(
        parsed.map((p) => p.report),
        null,
        2,
      )}\n`,
    );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
