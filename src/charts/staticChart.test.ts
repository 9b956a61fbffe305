import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { barOption } from './barOption';
import { renderSvg } from './echarts';
import { trendOption } from './trendOption';

/** Every attribute of every element, as an HTML parser reads the page's inline SVG. */
function attributes(svg: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const walk = (node: { attribs?: Record<string, string>; children?: unknown[] }) => {
    if (node.attribs) out.push(node.attribs);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseDocument(svg) as never);
  return out;
}

describe('charts drawn to SVG for the first HTML', () => {
  it('writes attributes an HTML parser reads back whole (no stray quote ends a style)', () => {
    const svg = renderSvg(trendOption([2023, 2024], [{ name: '收到申请', values: [1, 2] }], { axis: '件' }), 560, 320);
    const styles = attributes(svg)
      .map((a) => a.style)
      .filter((s) => s?.includes('font-family'));
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style).toMatch(/sans-serif;?$/);
    // Nothing outside the attribute names ECharts writes (a broken quote makes names of CSS words).
    for (const a of attributes(svg)) for (const name of Object.keys(a)) expect(name).toMatch(/^[a-z][a-z_:-]*$/);
  });

  it('keeps report text as text: markup in a label is escaped, not parsed', () => {
    const svg = renderSvg(barOption(['<b>机关</b> & "局"'], [{ name: 'x', values: [3] }], { axis: '件' }), 560, 200);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;');
  });
});
