import { useI18n } from '../../i18n/useI18n';

export default function OverviewView() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
    </section>
  );
}
