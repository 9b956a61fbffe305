/**
 * The checked report compared with its agency's reports in the dataset (see againstDataset.ts), as a
 * React query: runs once the dataset is loaded, once per checked file.
 */
import { useQuery } from '@tanstack/react-query';
import { useDataGeneration } from '../../db/hooks';
import type { ParseResult } from '../../report/types';
import { compareWithHistory, type HistoryResult } from './againstDataset';
import { type AgencyMatch, agencyReports, matchLoadedAgency } from './queries';

export interface Comparison extends HistoryResult {
  agency: AgencyMatch | null;
  /** How many of the agency's reports the dataset has. */
  datasetReports: number;
}

export async function compareReport(parsed: ParseResult): Promise<Comparison> {
  const { report } = parsed;
  const names = report.agency ? [report.agency, ...(report.agency_aliases ?? [])] : [];
  const agency = names.length > 0 ? await matchLoadedAgency(names) : null;
  const others = agency ? await agencyReports(agency.agency_id) : [];
  const current = {
    reportId: '',
    agencyId: agency?.agency_id ?? '',
    year: report.year,
    layout: report.layout,
    cells: report.cells,
  };
  return { agency, datasetReports: others.length, ...compareWithHistory(current, others) };
}

export function useComparison(fileKey: string, parsed: ParseResult) {
  const generation = useDataGeneration();
  return useQuery({
    // Tab-local rows are left out of the comparison, but a table changed in the SQL workbench is not:
    // the data generation is part of the key, as in useSql.
    queryKey: ['check-comparison', generation, fileKey],
    queryFn: () => compareReport(parsed),
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
}
