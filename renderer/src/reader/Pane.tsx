// One open article: its text with painted claims, the claim popover, and its claim sidebar.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { Annotation, Article } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { AnnotationPopover, type PopoverTarget } from '../annotate/AnnotationPopover.js';
import { annotationStore, findAnnotation, isPending, linkAnnotations, loadAnnotations } from '../annotate/annotationStore.js';
import { ClaimSidebar } from '../annotate/ClaimSidebar.js';
import { FindToMark } from '../annotate/FindToMark.js';
import { NearScreen } from '../annotate/nearScreen.js';
import { HighlightLayer } from '../annotate/paint.js';
import { offsetAtPoint, selectionSpan } from '../annotate/selection.js';
import { annotationsAt, spansFor, type PaintSpan } from '../annotate/spans.js';
import { TextMap } from '../annotate/textMap.js';
import { SuggestionsPanel } from '../finder/SuggestionsPanel.js';
import { showToast } from '../ui/toasts.js';
import { ArticleText } from './ArticleText.js';
import { interaction, setHovered, stopLinking } from './interaction.js';

const EMPTY: Annotation[] = [];
const NO_LINKS: ReadonlySet<string> = new Set();

interface Props {
  articleId: string;
  index: number;
  paneCount: number;
  registerScroller: (index: number, el: HTMLElement | null) => void;
  onPaneScroll: (index: number) => void;
  onClose: () => void;
}

