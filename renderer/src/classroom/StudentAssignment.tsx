// A student's assignment: the task, the instructions, the articles to read, and Hand in: to the
// class's hub when this library is connected to one as a student, else as an answers file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../shared/classroom.js';
import { formatDay, formatMoment } from '../../../shared/i18n/format.js';
import { gloss } from '../api/client.js';
import { useArticleSummaries } from '../api/useArticles.js';
import { useLanguage } from '../i18n.js';
import { teamStore } from '../team/teamStore.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { download } from './files.js';

export function StudentAssignment({ assignment: a, onOpen }: { assignment: Assignment; onOpen: (ids: string[]) => void }) {
  const { t } = useTranslation('classroom');
  const language = useLanguage();
  const status = teamStore.use().status;
  const hub = status?.hub?.role === 'student' ? status.hub : null;
  const [busy, setBusy] = useState(false);
  const articles = useArticleSummaries(a.articleIds);

  async function handInFile() {
    setBusy(true);
    const file = valueOrToast(await gloss.assignments.handIn({ id: a.id }));
    setBusy(false);
    if (!file) return;
    download(file);
    showToast(t('student.saved', { file: file.fileName }));
  }

  async function handInToHub(to: NonNullable<typeof hub>) {
    setBusy(true);
    const handIn = valueOrToast(await gloss.assignments.handInToHub({ id: a.id, url: to.url, workspace: to.workspace }));
    setBusy(false);
    if (handIn) showToast(t('student.handedInToHub', { workspace: to.workspace }));
  }

  const details = [
    a.studentName,
    a.task === 'find' ? t('student.taskFind') : t('student.taskJudge', { count: a.claims.length }),
    a.dueDate ? t('student.due', { date: formatDay(a.dueDate, language) }) : null,
    a.handedInAt ? t('student.handedInAt', { when: formatMoment(a.handedInAt, language) }) : null,
  ];
  return (
    <article className="stack assignment">
      <header>
        <h2>
          <bdi>{a.title}</bdi>
        </h2>
        <p className="muted">{details.filter(Boolean).join(' · ')}</p>
      </header>
      <section aria-label={t('student.task')}>
        <p>{a.task === 'find' ? t('student.findHelp') : t('student.judgeHelp')}</p>
        {a.instructions && <p className="instructions">{a.instructions}</p>}
      </section>
      <section aria-label={t('student.articles')}>
        <h3>{t('student.articles')}</h3>
        <ul>
          {a.articleIds.map((id) => (
            <li key={id}>
              <bdi>{articles.get(id)?.title ?? id}</bdi>
            </li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={() => onOpen(a.articleIds.slice(0, 4))}>
          {t('student.readSideBySide')}
        </button>
      </section>
      <section aria-label={t('student.handInSection')} className="stack">
        {hub && <p className="muted">{t('student.handInHubHelp', { workspace: hub.workspace })}</p>}
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void (hub ? handInToHub(hub) : handInFile())}>
            {a.handedInAt ? t('student.handInAgain') : t('student.handIn')}
          </button>
          {hub && (
            <button type="button" disabled={busy} onClick={() => void handInFile()}>
              {t('student.saveFile')}
            </button>
          )}
        </div>
      </section>
    </article>
  );
}
