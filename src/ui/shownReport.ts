/**
 * A report, its cells and its findings as the pages show them: the columns the agency page reads
 * from the dataset (src/views/agency/queries.ts) and the check page builds from a local file.
 */
import type { CellRow, FindingRow, ReportRow } from '../dataset/rows';
import type { LayoutId } from '../report/template';

/** A report's header line and status. */
export type ShownReport = Pick<
  ReportRow,
  | 'report_id'
  | 'year'
  | 'published'
  | 'title'
  | 'index_no'
  | 'source_file'
  | 'source_url'
  | 'source_format'
  | 'status'
  | 'error'
  | 'n_errors'
  | 'n_warnings'
> & { agency_name: string; layout: LayoutId };

/** A cell of the three tables. */
export type ShownCell = Pick<CellRow, 'cell_id' | 'value' | 'raw_text'>;

/** A finding, with the year of its report. */
export type ShownFinding = Omit<FindingRow, 'message_en'> & { year: number | null; message_en: string };
