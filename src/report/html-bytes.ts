/**
 * Drops the attributes an HTML page's reader never looks at, on the bytes, before decoding:
 * Word-exported pages spend most of their bytes on style/class/lang attributes, and decoding and
 * tokenizing them is most of a parse. Safe for UTF-8 and GBK/GB18030 (not UTF-16): `<`, `>`, `=`,
 * quotes and whitespace never occur inside their multi-byte characters. A tag that does not close
 * as expected is copied as it is.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const MAX_VALUE = 2048;

// What read-html.ts and decode.ts read: spans, <meta> name/content, the declared charset.
const KEPT = new Set(['colspan', 'rowspan', 'name', 'content', 'property', 'http-equiv', 'charset']);

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

function lowerAscii(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i] | 0x20);
  return s;
}

/** The end of the attribute value starting at `i` (after `=`), or -1 when it does not end well. */
function valueEnd(b: Uint8Array, i: number): number {
  const q = b[i];
  if (q === DQ || q === SQ) {
    const limit = Math.min(b.length, i + 1 + MAX_VALUE);
    for (let j = i + 1; j < limit; j++) if (b[j] === q) return j + 1;
    return -1;
  }
  let j = i;
  while (j < b.length && !isSpace(b[j]) && b[j] !== GT && b[j] !== LT && b[j] !== DQ && b[j] !== SQ) j++;
  return j;
}

/**
 * Reads the opening tag at `start` (`<` then a letter), writing the tag with only the kept
 * attributes to `out` at `o`. Returns [next input index, next output index], or null when the
 * tag is malformed (the caller then copies its `<` and goes on).
 */
function compactTag(b: Uint8Array, start: number, out: Uint8Array, o: number): [number, number] | null {
  let i = start + 1;
  while (i < b.length && !isSpace(b[i]) && b[i] !== GT && b[i] !== SLASH && b[i] !== LT) i++;
  out.set(b.subarray(start, i), o);
  o += i - start;
  for (;;) {
    while (i < b.length && isSpace(b[i])) i++;
    if (i >= b.length || b[i] === LT) return null;
    if (b[i] === GT) {
      out[o++] = GT;
      return [i + 1, o];
    }
    if (b[i] === SLASH) {
      if (b[i + 1] !== GT) return null;
      out[o++] = SLASH;
      out[o++] = GT;
      return [i + 2, o];
    }
    const nameStart = i;
    while (i < b.length && !isSpace(b[i]) && b[i] !== EQ && b[i] !== GT && b[i] !== SLASH && b[i] !== LT) i++;
    const nameEnd = i;
    if (nameEnd === nameStart) return null;
    let j = i;
    while (j < b.length && isSpace(b[j])) j++;
    let end = nameEnd;
    if (b[j] === EQ) {
      j++;
      while (j < b.length && isSpace(b[j])) j++;
      end = valueEnd(b, j);
      if (end < 0) return null;
    }
    if (nameEnd - nameStart <= 10 && KEPT.has(lowerAscii(b, nameStart, nameEnd))) {
      out[o++] = 0x20;
      out.set(b.subarray(nameStart, end), o);
      o += end - nameStart;
    }
    i = end;
  }
}

export function dropUnusedAttributeBytes(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let o = 0;
  let i = 0;
  while (i < b.length) {
    const lt = b.indexOf(LT, i);
    const stop = lt < 0 ? b.length : lt;
    out.set(b.subarray(i, stop), o);
    o += stop - i;
    if (lt < 0) break;
    const done = lt + 1 < b.length && isLetter(b[lt + 1]) ? compactTag(b, lt, out, o) : null;
    if (done) [i, o] = done;
    else {
      out[o++] = LT;
      i = lt + 1;
    }
  }
  return out.subarray(0, o);
}