export function Pane({ articleId, index, paneCount, registerScroller, onPaneScroll, onClose }: Props) {
  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [popover, setPopover] = useState<PopoverTarget | null>(null);
  const [popoverPos, setPopoverPos] = useState<CSSProperties>({});
  const [flash, setFlash] = useState<string | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [finding, setFinding] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const annotations = annotationStore.use().get(articleId) ?? EMPTY;
  const { hovered, jump, linking } = interaction.use();
  const scrollRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<TextMap | null>(null);
  const nearRef = useRef<NearScreen | null>(null);
  const spansRef = useRef<PaintSpan[]>([]);
  const layer = useMemo(() => new HighlightLayer(), []);

  useEffect(() => {
    let live = true;
    setArticle(null);
    setLoadError(null);
    void gloss.articles.get({ id: articleId }).then((r) => {
      if (!live) return;
      if (r.ok) setArticle(r.value);
      else setLoadError(r.error.message);
    });
    void loadAnnotations(articleId);
    return () => {
      live = false;
    };
  }, [articleId]);

  useLayoutEffect(() => {
    mapRef.current = article && textRef.current ? new TextMap(textRef.current) : null;
    nearRef.current = mapRef.current && new NearScreen(mapRef.current);
    if (scrollRef.current) nearRef.current?.update(scrollRef.current);
  }, [article]);

  /**
   * Paints the claims near the screen. After a scroll or resize (`look`), first finds which text
   * is near now, and paints only if more came near; a change of claims just paints, without
   * reading the layout, so that tagging a claim never forces one.
   */
  const paintNear = useCallback(
    (look: boolean) => {
      const map = mapRef.current;
      const near = nearRef.current;
      const scroller = scrollRef.current;
      if (!map || !near || !scroller) return;
      if (look && !near.update(scroller)) return;
      layer.paint(map, spansRef.current, near);
    },
    [layer],
  );

  // A resized pane (or window, or a new text size) can bring more text on screen without a scroll.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => paintNear(true));
    observer.observe(scroller);
    if (textRef.current) observer.observe(textRef.current);
    return () => observer.disconnect();
  }, [article, paintNear]);

  useEffect(() => () => layer.clear(), [layer]);

  const activeId = popover?.kind === 'existing' ? popover.id : null;
  // Claims in this pane linked to the one under the pointer elsewhere. The same empty set while
  // there are none, so that moving the pointer over other claims does not repaint this pane.
  const linked = useMemo(() => {
    const h = hovered ? findAnnotation(hovered) : undefined;
    const ids = h && h.articleId !== articleId ? h.links.filter((l) => l.other.articleId === articleId).map((l) => l.other.annotationId) : [];
    return ids.length ? new Set(ids) : NO_LINKS;
  }, [hovered, annotations, articleId]);

  useLayoutEffect(() => {
    if (!mapRef.current) return;
    const spans = spansFor(annotations, { active: activeId, flash, linked });
    if (popover?.kind === 'new') spans.push({ start: popover.start, end: popover.end, name: 'gloss-active' });
    spansRef.current = spans;
    paintNear(false);
  }, [annotations, article, activeId, flash, linked, popover, paintNear]);

  const scrollToSpan = useCallback((start: number, end: number, onlyIfHidden = false) => {
    const map = mapRef.current;
    const scroller = scrollRef.current;
    const rect = map?.range(start, end)?.getBoundingClientRect();
    if (!rect || !scroller) return;
    const box = scroller.getBoundingClientRect();
    if (onlyIfHidden && rect.top >= box.top && rect.bottom <= box.bottom) return;
    scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - box.height / 3, behavior: 'smooth' });
  }, []);

  // A jump from the sidebar (or a link) to one of this pane's claims: scroll there and flash it.
  useEffect(() => {
    const target = jump && annotations.find((a) => a.id === jump.id);
    if (!target) return;
    scrollToSpan(target.start, target.end);
    setFlash(target.id);
    const t = setTimeout(() => setFlash(null), 1200);
    return () => clearTimeout(t);
  }, [jump]);

  useEffect(() => {
    const first = annotations.find((a) => linked.has(a.id));
    if (first) scrollToSpan(first.start, first.end, true);
  }, [linked]);

  // The popover is fixed to the window (a narrow pane would clip it), beside the span: below it,
  // or above it when there is little room below; it follows the text as the pane scrolls.
  const popoverSpan = useRef<{ start: number; end: number } | null>(null);
  const placePopover = useCallback((start: number, end: number) => {
    popoverSpan.current = { start, end };
    const rects = mapRef.current?.range(start, end)?.getClientRects();
    const first = rects?.[0];
    const last = rects?.[rects.length - 1];
    if (!first || !last) return;
    const width = Math.min(360, innerWidth - 16);
    const left = Math.max(8, Math.min(first.left, innerWidth - width - 8));
    const below = innerHeight - last.bottom - 16;
    setPopoverPos(
      below >= 320 || below >= first.top
        ? { top: last.bottom + 8, left, width, maxHeight: below }
        : { bottom: innerHeight - first.top + 8, left, width, maxHeight: first.top - 24 },
    );
  }, []);
  useEffect(() => {
    if (!popover) return;
    const follow = () => popoverSpan.current && placePopover(popoverSpan.current.start, popoverSpan.current.end);
    const scroller = scrollRef.current;
    scroller?.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    return () => {
      scroller?.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
    };
  }, [popover, placePopover]);

  const openExisting = useCallback(
    (id: string) => {
      const a = annotationStore.get().get(articleId)?.find((x) => x.id === id);
      if (!a) return;
      setPopover({ kind: 'existing', id });
      if (!a.orphaned) placePopover(a.start, a.end);
    },
    [articleId, placePopover],
  );

  const onMouseUp = (e: React.MouseEvent | React.KeyboardEvent) => {
    const map = mapRef.current;
    if (!map || !article) return;
    const span = selectionSpan(document.getSelection(), map, article.body);
    if (span) {
      setPopover({ kind: 'new', ...span, exact: article.body.slice(span.start, span.end) });
      placePopover(span.start, span.end);
      return;
    }
    if (!('clientX' in e)) return;
    const offset = offsetAtPoint(map, e.clientX, e.clientY);
    if (offset === null) return;
    const hit = annotationsAt(annotations, offset)[0] ?? annotationsAt(annotations, offset - 1)[0];
    if (!hit) return setPopover(null);
    if (linking) {
      const from = findAnnotation(linking.fromId);
      if (from && from.articleId !== articleId) {
        const relation = linking.relation;
        stopLinking();
        void linkAnnotations(linking.fromId, hit.id, relation).then((ok) => ok && showToast('Claims linked.'));
        return;
      }
    }
    openExisting(hit.id);
  };

  const hoverFrame = useRef(0);
  const onMouseMove = (e: React.MouseEvent) => {
    const { clientX, clientY } = e;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const map = mapRef.current;
      const offset = map && offsetAtPoint(map, clientX, clientY);
      const hit = offset == null ? undefined : annotationsAt(annotationStore.get().get(articleId) ?? EMPTY, offset)[0];
      setHovered(hit?.links.length ? hit.id : null);
    });
  };

  const popoverAnnotation = popover?.kind === 'existing' ? annotations.find((a) => a.id === popover.id) : undefined;
  useEffect(() => {
    // The claim under the editor was deleted (or undone away): close the editor.
    if (popover?.kind === 'existing' && !popoverAnnotation) setPopover(null);
  }, [popover, popoverAnnotation]);

  const title = article?.title ?? (loadError ? 'Article not available' : 'Loading…');
  const linkingFromHere = linking && findAnnotation(linking.fromId)?.articleId === articleId;

  return (
    <section className="pane" aria-label={`Article ${index + 1}: ${title}`}>
      <header className="pane-header">
        <div className="pane-title">
          <h2 dir="auto">{title}</h2>
          {article && (
            <p className="muted">
              {[article.outlet, article.author, article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
        <button type="button" disabled={!article} onClick={() => setFinding(true)}>
          Mark text…
        </button>
        <button type="button" aria-pressed={suggesting} disabled={!article} onClick={() => setSuggesting((o) => !o)}>
          Suggestions
        </button>
        <button type="button" aria-pressed={sidebarOpen} onClick={() => setSidebarOpen((o) => !o)}>
          Claims ({annotations.filter((a) => !isPending(a)).length})
        </button>
        <button type="button" className="icon-button" aria-label={`Close ${title}`} onClick={onClose}>
          ×
        </button>
      </header>
      {linking && !linkingFromHere && (
        <p className="link-hint" role="status">
          Click a highlight here to link it ({linking.relation === 'same-claim' ? 'same claim' : 'contradicts'}).
        </p>
      )}
      <div className="pane-body">
        <div
          className="pane-scroll"
          ref={(el) => {
            scrollRef.current = el;
            registerScroller(index, el);
          }}
          tabIndex={0}
          aria-label={`Text of ${title}`}
          onScroll={() => {
            paintNear(true);
            onPaneScroll(index);
          }}
        >
          <div className="pane-content">
            {loadError && (
              <p className="pane-error" role="alert">
                This article could not be opened: {loadError}
              </p>
            )}
            {article && (
              <article
                className="article"
                dir={article.direction}
                lang={article.language ?? undefined}
                ref={textRef}
                onMouseUp={onMouseUp}
                onKeyUp={(e) => e.shiftKey && onMouseUp(e)}
                onMouseMove={onMouseMove}
                onMouseLeave={() => setHovered(null)}
              >
                <ArticleText article={article} />
              </article>
            )}
            {popover &&
              article &&
              createPortal(
              <AnnotationPopover
                articleId={articleId}
                target={popover}
                annotation={popoverAnnotation}
                overlapping={popoverAnnotation ? annotationsAt(annotations, popoverAnnotation.start) : []}
                style={popoverPos}
                canLink={paneCount > 1}
                onTarget={(t) => setPopover(t)}
                onClose={() => {
                  setPopover(null);
                  document.getSelection()?.removeAllRanges();
                  scrollRef.current?.focus({ preventScroll: true });
                }}
              />,
              document.body,
            )}
          </div>
        </div>
        {finding && article && (
          <FindToMark
            body={article.body}
            onClose={() => setFinding(false)}
            onFound={(start, end) => {
              setFinding(false);
              scrollToSpan(start, end);
              setPopover({ kind: 'new', start, end, exact: article.body.slice(start, end) });
              placePopover(start, end); // and it follows the smooth scroll from there
            }}
          />
        )}
        {suggesting && article && (
          <SuggestionsPanel articleId={articleId} paneLabel={title} onShow={(start, end) => scrollToSpan(start, end, true)} />
        )}
        {sidebarOpen && <ClaimSidebar paneLabel={title} annotations={annotations} activeId={activeId} onOpen={openExisting} />}
      </div>
    </section>
  );
}
