/**
 * 检查年报 Check a report (?view=check): drop, pick or paste one or more reports; each is parsed
 * in the page with the dataset's own parser and checks, compared with the agency's earlier years,
 * and can be added to this tab's data or downloaded. Nothing leaves the browser.
 */
import './check.css';
import { useI18n } from '../../i18n/useI18n';
import type { ReportFileInput } from '../../report/read-batch';
import { CheckedReport } from './CheckedReport';
import { checkFiles } from './checkFile';
import { InputPanel } from './InputPanel';
import { SummaryTable } from './SummaryTable';
import { updateCheckState, useCheckState } from './store';

let nextKey = 0;

async function addInputs(inputs: ReportFileInput[]): Promise<void> {
  const first = nextKey + 1;
  nextKey += inputs.length;
  updateCheckState((s) => ({ ...s, reading: { done: 0, total: inputs.length } }));
  const files = await checkFiles(
    inputs,
    (i) => `f${first + i}`,
    (done, total) => updateCheckState((s) => ({ ...s, reading: { done, total } })),
  );
  // Batches accumulate (a report added to the tab's data stays listed); the new batch's first file is shown.
  updateCheckState((s) => ({
    ...s,
    files: [...s.files, ...files],
    selected: files[0]?.key ?? s.selected,
    reading: null,
  }));
}

export default function CheckView() {
  const { t } = useI18n();
  const { files, selected, reading } = useCheckState();
  const current = files.find((f) => f.key === selected) ?? null;
  return (
    <section className="view check-view" aria-labelledby="check-title">
      <h1 id="check-title">{t('check.title')}</h1>
      <p className="lead">{t('check.intro')}</p>
      <InputPanel onInputs={(inputs) => void addInputs(inputs)} />
      <p role="status" className="note" data-testid="check-progress">
        {reading ? t('check.reading', reading) : files.length === 0 ? t('check.nothingYet') : ''}
      </p>
      {files.length > 1 && (
        <SummaryTable
          files={files}
          selected={selected}
          onSelect={(key) => updateCheckState((s) => ({ ...s, selected: key }))}
        />
      )}
      {current && <CheckedReport key={current.key} file={current} />}
    </section>
  );
}
