/**
 * 我的年报 My reports (?view=workspace): the reports a user keeps in this browser — add files, a
 * folder or pasted text; see each one's status; decide what a report of an already covered
 * agency-year does; name an agency the parser could not; remove one or all.
 */
import { useId, useRef, useState } from 'react';
import { safeFilename, saveBlob } from '../../charts/download';
import { useSql } from '../../db/hooks';
import { formatNumber } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';
import { datasetZip, reportsInZip } from '../../workspace/datasetExport';
import { OWN_MARK } from '../../workspace/mark';
import { agencyNameOf, isCounted, type WorkspaceRecord, workspaceReportId } from '../../workspace/records';
import { workbookBytes } from '../../workspace/workbook';
import {
  decide,
  type ImportInput,
  type ImportOutcome,
  importReports,
  nameAgency,
  removeAll,
  removeReport,
  useWorkspace,
} from '../../workspace/workspace';
import { type PrintKind, PrintPage } from './PrintPage';
import { Coverage } from './RosterCoverage';
import './workspace.css';

const REPORT_FILE = /\.(?:txt|md|markdown|html?|docx|pdf)$/i;

const ZIP_FILE = /\.zip$/i;

/**
 * Files become inputs read one at a time; a zip made by "download as dataset" brings its report
 * files back; another zip or a file of another kind is named and left out.
 */
async function inputsOf(
  files: readonly File[],
): Promise<{ inputs: ImportInput[]; other: string[]; badZips: string[] }> {
  const sorted = [...files].sort((a, b) =>
    (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name),
  );
  const inputs: ImportInput[] = sorted
    .filter((f) => REPORT_FILE.test(f.name))
    .map((f) => ({ name: f.name, read: async () => new Uint8Array(await f.arrayBuffer()) }));
  const badZips: string[] = [];
  for (const zip of sorted.filter((f) => ZIP_FILE.test(f.name))) {
    const found = reportsInZip(new Uint8Array(await zip.arrayBuffer()));
    if (found.status === 'ok') inputs.push(...found.files.map((f) => ({ name: f.name, read: async () => f.bytes })));
    else badZips.push(zip.name);
  }
  const other = sorted.filter((f) => !REPORT_FILE.test(f.name) && !ZIP_FILE.test(f.name));
  return { inputs, other: other.map((f) => f.webkitRelativePath || f.name), badZips };
}

export default function WorkspaceView() {
  const { t } = useI18n();
  const ws = useWorkspace();
  const [printing, setPrinting] = useState<{ id: string; kind: PrintKind } | null>(null);
  const [other, setOther] = useState<string[]>([]);
  const [text, setText] = useState('');
  const controller = useRef<AbortController | null>(null);
  const pasteId = useId();

  const run = (inputs: ImportInput[]) => {
    if (inputs.length === 0) return;
    controller.current = new AbortController();
    void importReports(inputs, controller.current.signal);
  };
  const onFiles = (files: File[]) =>
    void inputsOf(files).then(({ inputs, other, badZips }) => {
      setOther([
        ...other.map((name) => t('workspace.import.notReportFormat', { name })),
        ...badZips.map((name) => t('workspace.import.notDataset', { name })),
      ]);
      run(inputs);
    });
  const addPasted = () => {
    const pasted = text;
    setOther([]);
    run([{ name: t('workspace.pastedName', { n: ws.records.length + 1 }), read: async () => pasted }]);
    setText('');
  };

  const printed = printing && ws.records.find((r) => r.id === printing.id);
  if (printed) return <PrintPage record={printed} kind={printing.kind} onClose={() => setPrinting(null)} />;
  return (
    <section className="view workspace-view" aria-labelledby="workspace-title">
      <h1 id="workspace-title">{t('workspace.title')}</h1>
      <p className="lead">{t('workspace.intro')}</p>
      <StorageNotice />
      <div className="workspace-inputs">
        <FilePicker label={t('workspace.pickFiles')} onFiles={onFiles} testId="workspace-files" />
        <FilePicker label={t('workspace.pickFolder')} onFiles={onFiles} folder testId="workspace-folder" />
        <label htmlFor={pasteId}>{t('workspace.pasteLabel')}</label>
        <textarea id={pasteId} rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <button type="button" onClick={addPasted} disabled={text.trim() === '' || ws.importing !== null}>
          {t('workspace.pasteButton')}
        </button>
      </div>
      <p role="status" className="note" data-testid="workspace-progress">
        {ws.importing && (
          <>
            {t('workspace.importing', {
              done: ws.importing.done,
              total: ws.importing.total,
              name: ws.importing.current,
            })}{' '}
            <button type="button" onClick={() => controller.current?.abort()}>
              {t('workspace.cancel')}
            </button>
          </>
        )}
        {ws.phase === 'loading' && t('workspace.loading')}
      </p>
      <ImportSummary outcomes={ws.importing ? [] : ws.lastImport} other={other} />
      <Decisions records={ws.records} />
      <RecordTable records={ws.records} onPrint={(id, kind) => setPrinting({ id, kind })} />
      <Coverage />
    </section>
  );
}

