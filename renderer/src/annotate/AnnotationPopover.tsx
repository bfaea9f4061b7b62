// The small panel beside a selection or a clicked highlight: status, techniques (by click or
// by their keys while it is open), note, evidence, links, conflict, delete.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Tag } from '../../../shared/model.js';
import { bidiIsolated, shortened, unquoted } from '../../../shared/quote.js';
import { startLinking } from '../reader/interaction.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { isTyping } from '../ui/keys.js';
import { createAnnotation, deleteAnnotation, isPending, unlink, updateAnnotation } from './annotationStore.js';
import { ConflictChoice } from './ConflictChoice.js';
import { EvidenceList } from './EvidenceList.js';
import { placeBeside, type Box } from './placement.js';
import { TagButtons } from './TagButtons.js';

export type PopoverTarget = { kind: 'new'; start: number; end: number; exact: string } | { kind: 'existing'; id: string };

interface Props {
  articleId: string;
  target: PopoverTarget;
  annotation: Annotation | undefined;
  /** Other claims under the same point, to switch to. */
  overlapping: Annotation[];
  /** Where the claim is on screen; null for an orphaned claim, which has no place in the text. */
  anchor: Box | null;
  /** A change asks for focus in the editor again (after linking, say). */
  focusKey: number;
  canLink: boolean;
  onTarget: (target: PopoverTarget) => void;
  onClose: () => void;
}

const WIDTH = 360;

/** The part of the window the editor may cover: not the app's top bar, nor the link bar. */
function freeArea(): Box {
  const top = Math.max(0, ...[...document.querySelectorAll('[data-keep-clear]')].map((el) => el.getBoundingClientRect().bottom));
  return { top: top + 4, bottom: innerHeight - 8, left: 8, right: innerWidth - 8 };
}

