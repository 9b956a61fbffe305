import { useId } from 'react';
import { QueryState } from '../../charts/QueryState';
import { useSql } from '../../db/hooks';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import { LEVELS, type Level } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import { FILTER_OPTIONS_SQL } from './queries';

interface OptionRow {
  kind: 'region' | 'level' | 'type';
  value: string;
}

/** Year, region, level and agency-type selects; every change is a URL change. */
export function CompareFilterBar({ years, year }: { years: number[]; year: number }) {
  const { t } = useI18n();
  const { state, setState } = useUrlState();
  const options = useSql<OptionRow>('compare.filterOptions', FILTER_OPTIONS_SQL);
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>{t('filter.legend')}</legend>
      <label htmlFor={`${id}-year`}>
        {t('filter.year')}
        <select id={`${id}-year`} value={year} onChange={(e) => setState({ years: [Number(e.target.value)] })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <QueryState result={options}>
        {({ rows }) => {
          const of = (kind: OptionRow['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.value);
          return (
            <>
              <label htmlFor={`${id}-region`}>
                {t('filter.region')}
                <select
                  id={`${id}-region`}
                  value={state.region ?? ''}
                  onChange={(e) => setState({ region: e.target.value || null })}
                >
                  <option value="">{t('filter.allRegions')}</option>
                  {of('region').map((r) => (
                    <option key={r} value={r}>
                      {r.replaceAll('/', ' / ')}
                    </option>
                  ))}
                </select>
              </label>
              <label htmlFor={`${id}-level`}>
                {t('filter.level')}
                <select
                  id={`${id}-level`}
                  value={state.level ?? ''}
                  onChange={(e) => setState({ level: (e.target.value || null) as Level | null })}
                >
                  <option value="">{t('filter.allLevels')}</option>
                  {LEVELS.filter((l) => of('level').includes(l)).map((l) => (
                    <option key={l} value={l}>
                      {t(`level.${l}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              <label htmlFor={`${id}-type`}>
                {t('filter.type')}
                <select
                  id={`${id}-type`}
                  value={state.type ?? ''}
                  onChange={(e) => setState({ type: e.target.value || null })}
                >
                  <option value="">{t('filter.allTypes')}</option>
                  {of('type').map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            </>
          );
        }}
      </QueryState>
    </fieldset>
  );
}
