/**
 * On every view: "includes N of your reports" with the switch that leaves them out (`mine=off` in
 * the URL), and the effect that keeps the tables in line with the workspace and the switch.
 * A lazy chunk the shell shows once the data is ready (it brings the workspace store and SQL).
 */
import { useEffect, useState } from 'react';
import { useDataset } from '../db/hooks';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../url/Link';
import { switchView } from '../url/state';
import { useUrlState } from '../url/useUrlState';
import { OWN_MARK } from './mark';
import { isCounted } from './records';
import { type SyncFailure, syncTables } from './tables';
import { useWorkspace } from './workspace';

export default function WorkspaceBanner() {
  const { t } = useI18n();
  const { state, setState } = useUrlState();
  const { records, phase } = useWorkspace();
  const status = useDataset();
  const include = state.mine === 'on';
  const [applying, setApplying] = useState(false);
  const [failures, setFailures] = useState<SyncFailure[]>([]);
  const ready = status.phase === 'ready' && phase === 'ready';

  useEffect(() => {
    if (!ready) return;
    let current = true;
    setApplying(true);
    // A sync that changed the tables bumps the data generation (refreshViews), which is part of
    // every query's key: only then is anything queried again. One that changed nothing (the
    // usual case: no kept reports) leaves every result, and every chart, as it is.
    void syncTables(records, include)
      .then((failed) => {
        if (current) setFailures(failed);
      })
      .catch((error: unknown) => {
        if (current) setFailures([{ recordId: '', message: error instanceof Error ? error.message : String(error) }]);
      })
      .finally(() => {
        if (current) setApplying(false);
      });
    return () => {
      current = false;
    };
  }, [ready, records, include]);

  const counted = records.filter(isCounted).length;
  if (records.length === 0) return null;
  return (
    <div className="banner banner-workspace" role="status" data-testid="workspace-banner" data-mine={state.mine}>
      <span aria-hidden="true">{OWN_MARK} </span>
      {include
        ? t('workspace.banner.included', { count: counted })
        : t('workspace.banner.excluded', { count: counted })}
      {applying && include ? ` ${t('workspace.banner.applying')}` : ''}{' '}
      <button
        type="button"
        aria-pressed={include}
        onClick={() => setState({ ...state, mine: include ? 'off' : 'on' })}
        data-testid="workspace-switch"
      >
        {include ? t('workspace.banner.leaveOut') : t('workspace.banner.putIn')}
      </button>{' '}
      {state.view !== 'workspace' && <Link to={switchView('workspace', state)}>{t('workspace.banner.open')}</Link>}
      {failures.length > 0 && (
        <span role="alert" className="error-text">
          {' '}
          {t('workspace.banner.failed', { count: failures.length, message: failures[0].message })}
        </span>
      )}
    </div>
  );
}
