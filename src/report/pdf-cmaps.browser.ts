/**
 * The browser side of read-pdf.ts's CMaps: the simplified-Chinese binary CMaps of pdfjs-dist,
 * emitted by Vite as files of our own origin (never inlined: the CSP's connect-src is 'self',
 * no data: URLs) and fetched only when a PDF names one.
 */
const URLS = import.meta.glob<string>('../../node_modules/pdfjs-dist/cmaps/*GB*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
});

export async function fetchCMap(name: string): Promise<Uint8Array> {
  const load = URLS[`../../node_modules/pdfjs-dist/cmaps/${name}.bcmap`];
  if (!load) throw new Error(`no CMap ${name} is shipped (only the simplified-Chinese GB ones)`);
  const response = await fetch(await load());
  if (!response.ok) throw new Error(`CMap ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
