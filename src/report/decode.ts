/**
 * Bytes → text. Detects the encoding from a BOM, an HTML charset declaration, or the content
 * (strict UTF-8 first, then GB18030, which is a superset of GBK and GB2312), and refuses to
 * return mojibake: if no candidate decodes cleanly into mostly-CJK text, it says so.
 */

export interface Decoded {
  text: string;
  encoding: string;
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly code: 'file.empty' | 'file.binary' | 'file.undecodable',
  ) {
    super(message);
  }
}

const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'gb_2312-80', 'chinese']);

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(b: Uint8Array): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The charset an HTML/XML head declares (`<meta charset>`, `content="text/html; charset=gb2312"`). */
function declaredCharset(b: Uint8Array): string | null {
  // The declaration is ASCII, so a Latin-1 view of the first KB is enough to find it.
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048)).toLowerCase();
  const m = /<meta[^>]*charset\s*=\s*["']?([a-z0-9_-]+)/.exec(head) ?? /encoding\s*=\s*["']([a-z0-9_-]+)/.exec(head);
  return m ? m[1] : null;
}

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
// Characters every report uses; mojibake from a wrong decoding hardly ever produces them.
const COMMON = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
for (const c of '的年政府信息公开报告情况申请本一二三四五六七八九十条件数量行') COMMON[c.charCodeAt(0) - CJK_FIRST] = 1;
const SAMPLE = 16384;

/** CJK characters in the first 16K characters, and the share of common report characters among them (near 0 for mojibake). */
function cjkStats(text: string): { cjk: number; plausibility: number } {
  let cjk = 0;
  let common = 0;
  for (let i = 0, n = Math.min(text.length, SAMPLE); i < n; i++) {
    const c = text.charCodeAt(i) - CJK_FIRST;
    if (c < 0 || c > CJK_LAST - CJK_FIRST) continue;
    cjk++;
    common += COMMON[c];
  }
  return { cjk, plausibility: cjk === 0 ? 0 : common / cjk };
}

function isBinary(b: Uint8Array): boolean {
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return true; // %PDF
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return true; // zip (docx, xlsx)
  const n = Math.min(b.length, 4096);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x09 || (c > 0x0d && c < 0x20)) controls++;
  }
  return controls > n * 0.02;
}

/**
 * The bytes without a UTF-8 character cut off at the end (a file truncated mid-character, e.g. an
 * interrupted download): one lost character must not make the whole report unreadable.
 */
function withoutCutCharacter(b: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back];
    if (c < 0x80) return b; // ASCII: nothing cut
    if (c >= 0xc0) {
      const needed = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return needed > back ? b.subarray(0, b.length - back) : b;
    }
  }
  return b;
}

/** Decodes a file's bytes; throws DecodeError with the reason when the bytes are not readable text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty', 'file.empty');
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.skip), bom.encoding);
    if (text === null)
      throw new DecodeError(`the bytes are not valid ${bom.encoding} despite the byte-order mark`, 'file.undecodable');
    return { text, encoding: bom.encoding };
  }
  if (isBinary(bytes))
    throw new DecodeError('binary data (PDF, Word or another non-text format), not a text or HTML page', 'file.binary');
  const declared = declaredCharset(bytes);
  const candidates = declared && GB_LABELS.has(declared) ? ['gb18030', 'utf-8'] : ['utf-8', 'gb18030'];
  for (const encoding of candidates) {
    const text =
      decodeStrict(bytes, encoding) ??
      (encoding === 'utf-8' ? decodeStrict(withoutCutCharacter(bytes), encoding) : null);
    if (text === null) continue;
    const { cjk, plausibility } = cjkStats(text);
    // Pure-ASCII input decodes identically either way; CJK text must look like real words.
    if (cjk === 0 || plausibility >= 0.08) return { text, encoding };
  }
  throw new DecodeError(
    'the bytes decode neither as UTF-8 nor as GBK/GB18030 into readable Chinese text',
    'file.undecodable',
  );
}

/** Checks text given as a string (e.g. from a file read as text): binary bytes show up as U+FFFD or NULs. */
export function checkDecodedText(text: string): void {
  if (text.trim() === '') throw new DecodeError('the file is empty', 'file.empty');
  if (text.startsWith('%PDF')) throw new DecodeError('PDF data given as text, not a text or HTML page', 'file.binary');
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (const ch of sample) if (ch === '\ufffd' || ch === '\u0000') bad++;
  if (bad > sample.length * 0.01) {
    throw new DecodeError(
      'the text contains binary data or characters lost in decoding (give the file as bytes so that its encoding, e.g. GBK, can be detected)',
      'file.undecodable',
    );
  }
}
