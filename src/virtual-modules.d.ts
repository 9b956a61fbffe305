declare module 'virtual:prerendered' {
  const prerendered: import('./db/prerendered').Prerendered;
  export default prerendered;
}

<<<<<<< HEAD
/** pdf.js's worker code, loaded into the thread on Node (read-pdf.ts); pdfjs-dist ships no types for it. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
=======
declare module 'virtual:prerendered-one-filter' {
  const prerendered: import('./db/prerendered').Prerendered;
  export default prerendered;
>>>>>>> 9f59a2e (Each single year and each region of the Overview is answered from results computed at build time (a 4 KB chunk loaded after the first paint), so the filters a reader tries first need no engine; each static chart is drawn at a desktop and a phone width)
}