function StorageNotice() {
  const { t } = useI18n();
  const { storageError, unreadable } = useWorkspace();
  return (
    <>
      {storageError && (
        <p role="alert" className="banner banner-error" data-testid="workspace-storage-error">
          {t(`workspace.storage.${storageError}`)}
        </p>
      )}
      {unreadable > 0 && (
        <p role="alert" className="note">
          {t('workspace.storage.unreadable', { count: unreadable })}
        </p>
      )}
    </>
  );
}

function FilePicker({
  label,
  onFiles,
  folder = false,
  testId,
}: {
  label: string;
  onFiles: (files: File[]) => void;
  folder?: boolean;
  testId: string;
}) {
  const id = useId();
  return (
    <p>
      <label htmlFor={id} className="check-file-label">
        {label}
      </label>{' '}
      <input
        id={id}
        type="file"
        multiple
        data-testid={testId}
        // webkitdirectory is not in React's attribute types.
        ref={folder ? (el) => el?.setAttribute('webkitdirectory', '') : undefined}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </p>
  );
}

function ImportSummary({ outcomes, other }: { outcomes: readonly ImportOutcome[]; other: readonly string[] }) {
  const { t } = useI18n();
  if (outcomes.length === 0 && other.length === 0) return null;
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const problems = outcomes.filter((o) => o.status !== 'added');
  return (
    <section aria-labelledby="workspace-import-title" data-testid="workspace-import">
      <h2 id="workspace-import-title">{t('workspace.import.title')}</h2>
      <p>
        {t('workspace.import.summary', {
          added: count('added'),
          duplicate: count('duplicate'),
          inDataset: count('inDataset'),
          failed: count('failed') + other.length,
          cancelled: count('cancelled'),
        })}
      </p>
      {(problems.length > 0 || other.length > 0) && (
        <ul className="workspace-problems">
          {other.map((message) => (
            <li key={`other:${message}`}>{message}</li>
          ))}
          {problems.map((o) => (
            <li key={`${o.status}:${o.name}`}>
              {o.status === 'duplicate' && t('workspace.import.duplicate', { name: o.name })}
              {o.status === 'inDataset' && t('workspace.import.inDataset', { name: o.name, id: o.reportId })}
              {o.status === 'failed' && t('workspace.import.failed', { name: o.name, message: o.message })}
              {o.status === 'cancelled' && t('workspace.import.cancelled', { name: o.name })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Reports waiting for the user: an agency to name, or an agency-year that already has a report. */
function Decisions({ records }: { records: readonly WorkspaceRecord[] }) {
  const { t } = useI18n();
  const unnamed = records.filter((r) => agencyNameOf(r) === null);
  const pending = records.filter((r) => r.choice === 'pending' && agencyNameOf(r) !== null);
  if (unnamed.length === 0 && pending.length === 0) return null;
  return (
    <section aria-labelledby="workspace-decide-title" className="workspace-decisions">
      <h2 id="workspace-decide-title">{t('workspace.decide.title')}</h2>
      <ul>
        {unnamed.map((r) => (
          <li key={r.id} data-testid="workspace-unnamed">
            <NameAgency record={r} />
          </li>
        ))}
        {pending.map((r) => (
          <li key={r.id} data-testid="workspace-pending">
            <p>
              {t('workspace.decide.conflict', {
                name: r.name,
                agency: agencyNameOf(r) ?? '',
                year: r.parsed.report.year ?? '',
                others: r.conflicts.map((c) => (c.startsWith('ws:') ? t('workspace.decide.ownOther') : c)).join('、'),
              })}
            </p>
            <button type="button" onClick={() => void decide(r.id, 'replace')}>
              {t('workspace.decide.replace')}
            </button>{' '}
            <button type="button" onClick={() => void decide(r.id, 'second')}>
              {t('workspace.decide.second')}
            </button>{' '}
            <button type="button" onClick={() => void decide(r.id, 'skip')}>
              {t('workspace.decide.skip')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface AgencyOption {
  agency_id: string;
  name: string;
}

const AGENCY_OPTIONS_SQL =
  "SELECT agency_id, name FROM agencies WHERE NOT starts_with(agency_id, 'local-') ORDER BY name";

/** The parser found no agency name: the user types one or picks one of the dataset's agencies. */
function NameAgency({ record }: { record: WorkspaceRecord }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const inputId = useId();
  const listId = useId();
  const agencies = useSql<AgencyOption>('workspace-agency-options', AGENCY_OPTIONS_SQL).data?.rows ?? [];
  const save = () => {
    const picked = agencies.find((a) => a.name === name.trim());
    void nameAgency(record.id, name, picked?.agency_id ?? null);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor={inputId}>{t('workspace.decide.unnamed', { name: record.name })}</label>{' '}
      <input id={inputId} list={listId} value={name} onChange={(e) => setName(e.target.value)} />
      <datalist id={listId}>
        {agencies.map((a) => (
          <option key={a.agency_id} value={a.name} />
        ))}
      </datalist>{' '}
      <button type="submit" disabled={name.trim() === ''}>
        {t('workspace.decide.nameButton')}
      </button>
    </form>
  );
}

function statusText(r: WorkspaceRecord, t: ReturnType<typeof useI18n>['t']): string {
  if (agencyNameOf(r) === null) return t('workspace.status.unnamed');
  if (r.choice === 'pending') return t('workspace.status.pending');
  if (r.choice === 'second') return t('workspace.status.second');
  if (r.choice === 'replace') return t('workspace.status.replace');
  return t('workspace.status.counted');
}

function RecordTable({
  records,
  onPrint,
}: {
  records: readonly WorkspaceRecord[];
  onPrint: (recordId: string, kind: PrintKind) => void;
}) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (records.length === 0) return <p className="note">{t('workspace.empty')}</p>;
  return (
    <section aria-labelledby="workspace-list-title">
      <h2 id="workspace-list-title">{t('workspace.list.title', { count: records.length })}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t('workspace.list.file')}</th>
              <th scope="col">{t('workspace.list.agency')}</th>
              <th scope="col">{t('workspace.list.year')}</th>
              <th scope="col">{t('workspace.list.findings')}</th>
              <th scope="col">{t('workspace.list.status')}</th>
              <th scope="col">{t('workspace.list.reportId')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('workspace.list.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => {
              const errors = r.parsed.report.findings.filter((f) => f.severity === 'error').length;
              return (
                <tr key={r.id} data-record-id={r.id}>
                  <td>
                    <span aria-hidden="true">{OWN_MARK} </span>
                    {r.name}
                  </td>
                  <td>{agencyNameOf(r) ?? t('workspace.status.unnamed')}</td>
                  <td>{r.parsed.report.year ?? t('common.notStated')}</td>
                  <td>
                    {t('workspace.list.findingCount', {
                      errors: formatNumber(lang, errors),
                      all: formatNumber(lang, r.parsed.report.findings.length),
                    })}
                  </td>
                  <td>{statusText(r, t)}</td>
                  <td>
                    <code>{workspaceReportId(r)}</code>
                  </td>
                  <td className="workspace-row-actions">
                    {agencyNameOf(r) !== null && (
                      <>
                        <button type="button" onClick={() => onPrint(r.id, 'leader')}>
                          {t('workspace.leader')}
                        </button>{' '}
                        <button type="button" onClick={() => onPrint(r.id, 'full')}>
                          {t('workspace.full')}
                        </button>{' '}
                      </>
                    )}
                    <button
                      type="button"
                      onClick={() => void removeReport(r.id)}
                      aria-label={t('workspace.list.removeOne', { name: r.name })}
                    >
                      {t('workspace.list.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <WorkbookButton records={records} /> <DatasetButton records={records} />{' '}
      {confirming ? (
        <p role="alert">
          {t('workspace.list.confirmRemoveAll', { count: records.length })}{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              void removeAll();
            }}
          >
            {t('workspace.list.removeAllYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('workspace.list.removeAllNo')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('workspace.list.removeAll')}
        </button>
      )}
    </section>
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download made on the click: busy while it is made, its failure named beside the button. */
function DownloadButton({ label, disabled, make }: { label: string; disabled: boolean; make: () => Promise<void> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await make();
    } catch (e) {
      setError(t('workspace.downloadError', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} disabled={busy || disabled}>
        {label}
      </button>
      {error && (
        <span role="alert" className="error-text">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}

/** The counted kept reports as a zip in the ingest's dataset layout. */
function DatasetButton({ records }: { records: readonly WorkspaceRecord[] }) {
  const { t } = useI18n();
  const make = async () => {
    const zip = await datasetZip(records);
    saveBlob(
      safeFilename(`${t('workspace.datasetFile')}.zip`),
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    );
  };
  return <DownloadButton label={t('workspace.dataset')} disabled={!records.some(isCounted)} make={make} />;
}

/** The counted kept reports as one workbook (exceljs is loaded on this click). */
function WorkbookButton({ records }: { records: readonly WorkspaceRecord[] }) {
  const { t, lang } = useI18n();
  const counted = records.filter(isCounted);
  const make = async () => {
    const bytes = await workbookBytes(
      counted.map((r) => ({
        reportId: workspaceReportId(r),
        agency: agencyNameOf(r) ?? '',
        year: r.parsed.report.year,
        published: r.parsed.report.published,
        cells: r.parsed.report.cells,
        findings: r.parsed.report.findings,
      })),
      lang,
    );
    saveBlob(safeFilename(`${t('workspace.workbookFile')}.xlsx`), new Blob([bytes], { type: XLSX }));
  };
  return <DownloadButton label={t('workspace.workbook')} disabled={counted.length === 0} make={make} />;
}
