// The teacher's view of one assignment: per key claim who found it and what they said, per
// student their result, the class's agreement, hints, and the text shaded by how many marked it.
import { useCallback, useEffect, useState } from 'react';
import type { Assignment, ClassScores } from '../../../shared/classroom.js';
import type { Article } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { currentLanguage } from '../i18n.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { download } from './files.js';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
const dec = (x: number | null) => (x === null ? '—' : x.toFixed(2));

export function ClassView({ assignment }: { assignment: Assignment }) {
  const [scores, setScores] = useState<ClassScores | null>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const [busy, setBusy] = useState(false);
  const { byId } = useTags();
  const tag = (id: string | null) => (id === null || id === 'none' ? 'no verdict' : (byId.get(id)?.name ?? id));

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
    showToast(files.length === 1 ? `Saved ${files[0]!.fileName}` : `Saved ${files.length} feedback sheets`);
  }

  if (!scores) return <p className="muted">Loading…</p>;
  const n = scores.students.length;
  return (
    <article className="class-view stack">
      <header className="row">
        <div>
          <h2>{assignment.title}</h2>
          <p className="muted">
            {assignment.task === 'find' ? 'Find and judge' : 'Judge these claims'} · {n} student{n === 1 ? '' : 's'} handed in · {scores.keyClaims.length} claims in the key
            {assignment.dueDate ? ` · due ${assignment.dueDate}` : ''}
          </p>
        </div>
        <div className="row class-actions">
          <button type="button" disabled={busy} onClick={() => void gloss.assignments.file({ id: assignment.id }).then((r) => { const f = valueOrToast(r); if (f) download(f); })}>
            Assignment file
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('csv')}>
            Results (CSV)
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('report')}>
            Class report
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('report', true)}>
            Class report (PDF)
          </button>
          <button type="button" disabled={busy || !n} onClick={() => void exportClass('feedback')}>
            Feedback sheets
          </button>
        </div>
      </header>
      {n === 0 ? (
        <p>No answers yet. When students hand in, take their answers files in with “Take in answers…”.</p>
      ) : (
        <>
          <p>
            Agreement among students on verdicts (Krippendorff's α): nominal <strong>{dec(scores.agreement.nominal)}</strong>, ordinal{' '}
            <strong>{dec(scores.agreement.ordinal)}</strong>
          </p>
          <section aria-labelledby="key-claims">
            <h3 id="key-claims">The key claims</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Claim</th>
                  <th scope="col">Key</th>
                  <th scope="col">Found by</th>
                  <th scope="col">Verdicts given</th>
                  <th scope="col">Agree with key</th>
                  <th scope="col">α</th>
                </tr>
              </thead>
              <tbody>
                {scores.keyClaims.map((k) => (
                  <tr key={k.number}>
                    <td>{k.number}</td>
                    <td className="quote-cell">“{k.exact}”</td>
                    <td>{tag(k.statusTagId)}</td>
                    <td>
                      <Meter value={n ? k.foundBy / n : 0} label={`${k.foundBy} of ${n}`} />
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
            <h3 id="students">Students</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Found</th>
                  <th scope="col">Missed</th>
                  <th scope="col">Extra</th>
                  <th scope="col">Right</th>
                  <th scope="col">Adjacent</th>
                  <th scope="col">Wrong</th>
                  <th scope="col">Techniques</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {scores.students.map((s) => (
                  <tr key={s.studentId}>
                    <th scope="row">
                      {s.name}
                      {s.replaced > 0 && <span className="muted"> · handed in {s.replaced + 1}×, last kept</span>}
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
            <p className="muted formula">{scores.formula}</p>
          </section>
          {scores.hints.length > 0 && (
            <section aria-labelledby="hints">
              <h3 id="hints">Marked by several students, not in the key</h3>
              <ul>
                {scores.hints.map((h) => (
                  <li key={`${h.articleId}:${h.start}`}>
                    “{h.exact}” — {h.students} students
                  </li>
                ))}
              </ul>
            </section>
          )}
          {articles.map((article) => (
            <section key={article.id} aria-label={`What the class marked in ${article.title}`}>
              <h3>{article.title}</h3>
              <p className="muted">Shaded by how many students marked each part.</p>
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

function ShadedText({ article, segments, students }: { article: Article; segments: ClassScores['coverage'][number]['segments']; students: number }) {
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
        const Tag = b.kind === 'heading' ? 'h4' : 'p';
        return (
          <Tag key={b.start}>
            {parts.map((p) =>
              p.count ? (
                <span key={p.start} className="shade" style={{ ['--share' as string]: String(p.count / Math.max(1, students)) }} title={`${p.count} of ${students} students`}>
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
