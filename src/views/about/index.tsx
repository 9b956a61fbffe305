/**
 * 关于数据 About the data: what the reports are, what the measures mean, the sources (every
 * report with a link to where it was published), the checks and the licence.
 */
import { QueryState } from '../../charts/QueryState';
import { useManifest, useSql } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { RULE_LIST } from '../../report/rules';
import { OpenDataLink } from '../../ui/OpenDataLink';
import { MeasureList } from './MeasureList';
import { ABOUT_SOURCES, type SourceRow } from './queries';
import { ABOUT, type AboutText } from './text';

/** Only web links become <a href>: a javascript: or data: URL in the data must never be clickable. */
function isWebLink(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

function SourcesTable({ rows, text }: { rows: SourceRow[]; text: AboutText }) {
  const c = text.columns;
  return (
    <section className="table-wrap" tabIndex={0} aria-label={text.sourcesHeading}>
      <table>
        <thead>
          <tr>
            <th scope="col">{c.agency}</th>
            <th scope="col" className="num">
              {c.year}
            </th>
            <th scope="col">{c.title}</th>
            <th scope="col">{c.format}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.link}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.report_id}>
              <td>{r.agency_name}</td>
              <td className="num">{r.year ?? ''}</td>
              <td>{r.title ?? ''}</td>
              <td>{r.source_format ?? ''}</td>
              <td>{r.status === 'ok' ? text.statusOk : text.statusFailed}</td>
              <td>
                {isWebLink(r.source_url) ? (
                  <a href={r.source_url} rel="noreferrer">
                    {new URL(r.source_url).hostname}
                  </a>
                ) : (
                  text.noLink
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function AboutView() {
  const { lang, t } = useI18n();
  const text = ABOUT[lang];
  // The data version from the manifest: known without the engine, which this page does not need.
  const manifest = useManifest();
  const sources = useSql<SourceRow>(ABOUT_SOURCES);
  return (
    <article className="prose" aria-labelledby="about-title">
      <h1 id="about-title">{text.title}</h1>
      <OpenDataLink />
      {manifest && <p className="note">{t('about.version', { version: manifest.version })}</p>}
      {text.sections.map((s) => (
        <section key={s.id} aria-labelledby={`about-${s.id}`}>
          <h2 id={`about-${s.id}`}>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.terms && (
            <dl>
              {s.terms.map((term) => (
                <div key={term.term}>
                  <dt>{term.term}</dt>
                  <dd>{term.definition}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
      <MeasureList />
      <section aria-labelledby="about-rules">
        <h2 id="about-rules">{text.rulesHeading}</h2>
        <p>{text.rulesIntro}</p>
        <ul>
          {RULE_LIST.map((rule) => (
            <li key={rule.id}>
              <code>{rule.id}</code> {rule[lang]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-sources" className="wide">
        <h2 id="about-sources">{text.sourcesHeading}</h2>
        <p>{text.sourcesIntro}</p>
        <QueryState result={sources}>{({ rows }) => <SourcesTable rows={rows} text={text} />}</QueryState>
      </section>
      <section aria-labelledby="about-licence">
        <h2 id="about-licence">{text.licenceHeading}</h2>
        {text.licence.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
    </article>
  );
}
