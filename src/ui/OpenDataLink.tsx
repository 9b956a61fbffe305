/**
 * The open dataset, one tap away: the data package description and every Parquet file of the
 * dataset the page shows (from its manifest), for the Overview and About.
 */
import { useEffect } from 'react';
import { useManifest } from '../db/hooks';
import { datasetFolder, datasetManifest } from '../db/session';
import { useI18n } from '../i18n/useI18n';

export function OpenDataLink() {
  const { t } = useI18n();
  const folder = datasetFolder();
  // The manifest alone (no engine): the links are there for a reader who never starts it.
  const manifest = useManifest();
  useEffect(() => {
    datasetManifest().catch(() => undefined); // a bad manifest: the session names it when it starts
  }, []);
  const files = manifest?.files.map((f) => f.name) ?? [];
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
