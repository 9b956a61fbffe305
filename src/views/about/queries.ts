import type { NamedQuery } from '../../db/filters';

/** The list of sources on the About page: every report in the dataset, parsed or not. */
export interface SourceRow {
  report_id: string;
  agency_name: string;
  year: number | null;
  title: string | null;
  source_format: string | null;
  source_url: string | null;
  status: string;
}

export const SOURCES_SQL = `SELECT
  r.report_id,
  coalesce(a.name, r.agency_name) AS agency_name,
  r.year,
  r.title,
  r.source_format,
  r.source_url,
  r.status
FROM reports r
LEFT JOIN agencies a ON a.agency_id = r.agency_id
ORDER BY agency_name, r.year, r.report_id`;

/** The sources list as the page asks for it (the build answers it too: src/pipeline/prerender.ts). */
export const ABOUT_SOURCES: NamedQuery = { name: 'about.sources', sql: SOURCES_SQL, params: [] };
