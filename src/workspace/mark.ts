/**
 * How a user's own report is told apart in every view: a marker character before its name (not
 * only a colour), on table rows and on chart labels alike.
 */
import { LOCAL_PREFIX } from '../db/tabRows';

export const OWN_MARK = '◆';

export const isOwnReport = (reportId: string | null | undefined): boolean => !!reportId?.startsWith(LOCAL_PREFIX);

/** `name` with the marker in front when the report is the user's own. */
export const markOwn = (name: string, reportId: string | null | undefined): string =>
  isOwnReport(reportId) ? `${OWN_MARK} ${name}` : name;