export function AnnotationPopover({ articleId, target, annotation, overlapping, anchor, focusKey, canLink, onTarget, onClose }: Props) {
  const { t } = useTranslation('annotate');
  const { statuses, techniques, byId } = useTags();
  const [note, setNote] = useState(annotation?.note ?? '');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const annotationId = annotation?.id;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => setNote(annotation?.note ?? ''), [annotationId, annotation?.note]);
  useEffect(() => ref.current?.focus({ preventScroll: true }), [target.kind === 'new' ? target.start : target.id, focusKey]);

  // Placed after each render: its height changes with its content (evidence, links, a conflict).
  // Unseen until placed, yet focusable (a hidden element could not take focus).
  const [style, setStyle] = useState<CSSProperties>({ opacity: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const width = Math.min(WIDTH, innerWidth - 16);
    const free = freeArea();
    const height = el.scrollHeight + 2; // its borders
    const claim = anchor ?? { top: free.top, bottom: free.top, left: innerWidth - width - 8, right: innerWidth - 8 };
    const p = placeBeside(claim, { width, height }, free);
    const next: CSSProperties = { top: Math.round(p.top), left: Math.round(p.left), width, maxHeight: Math.floor(p.maxHeight) };
    setStyle((prev) => (prev.top === next.top && prev.left === next.left && prev.maxHeight === next.maxHeight && prev.width === width ? prev : next));
  });

  const saved = annotation && !isPending(annotation) ? annotation : undefined;

  const create = async (fields: { statusTagId?: string; tagIds?: string[]; note?: string }) => {
    if (target.kind !== 'new' || busy) return;
    setBusy(true);
    const created = await createAnnotation({ articleId, start: target.start, end: target.end, ...fields });
    // Closed meanwhile (Esc right after the key): the claim is made, the editor stays closed.
    if (!mounted.current) return;
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

  const remove = async () => {
    if (saved && (await deleteAnnotation(saved.id))) onClose();
  };

  const handlers = useRef({ pickStatus, toggleTechnique, onClose, remove });
  handlers.current = { pickStatus, toggleTechnique, onClose, remove };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        handlers.current.onClose();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === 'Delete') {
        e.preventDefault();
        handlers.current.remove();
        return;
      }
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

  const words = unquoted(target.kind === 'new' ? target.exact : annotation?.quote.exact ?? '');
  const removedTags = saved ? [saved.statusTagId, ...saved.tagIds].filter((id) => id && byId.get(id)?.removed) : [];

  return (
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label={target.kind === 'new' ? t('popover.new') : t('popover.edit')}
      tabIndex={-1}
      data-article-id={articleId}
      style={style}
      onMouseDown={(e) => e.stopPropagation()}
      onMouseUp={(e) => e.stopPropagation()}
    >
      <header className="popover-header">
        <q className="popover-quote" dir="auto">{shortened(words, 90)}</q>
        <button type="button" className="icon-button" aria-label={t('popover.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {overlapping.length > 1 && (
        <div className="row overlap-switch" role="group" aria-label={t('popover.overlapping')}>
          {overlapping.map((a, i) => (
            <button key={a.id} type="button" aria-pressed={a.id === annotationId} onClick={() => onTarget({ kind: 'existing', id: a.id })}>
              {t('popover.claimNumber', { number: i + 1 })}
            </button>
          ))}
        </div>
      )}
      <TagButtons legend={t('popover.status')} tags={statuses} isOn={(t) => annotation?.statusTagId === t.id} onPick={pickStatus} disabled={busy} />
      <TagButtons legend={t('popover.techniques')} tags={techniques} isOn={(t) => !!annotation?.tagIds.includes(t.id)} onPick={toggleTechnique} disabled={busy} />
      {removedTags.length > 0 && (
        <p className="muted">{t('popover.removedTags', { names: removedTags.map((id) => byId.get(id!)?.name).join(', ') })}</p>
      )}
      <label className="note-field">
        <span>{t('popover.note')}</span>
        <textarea
          rows={3}
          dir="auto"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveNote();
          }}
        />
      </label>
      {target.kind === 'new' ? (
        <div className="row popover-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => create({ note })}>
            {t('popover.save')}
          </button>
          <span className="muted">{t('popover.orKey')}</span>
        </div>
      ) : (
        saved && (
          <>
            <EvidenceList annotation={saved} />
            <section className="links" aria-label={t('popover.linked')}>
              <h3>{t('popover.linked')}</h3>
              {saved.links.length > 0 && (
                <ul>
                  {saved.links.map((l) => (
                    <li key={l.id}>
                      <span className={`relation relation-${l.relation}`}>{l.relation === 'same-claim' ? t('popover.sameClaim') : t('popover.contradicts')}</span>{' '}
                      <span className="link-other">
                        {t('popover.linkOther', { title: l.other.articleTitle, quote: bidiIsolated(shortened(unquoted(l.other.exact), 60)) })}
                      </span>
                      <button type="button" className="icon-button" aria-label={t('popover.removeLink')} onClick={() => unlink(l)}>
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {canLink && (
                <div className="row">
                  <button type="button" onClick={() => startLinking(saved.id, 'same-claim')}>
                    {t('popover.linkSame')}
                  </button>
                  <button type="button" onClick={() => startLinking(saved.id, 'contradicts')}>
                    {t('popover.linkContradicts')}
                  </button>
                </div>
              )}
            </section>
            <ConflictChoice annotation={saved} />
            {saved.createdBy && (
              <p className="muted">
                {saved.updatedBy && saved.updatedBy !== saved.createdBy
                  ? t('popover.madeAndChangedBy', { name: saved.createdBy, editor: saved.updatedBy })
                  : t('popover.madeBy', { name: saved.createdBy })}
              </p>
            )}
            <div className="row popover-actions popover-footer">
              <button type="button" className="danger" onClick={() => void remove()} aria-keyshortcuts="Delete">
                {t('popover.delete')} <kbd aria-hidden="true">{t('popover.deleteKey')}</kbd>
              </button>
            </div>
          </>
        )
      )}
    </div>
  );
}
