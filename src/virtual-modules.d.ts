declare module 'virtual:prerendered' {
  const prerendered: import('./db/prerendered').Prerendered;
  export default prerendered;
}

declare module 'virtual:prerendered-one-filter' {
  const prerendered: import('./db/prerendered').Prerendered;
  export default prerendered;
}

declare module 'virtual:prerendered-lists' {
  const prerendered: import('./db/prerendered').Prerendered;
  export default prerendered;
}

/** pdf.js's worker code, loaded into the thread on Node (read-pdf.ts); pdfjs-dist ships no types for it. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

declare module 'virtual:prerendered-agencies' {
  const loaders: Record<string, () => Promise<{ default: import('./db/prerendered').Prerendered }>>;
  export default loaders;
}

declare module 'virtual:prerendered-regions' {
  const loaders: Record<string, () => Promise<{ default: import('./db/prerendered').Prerendered }>>;
  export default loaders;
}

/** The build's database file of the published dataset (src/pipeline/publishedDatabase.ts); null outside a build. */
declare module 'virtual:dataset-database' {
  const file: import('./dataset/databaseFile').DatabaseFile | null;
  export default file;
}
