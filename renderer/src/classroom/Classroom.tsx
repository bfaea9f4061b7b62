// The Classroom view: the teacher's assignments (make one, take answers in, see the class) and
// the assignments a student opened (the task, the articles, hand in).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assignment } from '../../../shared/classroom.js';
import type { ArticleSummary } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { ClassView } from './ClassView.js';
import { ANSWERS_EXTENSION, ASSIGNMENT_EXTENSION, readForApi } from './files.js';
import { NewAssignmentDialog, OpenAssignmentDialog } from './dialogs.js';
import { StudentAssignment } from './StudentAssignment.js';
import { errorText } from '../errorText.js';

export function Classroom({ library, onOpen }: { library: ArticleSummary[]; onOpen: (ids: string[]) => void }) {
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
      showToast(`Took in the answers of ${report.imported.length} student${report.imported.length === 1 ? '' : 's'}${replaced ? ` (${replaced} replacing an earlier hand-in)` : ''}.`);
      setSelected(report.imported[0]!.assignmentId);
    }
    for (const f of report.failed) showToast(`${f.name}: ${errorText(f)}`, 'error');
  }

  function drop(files: File[]) {
    const answers = files.filter((f) => f.name.toLowerCase().endsWith(ANSWERS_EXTENSION));
    const assignment = files.find((f) => f.name.toLowerCase().endsWith(ASSIGNMENT_EXTENSION));
    const other = files.length - answers.length - (assignment ? 1 : 0);
    if (other) showToast(`Drop ${ANSWERS_EXTENSION} or ${ASSIGNMENT_EXTENSION} files here; articles go in the Library.`, 'error');
    if (answers.length) void importAnswers(answers);
    if (assignment) setOpening(assignment);
  }

  return (
    <main
      className="classroom"
      aria-label="Classroom"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        drop([...e.dataTransfer.files]);
      }}
    >
      <nav className="classroom-list" aria-label="Assignments">
        <div className="stack">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New assignment…
          </button>
          <button type="button" onClick={() => answersInput.current?.click()}>
            Take in answers…
          </button>
          <button type="button" onClick={() => assignmentInput.current?.click()}>
            Open an assignment file…
          </button>
        </div>
        <input
          ref={answersInput}
          type="file"
          multiple
          hidden
          accept={ANSWERS_EXTENSION}
          aria-label="Choose answers files"
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
          aria-label="Choose an assignment file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) setOpening(file);
          }}
        />
        <h2>Assignments</h2>
        {assignments.length === 0 ? (
          <p className="muted">None yet. Make one from a collection, or open an assignment file from your teacher.</p>
        ) : (
          <ul>
            {assignments.map((a) => (
              <li key={a.id}>
                <button type="button" className="collection-pick" aria-current={a.id === current?.id ? 'true' : undefined} onClick={() => setSelected(a.id)}>
                  <span>{a.title}</span>
                  <span className="muted">{a.role === 'teacher' ? `${a.submissionCount} in` : a.handedInAt ? 'handed in' : 'to do'}</span>
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
          <StudentAssignment key={current.id} assignment={current} library={library} onOpen={onOpen} />
        )}
      </section>
      {creating && (
        <NewAssignmentDialog
          library={library}
          onClose={() => setCreating(false)}
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
