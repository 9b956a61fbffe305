/**
 * Report metadata: title, agency, the year covered, the publication date and the 索引号, from
 * page headers (`标题:`, `[ 发布机构 ]`, `发布时间:`, <meta>), the title line, the statistics
 * period and the signature.
 */
import type { Block } from './blocks';
import { normalizeText } from './normalize';

export interface Metadata {
  title: string | null;
  agency: string | null;
  aliases: string[];
  year: number | null;
  published: string | null;
  indexNo: string | null;
}

export interface PageHead {
  title: string | null;
  meta: Map<string, string>;
}

const DATE = /(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})\s*日?/;
const DATE_ONLY = /^[(（]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]?$/;
const LABELLED_DATE = ['成文日期', '发文日期', '发布日期', '发布时间', '公开日期'];
const TITLE_WORDS = /政府信息公开/;
// `…年度报告` or `…年度报告（2023年度）`.
const REPORT_END = /(?:年度报告|年报|工作报告)(?:[(（][^)）]{0,12}[)）])?$/;
const REPORT_TITLE = /^\s*(\S.*?(?:年度报告|年报|工作报告)(?:[(（][^)）]{0,12}[)）])?)(?:\s*[-_|｜—–]|$)/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const AGENCY_END = /(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|办|院|署|中心|公司|会)$/;

function isoDate(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lines to search: text blocks as they are, table rows with their cells joined by ` | `. */
function linesOf(blocks: readonly Block[]): string[] {
  // Empty text lines (blank table cells of text copied one cell per line) are not lines.
  return blocks
    .filter((b) => b.kind === 'row' || b.text !== '')
    .map((b) => (b.kind === 'text' ? b.text : b.cells.map(normalizeText).join(' | ')));
}

/** The value after a header label such as `标题:` or `[ 发布机构 ] |`, up to the next cell. */
const NEXT_LABEL = /\s+[\u4e00-\u9fff]{2,6}\s*[:：]/;

function labelled(lines: readonly string[], label: string): string | null {
  const spaced = label.split('').join('\\s*');
  const re = new RegExp(`${spaced}\\s*\\]?(?:\\s*[:：|])+\\s*([^|]*)`);
  for (const line of lines.slice(0, 60)) {
    const m = re.exec(line);
    // Stop at the next header on the same line: `发布机构：某局 发布日期：2024-01-02`.
    const value = m?.[1].split(NEXT_LABEL)[0].trim();
    if (value) return value;
  }
  return null;
}

/** `名称 | …年度报告` in a CMS header table names the page's title, as long as it reads like one. */
function namedTitle(lines: readonly string[]): string | null {
  const value = labelled(lines, '名称');
  return value && TITLE_WORDS.test(value) ? value : null;
}

/** A page <title> without its site or column suffix: `…年度报告-某县发改局`, `…年度报告_某县人民政府`. */
function pageTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const report = REPORT_TITLE.exec(title);
  const t = report ? report[1] : title.split(/[_|｜]| - /)[0].trim();
  return TITLE_WORDS.test(t) ? t : null;
}

function findTitle(lines: readonly string[], head: PageHead | null): string | null {
  const fromHeader = labelled(lines, '标题') ?? namedTitle(lines) ?? head?.meta.get('articletitle') ?? null;
  if (fromHeader) return normalizeText(fromHeader);
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const line = lines[i];
    if (line.length > 80 || !TITLE_WORDS.test(line) || !YEAR.test(line)) continue;
    const joined = line + (lines[i + 1] ?? '');
    const title = REPORT_END.test(line) ? line : joined.length <= 80 && REPORT_END.test(joined) ? joined : null;
    if (!title) continue;
    // A title line without its agency: the line above, else the page's (or document's) title.
    const named = pageTitle(head?.title);
    return withAgencyLine(title, lines[i - 1]) ?? (named && agencyFromTitle(named) ? named : title);
  }
  return pageTitle(head?.title);
}

/**
 * A title set in two lines, the agency above the year (`洪泽区人民政府` / `2023年政府信息公开工作
 * 年度报告`, as Word and PDF files print it): the agency line joins the title. Null when the title
 * names no agency and the line above is none.
 */
