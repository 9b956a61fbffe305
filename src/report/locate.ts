/**
 * Where the tables are and which template they follow. The layout is read from the labels
 * (columns only the 2019 template has, rows only the 2021 template has), never from the year.
 */
import type { Block } from './blocks';
import type { LayoutId } from './template';

/** Block text without whitespace, NFKC-folded: what the anchors below are searched in. */
export function compactBlock(b: Block): string {
  const text = b.kind === 'text' ? b.text : b.cells.join('');
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

const ONLY_2019 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量/;
const ONLY_2021 = /本年制发件数|现行有效件数|本年收费金额|逾期不补正|逾期未按收费通知/;
const ANY_TABLE = /第二十条第|申请人情况|本年新收政府信息公开申请数量|结果维持/;

export function detectLayout(compact: readonly string[]): LayoutId {
  const all = compact.join('\n');
  const is2019 = ONLY_2019.test(all);
  const is2021 = ONLY_2021.test(all);
  if (is2021 && !is2019) return '2021';
  if (is2019 && !is2021) return '2019';
  if (is2019 && is2021) return /逾期不补正|逾期未按收费通知/.test(all) ? '2021' : '2019';
  return ANY_TABLE.test(all) ? '2021' : 'unknown';
}

/** Block index ranges [start, end) of tables 2, 3 and 4; null where a table's start is not found. */
export interface Regions {
  t2: [number, number] | null;
  t3: [number, number] | null;
  t4: [number, number] | null;
}

const SHORT = 60;

function findFrom(
  compact: readonly string[],
  blocks: readonly Block[],
  from: number,
  test: (c: string, b: Block) => boolean,
) {
  for (let i = Math.max(0, from); i < compact.length; i++) if (test(compact[i], blocks[i])) return i;
  return -1;
}

export function findRegions(blocks: readonly Block[], compact: readonly string[]): Regions {
  const isTableOrShort = (c: string, b: Block) => b.kind === 'row' || c.length <= SHORT;
  let t2 = findFrom(compact, blocks, 0, (c) => c.includes('第二十条第'));
  if (t2 < 0) t2 = findFrom(compact, blocks, 0, (c, b) => isTableOrShort(c, b) && c.includes('主动公开政府信息情况'));
  const t3 = findFrom(
    compact,
    blocks,
    t2,
    (c, b) => isTableOrShort(c, b) && /申请人情况|本年新收政府信息公开申请数量/.test(c),
  );
  const t4 = findFrom(compact, blocks, t3 < 0 ? t2 : t3 + 1, (c, b) => isTableOrShort(c, b) && c.includes('行政复议'));
  const t4End =
    t4 < 0 ? -1 : findFrom(compact, blocks, t4 + 1, (c, b) => b.kind === 'text' && /^[五六]、|存在的主要问题/.test(c));
  const end = (i: number) => (i < 0 ? blocks.length : i);
  return {
    t2: t2 < 0 ? null : [t2, end(t3 >= 0 ? t3 : t4)],
    t3: t3 < 0 ? null : [t3, end(t4)],
    t4: t4 < 0 ? null : [t4, end(t4End)],
  };
}
