/**
 * "A chart is on screen", measured alike on the app and on the benchmark's floor pages, from
 * outside the page (a Playwright init script): from the first frame on, each animation frame looks
 * for a chart holder with an SVG chart in it (the prerendered HTML, the inline-SVG floor) or a
 * live chart that has drawn (data-painted-at); the frame in which one is found is the frame that
 * paints it. Used by npm run bench and e2e/budget.spec.ts.
 */
export const CHART_VISIBLE = 'bench:chart-visible';

export const CHART_VISIBLE_SCRIPT = `(() => {
  const chart = '[data-testid="chart-canvas"] svg, [data-testid="chart-canvas"][data-painted-at]';
  const look = () => (document.querySelector(chart) ? performance.mark('${CHART_VISIBLE}') : requestAnimationFrame(look));
  requestAnimationFrame(look);
})();`;
