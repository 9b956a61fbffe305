/** The KPI tiles: measures of src/measures/ summed over the counted reports, each with its formula. */
import type { ReactNode } from 'react';
import { Definition } from '../../charts/Definition';
import type { I18n } from '../../i18n/useI18n';
import { useI18n } from '../../i18n/useI18n';
import type { DefinedId } from '../../measures/glossary';
import { formulaText, layoutsOf, measure } from '../../measures/measures';
import { readMeasure } from '../../measures/sql';
import { KPI_MEASURES, type TotalsRow } from '../../queries/overview';

interface TileProps {
  id: DefinedId;
  label: string;
  value: string;
  unit?: string;
  detail?: ReactNode;
}

function Tile({ id, label, value, unit, detail }: TileProps) {
  return (
    <li className="kpi" data-kpi={id}>
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

const missingLayouts = (id: (typeof KPI_MEASURES)[number]) =>
  (['2021', '2019'] as const).filter((l) => !layoutsOf(measure(id)).includes(l));

function MeasureTile({ id, totals, i18n }: { id: (typeof KPI_MEASURES)[number]; totals: TotalsRow; i18n: I18n }) {
  const { t, num, share, label, lang } = i18n;
  const m = measure(id);
  const v = readMeasure(totals, id);
  const partial = v.reports !== null && v.reports < totals.reports;
  const notInTemplate = v.absent
    ? t('measure.absentReports', { count: num(v.absent), layouts: missingLayouts(id).join('、') })
    : '';
  const reports = [partial ? t('measure.reports', { count: num(v.reports) }) : '', notInTemplate]
    .filter(Boolean)
    .join(t('common.clauseSeparator'));
  if (m.kind === 'rate') {
    return (
      <Tile
        id={id}
        label={label(m.label)}
        value={share(v.k, v.n)}
        detail={
          <>
            {/* The formula is one tap away on a phone (the "?"); its numbers stay. */}
            <span className="kpi-formula">{formulaText(m, lang)} </span>= {num(v.k)} ÷ {num(v.n)}
            {reports && `${t('common.clauseSeparator')}${reports}`}
          </>
        }
      />
    );
  }
  // 万元 past 1 亿元 are also said in 亿元 (in English, millions), as the press writes them.
  const large = m.unit === 'wanYuan' && v.value !== null && v.value >= 10_000;
  const approx = large ? t('unit.largeAmount', { value: num(lang === 'zh' ? v.value! / 10_000 : v.value! / 100) }) : '';
  return (
    <Tile
      id={id}
      label={label(m.label)}
      value={num(v.value)}
      unit={t(m.unit === 'wanYuan' ? 'unit.wanYuan' : 'unit.items')}
      detail={[approx, reports].filter(Boolean).join(t('common.clauseSeparator')) || undefined}
    />
  );
}

/** The tiles, and a note on them as the list's last item (on a phone it fills the last row's gap). */
export function Kpis({ totals, note }: { totals: TotalsRow; note?: ReactNode }) {
  const i18n = useI18n();
  const { t, num } = i18n;
  return (
    <ul className="kpis">
      <Tile id="reports" label={t('overview.kpi.reports')} value={num(totals.reports)} unit={t('unit.reports')} />
      <Tile id="agencies" label={t('overview.kpi.agencies')} value={num(totals.agencies)} />
      {KPI_MEASURES.map((id) => (
        <MeasureTile key={id} id={id} totals={totals} i18n={i18n} />
      ))}
      {note && <li className="kpis-note">{note}</li>}
    </ul>
  );
}
