/**
 * The default view as HTML, rendered at build time (src/pipeline/prerender.ts puts it into
 * index.html): the app with the prerendered query results in its cache and every chart drawn to
 * inline SVG, so the first paint needs no JavaScript. main.tsx hydrates this same tree.
 */
import prerendered from 'virtual:prerendered';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { renderSvg } from './charts/echarts';
import { StaticChartContext } from './charts/staticChart';
import { hydratePrerendered } from './db/prerendered';

export function renderFirstView(): string {
  const queryClient = new QueryClient();
  hydratePrerendered(queryClient, prerendered);
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticChartContext value={(option, width, height) => renderSvg(option, width, height)}>
          <App />
        </StaticChartContext>
      </QueryClientProvider>
    </StrictMode>,
  );
}
