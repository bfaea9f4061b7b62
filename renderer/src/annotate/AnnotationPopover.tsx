// The small panel beside a selection or a clicked highlight: status, techniques (by click or
// by their keys while it is open), note, evidence, links, conflict, delete.
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Annotation, Tag } from '../../../shared/model.js';
import { startLinking } from '../reader/interaction.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { isTyping } from '../ui/keys.js';
import { createAnnotation, deleteAnnotation, isPending, unlink, updateAnnotation } from './annotationStore.js';
import { ConflictChoice } from './ConflictChoice.js';
import { EvidenceList } from './EvidenceList.js';
import { TagButtons } from './TagButtons.js';

export type PopoverTarget = { kind: 'new'; start: number; end: number; exact: string } | { kind: 'existing'; id: string };

interface Props {
  articleId: string;
  target: PopoverTarget;
  annotation: Annotation | undefined;
  /** Other claims under the same point, to switch to. */
  overlapping: Annotation[];
  style: CSSProperties;
  canLink: boolean;
  onTarget: (target: PopoverTarget) => void;
  onClose: () => void;
}

export function AnnotationPopover({ articleId, target, annotation, overlapping, style, canLink, onTarget, onClose }: Props) {
  const { statuses, techniques, byId } = useTags();
  const [note, setNote] = useState(annotation?.note ?? '');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const annotationId = annotation?.id;

  useEffect(() => setNote(annotation?.note ?? ''), [annotationId, annotation?.note]);
  useEffect(() => ref.current?.focus({ preventScroll: true }), [target.kind === 'new' ? target.start : target.id]);

  const saved = annotation && !isPending(annotation) ? annotation : undefined;

  const create = async (fields: { statusTagId?: string; tagIds?: string[]; note?: string }) => {
    if (target.kind !== 'new' || busy) return;
    setBusy(true);
    const created = await createAnnotation({ articleId, start: target.start, end: target.end, ...fields });
    setBusy(false);
    if (created) onTarget({ kind: 'existing', id: created.id });
  };

  const pickStatus = (tag: Tag) => {
    if (target.kind === 'new') return void create({ statusTagId: tag.id, note });
    if (saved) void updateAnnotation({ id: saved.id, statusTagId: saved.statusTagId === tag.id ? null : tag.id });
  };
  const toggleTechnique = (tag: Tag) => {
    if (target.kind === 'new') return void create({ tagIds: [tag.id], note });
    if (!saved) return;
    const tagIds = saved.tagIds.includes(tag.id) ? saved.tagIds.filter((t) => t !== tag.id) : [...saved.tagIds, tag.id];
    void updateAnnotation({ id: saved.id, tagIds });
  };
  const saveNote = () => {
    if (saved && note !== saved.note) void updateAnnotation({ id: saved.id, note });
  };

  const handlers = useRef({ pickStatus, toggleTechnique, onClose });
  handlers.current = { pickStatus, toggleTechnique, onClose };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        handlers.current.onClose();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      const status = statuses.find((t) => t.key === key);
      const technique = techniques.find((t) => t.key === key);
      if (status) handlers.current.pickStatus(status);
      else if (technique) handlers.current.toggleTechnique(technique);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [statuses, techniques]);

  const exact = target.kind === 'new' ? target.exact : annotation?.quote.exact ?? '';
  const removedTags = saved ? [saved.statusTagId, ...saved.tagIds].filter((id) => id && byId.get(id)?.removed) : [];

  return (
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label={target.kind === 'new' ? 'New claim' : 'Edit claim'}
      tabIndex={-1}
      style={style}
      onMouseDown={(e) => e.stopPropagation()}
      onMouseUp={(e) => e.stopPropagation()}
    >
      <header className="popover-header">
        <q className="popover-quote">{exact.length > 90 ? exact.slice(0, 88) + '…' : exact}</q>
        <button type="button" className="icon-button" aria-label="Close claim editor" onClick={onClose}>
          ×
        </button>
      </header>
      {overlapping.length > 1 && (
        <div className="row overlap-switch" role="group" aria-label="Overlapping claims here">
          {overlapping.map((a, i) => (
            <button key={a.id} type="button" aria-pressed={a.id === annotationId} onClick={() => onTarget({ kind: 'existing', id: a.id })}>
              Claim {i + 1}
            </button>
          ))}
        </div>
      )}
      <TagButtons legend="Fact-check status" tags={statuses} isOn={(t) => annotation?.statusTagId === t.id} onPick={pickStatus} disabled={busy} />
      <TagButtons legend="Bias techniques" tags={techniques} isOn={(t) => !!annotation?.tagIds.includes(t.id)} onPick={toggleTechnique} disabled={busy} />
      {removedTags.length > 0 && (
        <p className="muted">Also tagged with removed tags: {removedTags.map((id) => byId.get(id!)?.name).join(', ')}</p>
      )}
      <label className="note-field">
        <span>Note</span>
        <textarea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveNote();
          }}
        />
      </label>
      {target.kind === 'new' ? (
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={() => create({ note })}>
            Save claim
          </button>
          <span className="muted">or press a tag's key</span>
        </div>
      ) : (
        saved && (
          <>
            <EvidenceList annotation={saved} />
            <section className="links" aria-label="Linked claims">
              <h3>Linked claims</h3>
              {saved.links.length > 0 && (
                <ul>
                  {saved.links.map((l) => (
                    <li key={l.id}>
                      <span className={`relation relation-${l.relation}`}>{l.relation === 'same-claim' ? 'Same claim' : 'Contradicts'}</span>{' '}
                      <span className="link-other">
                        {l.other.articleTitle}: “{l.other.exact.slice(0, 60)}”
                      </span>
                      <button type="button" className="icon-button" aria-label="Remove link" onClick={() => unlink(l.id)}>
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {canLink && (
                <div className="row">
                  <button type="button" onClick={() => startLinking(saved.id, 'same-claim')}>
                    Link to… same claim
                  </button>
                  <button type="button" onClick={() => startLinking(saved.id, 'contradicts')}>
                    Link to… contradicts
                  </button>
                </div>
              )}
            </section>
            <ConflictChoice annotation={saved} />
            {saved.createdBy && (
              <p className="muted">
                Made by {saved.createdBy}
                {saved.updatedBy && saved.updatedBy !== saved.createdBy ? `, last changed by ${saved.updatedBy}` : ''}
              </p>
            )}
            <div className="row popover-footer">
              <button type="button" className="danger" onClick={async () => (await deleteAnnotation(saved.id)) && onClose()}>
                Delete claim
              </button>
            </div>
          </>
        )
      )}
    </div>
  );
}
