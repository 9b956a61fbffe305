/**
 * "A chart is on screen", measured alike on the app and on the benchmark's floor pages, from
 * outside the page (a Playwright init script): from the first frame on, each animation frame looks
 * for a chart holder with an SVG chart in it (the prerendered HTML, the inline-SVG floor) or a
 * live chart that has drawn (data-painted-at). The frame in which one is found is the frame that
 * paints it, but an animation frame callback runs before that frame's style, layout and paint —
 * on the app's page ~100–150 ms of work here — so the mark is set by a task posted from it, which
 * runs once the frame's main-thread work is done. Used by npm run bench and e2e/budget.spec.ts.
 */
export const CHART_VISIBLE = 'bench:chart-visible';
/** An agency profile's key figures are on screen (its year-over-year table has a row). */
export const FIGURES_VISIBLE = 'bench:figures-visible';

/** Marks `mark` once the frame that first shows an element matching `selector` has painted. */
const visibleMark = (mark: string, selector: string) => `(() => {
  const painted = new MessageChannel();
  painted.port1.onmessage = () => performance.mark('${mark}');
  const look = () => (document.querySelector('${selector}') ? painted.port2.postMessage(0) : requestAnimationFrame(look));
  requestAnimationFrame(look);
})();`;

export const CHART_VISIBLE_SCRIPT = visibleMark(
  CHART_VISIBLE,
  '[data-testid="chart-canvas"] svg, [data-testid="chart-canvas"][data-painted-at]',
);
export const FIGURES_VISIBLE_SCRIPT = visibleMark(FIGURES_VISIBLE, 'tr[data-measure]');
