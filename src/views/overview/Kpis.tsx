/** The KPI tiles: totals over the filtered reports, the share granted with its numerator and denominator. */
import { Definition } from '../../charts/Definition';
import type { MeasureId } from '../../i18n/definitions';
import { useI18n } from '../../i18n/useI18n';
import type { TotalsRow } from './queries';

interface TileProps {
  id: MeasureId;
  label: string;
  value: string;
  unit?: string;
  detail?: string;
}

function Tile({ id, label, value, unit, detail }: TileProps) {
  return (
    <li className="kpi" data-kpi={id === 'grantedShare' ? 'granted-share' : id}>
      <span className="kpi-label">{label}</span>
      <Definition measure={id} term={label} />
      <span className="kpi-value">
        <span data-value>{value}</span>
        {unit && <span className="kpi-unit">{unit}</span>}
      </span>
      {detail && <span className="kpi-detail">{detail}</span>}
    </li>
  );
}

export function Kpis({ totals }: { totals: TotalsRow }) {
  const { t, num, share, lang } = useI18n();
  const items = t('unit.items');
  const granted = totals.share_granted;
  const partial = totals.share_partial;
  const numerator = granted === null || partial === null ? null : granted + partial;
  return (
    <ul className="kpis">
      <Tile id="reports" label={t('overview.kpi.reports')} value={num(totals.reports)} unit={t('unit.reports')} />
      <Tile id="agencies" label={t('overview.kpi.agencies')} value={num(totals.agencies)} />
      <Tile id="received" label={t('overview.kpi.received')} value={num(totals.received)} unit={items} />
      <Tile id="handled" label={t('overview.kpi.handled')} value={num(totals.handled)} unit={items} />
      <Tile id="licensing" label={t('overview.kpi.licensing')} value={num(totals.licensing)} unit={items} />
      <Tile
        id="fees"
        label={t('overview.kpi.fees')}
        value={num(totals.fees)}
        unit={t('unit.wanYuan')}
        detail={[
          // 1 亿元 = 10,000 万元: large sums are also said in the unit a reader would use.
          totals.fees !== null && totals.fees >= 10_000
            ? t('unit.yiYuanApprox', { value: num(totals.fees / (lang === 'zh' ? 10_000 : 100_000), 2) })
            : '',
          totals.fee_reports < totals.reports ? t('overview.kpi.feesNote') : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <Tile
        id="grantedShare"
        label={t('overview.kpi.grantedShare')}
        value={share(numerator, totals.share_handled)}
        detail={[
          t('overview.kpi.grantedShareDetail', {
            granted: num(granted),
            partial: num(partial),
            handled: num(totals.share_handled),
          }),
          totals.share_reports < totals.reports ? t('overview.kpi.shareReports', { count: totals.share_reports }) : '',
        ].join(' ')}
      />
    </ul>
  );
}
