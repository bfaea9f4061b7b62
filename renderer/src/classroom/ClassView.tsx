// The teacher's view of one assignment: per key claim who found it and what they said, per
// student their result, the class's agreement, hints, and the text shaded by how many marked it.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, ClassScores } from '../../../shared/classroom.js';
import { formatDay, formatNumber } from '../../../shared/i18n/format.js';
import type { Article } from '../../../shared/model.js';
import { bidiIsolated, unquoted } from '../../../shared/quote.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { fileFailureText } from '../errorText.js';
import { currentLanguage, useLanguage } from '../i18n.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { teamStore } from '../team/teamStore.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { download } from './files.js';

export function ClassView({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('classroom');
  const language = useLanguage();
  const status = teamStore.use().status;
  const hub = status?.hub?.role === 'teacher' ? status.hub : null;
  const [scores, setScores] = useState<ClassScores | null>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const [busy, setBusy] = useState(false);
  const { byId } = useTags();
  const tag = (id: string | null) => (id === null || id === 'none' ? t('class.noVerdict') : (byId.get(id)?.name ?? id));
  const pct = (x: number | null) => (x === null ? '—' : t('class.percent', { value: formatNumber(Math.round(x * 100), language) }));
  const dec = (x: number | null) => (x === null ? '—' : x.toLocaleString(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

  const reload = useCallback(async () => {
    const s = valueOrToast(await gloss.class.scores({ assignmentId: assignment.id }));
    if (!s) return;
    setScores(s);
    const loaded = await Promise.all(s.coverage.map((c) => gloss.articles.get({ id: c.articleId })));
    setArticles(loaded.flatMap((r) => (r.ok ? [r.value] : [])));
  }, [assignment.id]);
  useEffect(() => void reload(), [reload]);
  useLibraryChanged(['assignments', 'annotations'], () => void reload());

  async function exportClass(what: 'csv' | 'report' | 'feedback', pdf = false) {
    setBusy(true);
    const files = valueOrToast(await gloss.class.export({ assignmentId: assignment.id, what, pdf, language: currentLanguage() }));
    setBusy(false);
    if (!files) return;
    for (const f of files) download(f);
    showToast(files.length === 1 ? t('class.savedFile', { file: files[0]!.fileName }) : t('class.savedSheets', { count: files.length }));
  }

  async function publish(to: NonNullable<typeof hub>) {
    setBusy(true);
    const report = valueOrToast(await gloss.assignments.publish({ id: assignment.id, url: to.url, workspace: to.workspace }));
    setBusy(false);
    if (report) showToast(t('class.published', { workspace: report.workspace, students: report.students }));
  }

  async function pull(from: NonNullable<typeof hub>) {
    setBusy(true);
    const report = valueOrToast(await gloss.class.pullAnswers({ assignmentId: assignment.id, url: from.url, workspace: from.workspace }));
    setBusy(false);
    if (!report) return;
    const replaced = report.imported.filter((i) => i.replaced).length;
    showToast(
      replaced
        ? t('class.pulledReplacing', { count: report.imported.length, replaced })
        : t('class.pulled', { count: report.imported.length, unchanged: report.unchanged }),
    );
    for (const f of report.failed) showToast(fileFailureText(f), 'error');
  }

  if (!scores) return <p className="muted">{t('common:loading')}</p>;
  const n = scores.students.length;
  return (
    <article className="class-view stack">
      <header className="row">
        <div>
          <h2>
            <bdi>{assignment.title}</bdi>
          </h2>
          <p className="muted">
            {[
              assignment.task === 'find' ? t('class.taskFind') : t('class.taskJudge'),
              t('class.handedIn', { count: n }),
              t('class.keyCount', { count: scores.keyClaims.length }),
              ...(assignment.dueDate ? [t('class.due', { date: formatDay(assignment.dueDate, language) })] : []),
            ].join(' · ')}
          </p>
        </div>
        <div className="row class-actions">
          {hub && (
            <>
              <button type="button" disabled={busy} onClick={() => void publish(hub)}>
                {t('class.publish')}
              </button>
              <button type="button" disabled={busy} onClick={() => void pull(hub)}>
                {t('class.pull')}
              </button>
            </>
          )}
          <button type="button" disabled={busy} onClick={() => void gloss.assignments.file({ id: assignment.id }).then((r) => { const f = valueOrToast(r); if (f) download(f); })}>
            {t('class.assignmentFile')}
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('csv')}>
            {t('class.csv')}
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('report')}>
            {t('class.report')}
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('report', true)}>
            {t('class.reportPdf')}
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('feedback')}>
            {t('class.feedback')}
          </button>
        </div>
      </header>
      {n === 0 ? (
        <p>{hub ? t('class.noAnswersHub') : t('class.noAnswers')}</p>
      ) : (
        <>
          <p>
            {t('class.agreement')} {t('class.nominal')} <strong>{dec(scores.agreement.nominal)}</strong>, {t('class.ordinal')}{' '}
            <strong>{dec(scores.agreement.ordinal)}</strong>
          </p>
          <section aria-labelledby="key-claims">
            <h3 id="key-claims">{t('class.keyClaims')}</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('class.col.claim')}</th>
                  <th scope="col">{t('class.col.key')}</th>
                  <th scope="col">{t('class.col.foundBy')}</th>
                  <th scope="col">{t('class.col.verdicts')}</th>
                  <th scope="col">{t('class.col.agreeWithKey')}</th>
                  <th scope="col">{t('class.col.alpha')}</th>
                </tr>
              </thead>
              <tbody>
                {scores.keyClaims.map((k) => (
                  <tr key={k.number}>
                    <td>{k.number}</td>
                    <td className="quote-cell">{t('class.quote', { quote: bidiIsolated(unquoted(k.exact)) })}</td>
                    <td>{tag(k.statusTagId)}</td>
                    <td>
                      <Meter value={n ? k.foundBy / n : 0} label={t('class.foundOf', { found: k.foundBy, total: n })} />
                    </td>
                    <td>
                      {Object.entries(k.verdicts)
                        .sort((a, b) => b[1] - a[1])
                        .map(([id, count]) => `${tag(id)} ${count}`)
                        .join(', ') || '—'}
                    </td>
                    <td>
                      <Meter value={k.agreementWithKey ?? 0} label={pct(k.agreementWithKey)} />
                    </td>
                    <td>{dec(k.alpha.nominal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="students">
            <h3 id="students">{t('class.students')}</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('class.col.student')}</th>
                  <th scope="col">{t('class.col.found')}</th>
                  <th scope="col">{t('class.col.missed')}</th>
                  <th scope="col">{t('class.col.extra')}</th>
                  <th scope="col">{t('class.col.right')}</th>
                  <th scope="col">{t('class.col.adjacent')}</th>
                  <th scope="col">{t('class.col.wrong')}</th>
                  <th scope="col">{t('class.col.techniques')}</th>
                  <th scope="col">{t('class.col.score')}</th>
                </tr>
              </thead>
              <tbody>
                {scores.students.map((s) => (
                  <tr key={s.studentId}>
                    <th scope="row">
                      <bdi>{s.name}</bdi>
                      {s.replaced > 0 && <span className="muted"> · {t('class.handedInTimes', { count: s.replaced + 1 })}</span>}
                    </th>
                    <td>{s.found}</td>
                    <td>{s.missed}</td>
                    <td>{s.extra}</td>
                    <td>{s.right}</td>
                    <td>{s.adjacent}</td>
                    <td>{s.wrong + s.noVerdict}</td>
                    <td>{pct(s.techniqueOverlap)}</td>
                    <td>
                      <strong>{s.score}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted formula">{t('reports:class.formula')}</p>
          </section>
          {scores.hints.length > 0 && (
            <section aria-labelledby="hints">
              <h3 id="hints">{t('class.hints')}</h3>
              <ul>
                {scores.hints.map((h) => (
                  <li key={`${h.articleId}:${h.start}`}>{t('class.hint', { quote: bidiIsolated(unquoted(h.exact)), count: h.students })}</li>
                ))}
              </ul>
            </section>
          )}
          {articles.map((article) => (
            <section key={article.id} aria-label={t('class.shadedLabel', { title: article.title })}>
              <h3>
                <bdi>{article.title}</bdi>
              </h3>
              <p className="muted">{t('class.shadedHelp')}</p>
              <ShadedText article={article} segments={scores.coverage.find((c) => c.articleId === article.id)?.segments ?? []} students={n} />
            </section>
          ))}
        </>
      )}
    </article>
  );
}

function Meter({ value, label }: { value: number; label: string }) {
  return (
    <span className="meter-cell">
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      {label}
    </span>
  );
}

const blockElement = (kind: string) => (kind === 'heading' ? 'h4' : 'p');

function ShadedText({ article, segments, students }: { article: Article; segments: ClassScores['coverage'][number]['segments']; students: number }) {
  const { t } = useTranslation('classroom');
  return (
    <div className="shaded-text" dir={article.direction} lang={article.language ?? undefined}>
      {article.blocks.map((b) => {
        const parts: Array<{ start: number; end: number; count: number }> = [];
        let at = b.start;
        for (const s of segments) {
          if (s.end <= b.start || s.start >= b.end) continue;
          const start = Math.max(s.start, b.start);
          if (start > at) parts.push({ start: at, end: start, count: 0 });
          parts.push({ start, end: Math.min(s.end, b.end), count: s.count });
          at = Math.min(s.end, b.end);
        }
        if (at < b.end) parts.push({ start: at, end: b.end, count: 0 });
        const Tag = blockElement(b.kind);
        return (
          <Tag key={b.start}>
            {parts.map((p) =>
              p.count ? (
                <span key={p.start} className="shade" style={{ ['--share' as string]: String(p.count / Math.max(1, students)) }} title={t('class.shadeTitle', { count: p.count, total: students })}>
                  {article.body.slice(p.start, p.end)}
                </span>
              ) : (
                article.body.slice(p.start, p.end)
              ),
            )}
          </Tag>
        );
      })}
    </div>
  );
}
