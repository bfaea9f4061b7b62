// The Classroom view: the teacher's assignments (make one, take answers in, see the class) and
// the assignments a student opened (the task, the articles, hand in).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../shared/classroom.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { teamStore } from '../team/teamStore.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { ClassView } from './ClassView.js';
import { ANSWERS_EXTENSION, ASSIGNMENT_EXTENSION, readForApi } from './files.js';
import { NewAssignmentDialog, OpenAssignmentDialog } from './dialogs.js';
import { classroomInbox } from './opened.js';
import { StudentAssignment } from './StudentAssignment.js';
import { fileFailureText } from '../errorText.js';

export function Classroom({ onOpen, onLibrary }: { onOpen: (ids: string[]) => void; onLibrary: () => void }) {
  const { t } = useTranslation('classroom');
  const hub = teamStore.use().status?.hub ?? null;
  const [gettingFromHub, setGettingFromHub] = useState(false);
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [opening, setOpening] = useState<File | null>(null);
  const answersInput = useRef<HTMLInputElement>(null);
  const assignmentInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    const list = valueOrToast(await gloss.assignments.list({}));
    if (list) setAssignments(list);
  }, []);
  useEffect(() => void reload(), [reload]);
  useLibraryChanged(['assignments'], () => void reload());

  const current = assignments.find((a) => a.id === selected) ?? assignments[0] ?? null;

  async function importAnswers(files: File[]) {
    const report = valueOrToast(await gloss.class.importAnswers({ files: await Promise.all(files.map(readForApi)) }));
    if (!report) return;
    const replaced = report.imported.filter((i) => i.replaced).length;
    if (report.imported.length) {
      showToast(replaced ? t('toast.tookInReplacing', { count: report.imported.length, replaced }) : t('toast.tookIn', { count: report.imported.length }));
      setSelected(report.imported[0]!.assignmentId);
    }
    for (const f of report.failed) showToast(fileFailureText(f), 'error');
  }

  /** A student connected to a class hub: every assignment published there and not open here yet. */
  async function getFromHub() {
    if (!hub) return;
    setGettingFromHub(true);
    const report = valueOrToast(await gloss.assignments.getFromHub({ url: hub.url, workspace: hub.workspace }));
    setGettingFromHub(false);
    if (!report) return;
    showToast(t('toast.gotFromHub', { count: report.opened.length }));
    if (report.opened[0]) setSelected(report.opened[0].id);
  }

  // Files the desktop app was asked to open go where a drop would.
  const inbox = classroomInbox.use();
  useEffect(() => {
    if (!inbox.length) return;
    classroomInbox.set([]);
    drop(inbox);
  });

  function drop(files: File[]) {
    const answers = files.filter((f) => f.name.toLowerCase().endsWith(ANSWERS_EXTENSION));
    const assignment = files.find((f) => f.name.toLowerCase().endsWith(ASSIGNMENT_EXTENSION));
    const other = files.length - answers.length - (assignment ? 1 : 0);
    if (other) showToast(t('toast.dropWhat', { answers: ANSWERS_EXTENSION, assignment: ASSIGNMENT_EXTENSION }), 'error');
    if (answers.length) void importAnswers(answers);
    if (assignment) setOpening(assignment);
  }

  return (
    <main
      className="classroom"
      aria-label={t('view.label')}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        drop([...e.dataTransfer.files]);
      }}
    >
      <nav className="classroom-list" aria-label={t('list.label')}>
        <div className="stack">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('list.new')}
          </button>
          <button type="button" onClick={() => answersInput.current?.click()}>
            {t('list.takeIn')}
          </button>
          <button type="button" onClick={() => assignmentInput.current?.click()}>
            {t('list.openFile')}
          </button>
          {hub?.role === 'student' && (
            <button type="button" disabled={gettingFromHub} onClick={() => void getFromHub()}>
              {t('list.getFromHub')}
            </button>
          )}
        </div>
        <input
          ref={answersInput}
          type="file"
          multiple
          hidden
          accept={ANSWERS_EXTENSION}
          aria-label={t('list.chooseAnswers')}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void importAnswers(files);
          }}
        />
        <input
          ref={assignmentInput}
          type="file"
          hidden
          accept={ASSIGNMENT_EXTENSION}
          aria-label={t('list.chooseAssignment')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) setOpening(file);
          }}
        />
        <h2>{t('list.heading')}</h2>
        {assignments.length === 0 ? (
          <p className="muted">{t('list.empty')}</p>
        ) : (
          <ul>
            {assignments.map((a) => (
              <li key={a.id}>
                <button type="button" className="collection-pick" aria-current={a.id === current?.id ? 'true' : undefined} onClick={() => setSelected(a.id)}>
                  <bdi>{a.title}</bdi>
                  <span className="muted">{a.role === 'teacher' ? t('list.answersIn', { count: a.submissionCount }) : a.handedInAt ? t('list.handedIn') : t('list.toDo')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <section className="classroom-main">
        {current === null ? null : current.role === 'teacher' ? (
          <ClassView key={current.id} assignment={current} />
        ) : (
          <StudentAssignment key={current.id} assignment={current} onOpen={onOpen} />
        )}
      </section>
      {creating && (
        <NewAssignmentDialog
          onClose={() => setCreating(false)}
          onLibrary={onLibrary}
          onCreated={(a) => {
            setCreating(false);
            setSelected(a.id);
          }}
        />
      )}
      {opening && (
        <OpenAssignmentDialog
          file={opening}
          onClose={() => setOpening(null)}
          onOpened={(a) => {
            setOpening(null);
            setSelected(a.id);
          }}
        />
      )}
    </main>
  );
}
