/**
 * parseReport: one report file (bytes or text) → the JSON contract (ParsedReport) plus
 * provenance (ParseDetails). Pure: no I/O, runs unchanged in Node and the browser.
 *
 * decode → read (text / Markdown / HTML → blocks) → locate tables and layout → map tables 2, 3, 4
 * by label → read cell values → metadata → findings (checks.ts, then the parser's own).
 */
import { type Block, segmentRow } from './blocks';
import { checkReport } from './checks';
import { absentCells, isReadingFailure } from './completeness';
import { checkDecodedText, type Decoded, DecodeError, decodeBytes } from './decode';
import { compactBlock, detectLayout, findRegions } from './locate';
import { type PageHead, readMetadata } from './metadata';
import { parseCellValue } from './normalize';
import { readHtml } from './read-html';
import { readText } from './read-text';
import { RULES } from './rules';
import { readRegion } from './segments';
import { mapTable2 } from './table2';
import { mapTable3 } from './table3';
import { mapTable4 } from './table4';
import { cellLabel, cellsOf, type Layout, type LayoutId } from './template';
import { type Finding, type ParseDetails, type ParsedReport, ParseError, type ParseResult } from './types';

function detectFormat(text: string, source: string): ParseDetails['format'] {
  const head = text.slice(0, 4096);
  const hasTags = /<[a-z!/]/i.test(head);
  if ((/\.html?$/i.test(source) && hasTags) || /^\s*<(?:!doctype|html|head|body|meta|table|div|p)\b/i.test(head))
    return 'html';
  if (/<(?:table|p|div|td)[\s>]/i.test(head) && !/\.(?:md|txt)$/i.test(source)) return 'html';
  if (/\.(?:md|markdown)$/i.test(source) || /^\|.*\|\s*$/m.test(head) || /^#{1,6} /m.test(head)) return 'markdown';
  return 'text';
}

function decode(input: Uint8Array | string): Decoded {
  if (typeof input !== 'string') return decodeBytes(input);
  checkDecodedText(input);
  return { text: input.replace(/^\ufeff/, ''), encoding: 'unicode (given as text)' };
}

interface CellResult {
  cells: Record<string, number | null>;
  rawText: Record<string, string>;
  findings: Finding[];
}

/** Reads every placed cell's text as a number; unreadable text is an error finding and null. */
function readCells(layout: Layout, raw: Map<string, string>): CellResult {
  const cells: Record<string, number | null> = {};
  const rawText: Record<string, string> = {};
  const findings: Finding[] = [];
  for (const def of cellsOf(layout)) {
    const text = raw.get(def.id);
    cells[def.id] = null;
    if (text === undefined) continue;
    rawText[def.id] = text;
    const value = parseCellValue(text);
    if (value.kind === 'number') cells[def.id] = value.value;
    if (value.kind === 'unreadable') {
      findings.push({
        rule: RULES.unreadableCell.id,
        severity: RULES.unreadableCell.severity,
        cells: [def.id],
        message: `${cellLabel(def.id, 'zh')}：“${text}”无法读取为数字`,
        message_en: `${cellLabel(def.id, 'en')}: "${text}" cannot be read as a number`,
      });
    }
  }
  return { cells, rawText, findings };
}

function metaFindings(agency: string | null, year: number | null): Finding[] {
  const missing = [agency === null ? ['发布机关', 'agency'] : null, year === null ? ['年度', 'year'] : null].filter(
    (m): m is string[] => m !== null,
  );
  if (missing.length === 0) return [];
  return [
    {
      rule: RULES.missingMeta.id,
      severity: RULES.missingMeta.severity,
      message: `未能识别${missing.map((m) => m[0]).join('和')}`,
      message_en: `Could not recognise the ${missing.map((m) => m[1]).join(' and ')}`,
    },
  ];
}

// Section headings of tables 2 and 3: a report of the 2019 or 2021 template.
const TABLE_SECTIONS = [/主动公开政府信息情况/, /收到和处理政府信息公开申请情况/];

/**
 * No table could be read: layout 'unknown', no cells, one finding (not a blank warning per cell).
 * Where a report for 2019 or later has the tables' section headings but not their contents, the
 * tables are most likely images or attachments; otherwise the report predates the 2019 template.
 */
function noTablesFinding(compact: readonly string[], year: number | null): Finding {
  const sections =
    (year === null || year >= 2019) && TABLE_SECTIONS.every((re) => compact.some((c) => c.length <= 40 && re.test(c)));
  return sections
    ? {
        rule: RULES.missingTable.id,
        severity: RULES.missingTable.severity,
        message: '有统计表的章节标题，但表格不是文字（可能是图片或附件），未读取任何数值，只读取了元数据',
        message_en:
          "The tables' section headings are there but the tables are not text (images or attachments?); no figures read, metadata only",
      }
    : {
        rule: RULES.missingTable.id,
        severity: 'info',
        message: '未找到 2019 或 2021 年版格式的统计表（可能是 2019 年以前的报告），只读取了元数据',
        message_en: 'No tables of the 2019 or 2021 template found (perhaps a pre-2019 report); metadata only',
      };
}

/**
 * Cells of the layout the parser did not place, except those of rows the report's table does not
 * have (`row.absent`), which the source leaves out rather than the parser.
 */
function unreadCells(layout: LayoutId, placed: ReadonlySet<string>, findings: readonly Finding[]): Set<string> {
  const absent = absentCells(findings);
  return new Set(cellsOf(layout).flatMap((d) => (placed.has(d.id) || absent.has(d.id) ? [] : [d.id])));
}

/** The cells to check: a row the table does not have is left out, so it counts as not stated but is no blank. */
function withoutAbsent(cells: Record<string, number | null>, findings: readonly Finding[]) {
  const absent = absentCells(findings);
  return Object.fromEntries(Object.entries(cells).filter(([id]) => !absent.has(id)));
}

/** One finding for the table rows whose label the PDF reader matched to their values by position. */
function positionedRows(blocks: readonly Block[], regions: ([number, number] | null)[]): Finding | null {
  const labels = regions.flatMap((r) =>
    r === null
      ? []
      : blocks.slice(r[0], r[1]).flatMap((b) => (b.kind === 'row' && b.byPosition ? [segmentRow(b.cells, 0)] : [])),
  );
  const named = labels.filter((s) => s.values.length > 0 && s.labels.length > 0).map((s) => s.labels.at(-1)!);
  if (named.length === 0) return null;
  return {
    rule: RULES.rowByPosition.id,
    severity: RULES.rowByPosition.severity,
    message: `${named.length} 行的标签与数值不在同一文字行，按页面上的位置对应：${named.map((l) => `“${l}”`).join('、')}`,
    message_en: `${named.length} row labels not on the line of their values were matched to them by position on the page: ${named.map((l) => `“${l}”`).join(', ')}`,
  };
}

/** The parser's own failures (a table or row it could not read) first, then the rest as found. */
function orderFindings(findings: Finding[]): Finding[] {
  return [...findings.filter(isReadingFailure), ...findings.filter((f) => !isReadingFailure(f))];
}

const LOOKS_LIKE_REPORT = /政府信息公开|政务公开|信息公开/;

export function parseReport(input: Uint8Array | string, source: string): ParseResult {
  let decoded: Decoded;
  try {
    decoded = decode(input);
  } catch (e) {
    if (e instanceof DecodeError) throw new ParseError(source, e.message, e.code);
    throw e;
  }
  const format = detectFormat(decoded.text, source);
  if (format === 'html') {
    const doc = readHtml(decoded.text);
    return parseBlocks(doc.blocks, { title: doc.title, meta: doc.meta }, source, {
      format,
      encoding: decoded.encoding,
    });
  }
  return parseBlocks(readText(decoded.text), null, source, { format, encoding: decoded.encoding });
}

/**
 * The reader-independent part: blocks (from any reader — text, HTML, or the Word and PDF readers)
 * → layout, tables, cells, metadata and findings.
 */
export function parseBlocks(
  blocks: Block[],
  head: PageHead | null,
  source: string,
  input: Pick<ParseDetails, 'format' | 'encoding'>,
): ParseResult {
  const compact = blocks.map(compactBlock);
  const layout = detectLayout(compact);
  const meta = readMetadata(blocks, head);
  if (
    layout === 'unknown' &&
    !compact.some((c) => LOOKS_LIKE_REPORT.test(c)) &&
    !LOOKS_LIKE_REPORT.test(meta.title ?? '')
  ) {
    throw new ParseError(
      source,
      'nothing that looks like a government information disclosure report (no tables, no 政府信息公开 text)',
      'file.not_report',
    );
  }

  let cells: Record<string, number | null> = {};
  let rawText: Record<string, string> = {};
  let placed = new Set<string>();
  const parseFindings: Finding[] = [];
  let tablesRead = false;
  if (layout !== 'unknown') {
    const regions = findRegions(blocks, compact);
    const region = (r: [number, number] | null) => (r ? readRegion(blocks, r) : null);
    const tables = [
      mapTable2(region(regions.t2), layout),
      mapTable3(region(regions.t3), layout),
      mapTable4(region(regions.t4)),
    ];
    const raw = new Map(tables.flatMap((t) => [...t.raw]));
    const byPosition = positionedRows(blocks, [regions.t2, regions.t3, regions.t4]);
    if (byPosition) tables.push({ raw: new Map(), findings: [byPosition] });
    // Template words in the prose but not one cell in any table: no tables to read (see below).
    tablesRead = raw.size > 0;
    placed = new Set(raw.keys());
    if (tablesRead) {
      const read = readCells(layout, raw);
      ({ cells, rawText } = read);
      parseFindings.push(...tables.flatMap((t) => t.findings), ...read.findings);
    }
  }
  if (!tablesRead) parseFindings.push(noTablesFinding(compact, meta.year));

  const report: ParsedReport = {
    source,
    layout: tablesRead ? layout : 'unknown',
    agency: meta.agency,
    ...(meta.aliases.length > 0 ? { agency_aliases: meta.aliases } : {}),
    year: meta.year,
    published: meta.published,
    cells,
    findings: orderFindings([
      ...checkReport(layout, withoutAbsent(cells, parseFindings), unreadCells(layout, placed, parseFindings)),
      ...parseFindings,
      ...metaFindings(meta.agency, meta.year),
    ]),
  };
  const details: ParseDetails = { rawText, indexNo: meta.indexNo, title: meta.title, ...input };
  return { report, details };
}