function withAgencyLine(title: string, above: string | undefined): string | null {
  if (agencyFromTitle(title)) return title;
  const name = above?.replace(/\s+/g, '') ?? '';
  return name.length >= 2 && name.length <= 30 && AGENCY_END.test(name) && !/\d/.test(name) ? name + title : null;
}

/** `平潭综合实验区2022年度政府信息公开工作年度报告` → 平潭综合实验区; `2024年上海市科委政府信息…` → 上海市科委. */
function agencyFromTitle(title: string): string | null {
  const t = title.replace(/\s+/g, '');
  const m =
    /^(.*?)((?:19|20)\d{2})年度?(.*?)(?:政府信息公开|政务公开).*$/.exec(t) ??
    /^()()(.*?)(?:政府信息公开|政务公开)/.exec(t);
  if (!m) return null;
  const name = (m[1] || m[3]).replace(/^关于/, '').replace(/的$/, '');
  return name.length >= 2 ? name : null;
}

function findYear(title: string | null, lines: readonly string[]): number | null {
  const fromTitle = title ? YEAR.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  const text = lines.join('\n');
  const period = /统计(?:期限|时限|周期|区间)[^。\n]{0,20}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(text);
  if (period) return Number(period[1]);
  const annual = /((?:19|20)\d{2})\s*年度/.exec(text);
  return annual ? Number(annual[1]) : null;
}

function findPublished(lines: readonly string[], head: PageHead | null, title: string | null): string | null {
  for (const label of LABELLED_DATE) {
    const value = labelled(lines, label);
    const date = value ? isoDate(DATE.exec(value)) : null;
    if (date) return date;
  }
  for (const key of ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time']) {
    const date = isoDate(DATE.exec(head?.meta.get(key) ?? ''));
    if (date) return date;
  }
  // A date alone on a line: under the title, else the last one (the signature).
  const titleAt = title ? lines.findIndex((l) => title.startsWith(l) || l.includes(title)) : -1;
  if (titleAt >= 0) {
    for (const line of lines.slice(titleAt + 1, titleAt + 4)) {
      const date = isoDate(DATE_ONLY.exec(line));
      if (date) return date;
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const date = isoDate(DATE_ONLY.exec(lines[i]));
    if (date) return date;
  }
  return null;
}

/** The signer above the closing date: `沭阳县人民政府` then `2026年1月23日`. */
function signature(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i > 0; i--) {
    if (!DATE_ONLY.test(lines[i])) continue;
    const prev = lines[i - 1].replace(/\s+/g, '');
    return prev.length <= 30 && AGENCY_END.test(prev) ? prev : null;
  }
  return null;
}

/**
 * The publisher named in a page header, without the site or column it is shown with
 * (`首页 > 某县测试局`, `某县测试局-某县人民政府网`): the first part that reads like an agency.
 */
function publisher(value: string | null | undefined): string | null {
  if (!value) return null;
  const parts = value
    .split(/[>›»/_|｜]|\s+-\s+|-(?=\S*(?:网|网站)$)/)
    .map((p) => p.replace(/\s+/g, ''))
    .filter((p) => p !== '');
  return parts.find((p) => AGENCY_END.test(p)) ?? parts[0] ?? null;
}

export function readMetadata(blocks: readonly Block[], head: PageHead | null): Metadata {
  const lines = linesOf(blocks);
  const title = findTitle(lines, head);
  // TRS-style CMS pages name the publishing office in <meta name="ContentSource">.
  const contentSource = publisher(head?.meta.get('contentsource'));
  const issuer = publisher(labelled(lines, '发布机构'));
  const fromTitle = title ? agencyFromTitle(title) : null;
  // The title's agency first: in the corpus 发布机构 often names the site (平潭网), the site's
  // owner, a column (福建学生资助) or nothing useful (`1`), never a better agency than the title.
  const agency = fromTitle ?? issuer ?? contentSource ?? signature(lines);
  const aliases = [issuer, signature(lines), contentSource].filter((a): a is string => !!a && a !== agency);
  const indexNo = /索\s*引\s*号\s*\]?(?:\s*[:：|])*\s*([A-Za-z0-9][A-Za-z0-9/_\-.]*)/.exec(
    lines.slice(0, 60).join('\n'),
  );
  return {
    title,
    agency,
    aliases: [...new Set(aliases)],
    year: findYear(title, lines),
    published: findPublished(lines, head, title),
    indexNo: indexNo ? indexNo[1] : null,
  };
}
