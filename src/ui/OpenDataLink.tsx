/**
 * The open dataset, one tap away: the data package description and every Parquet file of the
 * dataset the page shows (from its manifest), for the Overview and About.
 */
import { useDataset } from '../db/hooks';
import { datasetFolder } from '../db/session';
import { useI18n } from '../i18n/useI18n';

export function OpenDataLink() {
  const { t } = useI18n();
  const status = useDataset();
  const folder = datasetFolder();
  const files = status.phase === 'ready' ? status.manifest.files.map((f) => f.name) : [];
  return (
    <p className="open-data" data-testid="open-data">
      <a href={`${folder}datapackage.json`} download>
        {t('openData.link')}
      </a>{' '}
      {files.map((name) => (
        <a key={name} href={`${folder}${name}`} download className="open-data-file">
          {name}
        </a>
      ))}{' '}
      <span className="note">{t('openData.note')}</span>
    </p>
  );
}
