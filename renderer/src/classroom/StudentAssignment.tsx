// A student's assignment: the task, the instructions, the articles to read, and Hand in.
import { useState } from 'react';
import type { Assignment } from '../../../shared/classroom.js';
import type { ArticleSummary } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { download } from './files.js';

export function StudentAssignment({ assignment: a, library, onOpen }: { assignment: Assignment; library: ArticleSummary[]; onOpen: (ids: string[]) => void }) {
  const [busy, setBusy] = useState(false);
  const titles = new Map(library.map((x) => [x.id, x.title]));
  return (
    <article className="stack assignment">
      <header>
        <h2>{a.title}</h2>
        <p className="muted">
          {a.studentName} · {a.task === 'find' ? 'Find and judge' : `Judge ${a.claims.length} claims`}
          {a.dueDate ? ` · due ${a.dueDate}` : ''}
          {a.handedInAt ? ` · handed in ${new Date(a.handedInAt).toLocaleString()}` : ''}
        </p>
      </header>
      <section aria-label="Task">
        <p>
          {a.task === 'find'
            ? 'Read the articles. Mark every claim worth checking, then give each one a verdict and the techniques you see. Use the note to say why.'
            : 'Read the articles. Each numbered claim is marked for you: give it a verdict and the techniques you see, and say why in its note.'}
        </p>
        {a.instructions && <p className="instructions">{a.instructions}</p>}
      </section>
      <section aria-label="Articles">
        <h3>Articles</h3>
        <ul>
          {a.articleIds.map((id) => (
            <li key={id}>{titles.get(id) ?? id}</li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={() => onOpen(a.articleIds.slice(0, 4))}>
          Read side by side
        </button>
      </section>
      <section aria-label="Hand in">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const file = valueOrToast(await gloss.assignments.handIn({ id: a.id }));
            setBusy(false);
            if (!file) return;
            download(file);
            showToast(`Saved ${file.fileName}: give it to your teacher. You can hand in again; the later one counts.`);
          }}
        >
          {a.handedInAt ? 'Hand in again' : 'Hand in'}
        </button>
      </section>
    </article>
  );
}
