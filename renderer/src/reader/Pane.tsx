// One open article: its text with painted claims, the claim popover, and its claim sidebar.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Annotation, Article } from '../../../shared/model.js';
import { answeredValue, gloss } from '../api/client.js';
import { AnnotationPopover, type PopoverTarget } from '../annotate/AnnotationPopover.js';
import {
  annotationStore,
  claimTotals,
  ensureClaims,
  findAnnotation,
  forgetArticle,
  loadAnnotations,
  loadNear,
  pinClaim,
  showClaim,
} from '../annotate/annotationStore.js';
import { ClaimSidebar } from '../annotate/ClaimSidebar.js';
import { FindToMark } from '../annotate/FindToMark.js';
import { NearScreen } from '../annotate/nearScreen.js';
import type { Box } from '../annotate/placement.js';
import { HighlightLayer } from '../annotate/paint.js';
import { offsetAtPoint, selectionSpan } from '../annotate/selection.js';
import { annotationsAt, spansFor, type PaintSpan } from '../annotate/spans.js';
import { TextMap } from '../annotate/textMap.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { ArticleDetailsDialog } from '../records/ArticleDetailsDialog.js';
import { MetaLine } from '../ui/dates.js';
import { SuggestionsPanel } from '../finder/SuggestionsPanel.js';
import { ArticleText } from './ArticleText.js';
import { findReveal } from './findReveal.js';
import { interaction, setHovered, startEditing } from './interaction.js';
import { savedScroll, setScroll } from './layout.js';
import { scrollToText, textAtTop } from './place.js';
import { useProgressiveText } from './progressive.js';
import { completeLink } from './linking.js';
import { errorText } from '../errorText.js';

const EMPTY: Annotation[] = [];
const NO_LINKS: ReadonlySet<string> = new Set();
/** About the text near a pane's screen as it opens: a screen above the place, and two tall ones from it. */
const OPENING_CLAIMS_CHARS = { before: 4_000, after: 12_000 };
/** Where the person left an article (a reload, or a visit to the library), as a text offset. */
const openingPlace = (articleId: string, body: string) => Math.round(savedScroll(articleId) * body.length);
/** Pane widths where the claim list beside the text would squeeze it under ~45 characters a
 * line: below MEDIUM the list and the margins narrow; below NARROW the list lies over the text,
 * closed until asked for. */
const MEDIUM_PANE_PX = 720;
const NARROW_PANE_PX = 480;
type Fit = 'wide' | 'medium' | 'narrow';
const fitOf = (width: number): Fit => (width < NARROW_PANE_PX ? 'narrow' : width < MEDIUM_PANE_PX ? 'medium' : 'wide');

interface Props {
  articleId: string;
  index: number;
  paneCount: number;
  registerScroller: (index: number, el: HTMLElement | null) => void;
  onPaneScroll: (index: number) => void;
  onClose: () => void;
}

export function Pane({ articleId, index, paneCount, registerScroller, onPaneScroll, onClose }: Props) {
  const { t } = useTranslation('reader');
  // The text the page's first script asked for, if it has come: shown by the first render.
  const [article, setArticle] = useState<Article | null>(() => answeredValue('articles.get', { id: articleId }) ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [popover, setPopover] = useState<PopoverTarget | null>(null);
  const [anchor, setAnchor] = useState<Box | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [found, setFound] = useState<{ start: number; end: number } | null>(null);
  const [focusEditor, setFocusEditor] = useState(0);
  const [fit, setFit] = useState<Fit>('wide');
  const narrow = fit === 'narrow';
  // null: the default for the pane's width (shown beside wide text, hidden over narrow text).
  const [sidebarChoice, setSidebarChoice] = useState<boolean | null>(null);
  const sidebarOpen = sidebarChoice ?? !narrow;
  const [finding, setFinding] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const annotations = annotationStore.use().get(articleId) ?? EMPTY;
  const total = claimTotals.use().get(articleId) ?? 0;
  const { hovered, jump, linking, reveal, focus, editing } = interaction.use();
  const sectionRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<TextMap | null>(null);
  const nearRef = useRef<NearScreen | null>(null);
  const spansRef = useRef<PaintSpan[]>([]);
  const layer = useMemo(() => new HighlightLayer(), []);
  // Where this pane opens its article.
  const openAt = () => (article ? openingPlace(articleId, article.body) : 0);
  const text = useProgressiveText(article, openAt);
  /** A scroll to text not on the page yet: done once it is (see the effect on text.shown). */
  const pendingScroll = useRef<(() => void) | null>(null);
  /**
   * The place the pane reopened at, until the person scrolls: it is kept while the layout settles
   * (the sidebar opening, fonts), and the scrolls that keep it lead no synchronised scroll.
   */
  const reopened = useRef<{ offset: number; top: number } | null>(null);
  const keepReopenedPlace = () => {
    const map = mapRef.current;
    const scroller = scrollRef.current;
    if (!map || !scroller || !reopened.current) return;
    scrollToText(map, scroller, reopened.current.offset);
    reopened.current.top = scroller.scrollTop;
  };

  // A layout effect: a text already in the first render is answered at once (the early read), so
  // its claims are asked for before that render is painted.
  useLayoutEffect(() => {
    let live = true;
    forgetArticle(articleId);
    setArticle((shown) => (shown?.id === articleId ? shown : null));
    setLoadError(null);
    void gloss.articles.get({ id: articleId }).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(errorText(r.error));
      // The claims where the pane opens are asked for now, so that they come while the text is
      // laid out; the rest come as the text near the screen changes (paintNear).
      const at = openingPlace(articleId, r.value.body);
      void loadNear(articleId, Math.max(0, at - OPENING_CLAIMS_CHARS.before), at + OPENING_CLAIMS_CHARS.after);
      setArticle(r.value);
    });
    return () => {
      live = false;
    };
  }, [articleId]);
  // An edited record or corrected text shows at once (re-anchored claims come with the text).
  useLibraryChanged(['articles'], () => {
    void gloss.articles.get({ id: articleId }).then((r) => {
      if (!r.ok) {
        // Gone from the library (a sync emptied it from the trash): the pane says so.
        if (r.error.code === 'not_found') {
          setArticle(null);
          setLoadError(errorText(r.error));
        }
        return;
      }
      if (r.value.updatedAt !== article?.updatedAt) {
        setArticle(r.value);
        void loadAnnotations(articleId);
      }
    });
  });

  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const observer = new ResizeObserver(([entry]) => setFit(fitOf(entry!.contentRect.width)));
    observer.observe(section);
    return () => observer.disconnect();
  }, []);

  /**
   * Paints the claims near the screen. After a scroll or resize (`look`), first finds which text
   * is near now, and paints only if that changed; a change of claims just paints, without
   * reading the layout, so that tagging a claim never forces one.
   */
  const paintNear = useCallback(
    (look: boolean) => {
      const map = mapRef.current;
      const near = nearRef.current;
      const scroller = scrollRef.current;
      if (!map || !near || !scroller) return;
      if (look) {
        const moved = near.update(scroller);
        if (near.current) void loadNear(articleId, ...near.current);
        if (!moved) return;
      }
      layer.paint(map, spansRef.current, near);
    },
    [layer, articleId],
  );

  useLayoutEffect(() => {
    mapRef.current = article && textRef.current ? new TextMap(textRef.current) : null;
    nearRef.current = mapRef.current && new NearScreen(mapRef.current);
    if (!scrollRef.current) return;
    // The place is taken and the claims near it painted by the ResizeObserver below, whose first
    // report comes in the frame, after its layout and before its paint: reading the layout here
    // would lay the new text out in this task, which with React's render made it a long one.
    reopened.current = mapRef.current ? { offset: openAt(), top: 0 } : null;
  }, [article]);

  // More of a long text came on the page: the map takes it in, and a scroll that waited for it is done.
  const progress = useRef(text);
  progress.current = text;
  useLayoutEffect(() => {
    mapRef.current?.grow();
    const scroll = pendingScroll.current;
    pendingScroll.current = null;
    scroll?.();
  }, [text.shown]);

  const scrollToSpan = useCallback((start: number, end: number, onlyIfHidden = false) => {
    reopened.current = null; // the pane goes somewhere else now
    // Text not on the page yet comes first (a claim far down picked in the list, a search hit).
    if (end > progress.current.renderedTo) {
      pendingScroll.current = () => scrollToSpan(start, end, onlyIfHidden);
      progress.current.showThrough(end);
      return;
    }
    const map = mapRef.current;
    const scroller = scrollRef.current;
    const rect = map?.range(start, end)?.getBoundingClientRect();
    if (!rect || !scroller) return;
    const box = scroller.getBoundingClientRect();
    if (onlyIfHidden && rect.top >= box.top && rect.bottom <= box.bottom) return;
    scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - box.height / 3, behavior: 'smooth' });
  }, []);

  // The popover is fixed to the window (a narrow pane would clip it) beside the span, which it
  // places itself around (annotate/placement.ts); it follows the text as the pane scrolls.
  const popoverSpan = useRef<{ start: number; end: number } | null>(null);
  const placePopover = useCallback((start: number, end: number) => {
    popoverSpan.current = { start, end };
    const rects = [...(mapRef.current?.range(start, end)?.getClientRects() ?? [])];
    if (!rects.length) return;
    setAnchor({
      top: rects[0]!.top,
      bottom: rects.at(-1)!.bottom,
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
    });
  }, []);

  // A resized pane (or window, or a new text size) can bring more text on screen without a scroll.
  // A layout effect: observing from before the first frame, its first report takes the place a
  // new text opens at before that frame is painted.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => {
      keepReopenedPlace();
      paintNear(true);
      // The text moved (a link bar opened above the panes, say): the claim being edited stays in
      // view, and the editor goes with it.
      const span = popoverSpan.current;
      if (!span) return;
      scrollToSpan(span.start, span.end, true);
      placePopover(span.start, span.end);
    });
    observer.observe(scroller);
    if (textRef.current) observer.observe(textRef.current);
    return () => observer.disconnect();
  }, [article, paintNear, placePopover, scrollToSpan]);

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
    if (found) spans.push({ ...found, name: 'gloss-flash' });
    spansRef.current = spans;
    paintNear(false);
  }, [annotations, article, activeId, flash, found, linked, popover, paintNear]);


  // A jump from the sidebar (or a link) to one of this pane's claims: scroll there and flash it.
  useEffect(() => {
    const target = jump && annotations.find((a) => a.id === jump.id);
    if (!target) return;
    scrollToSpan(target.start, target.end);
    setFlash(target.id);
    const t = setTimeout(() => setFlash(null), 1200);
    return () => clearTimeout(t);
  }, [jump]);

  // The partners of a hovered link come into view; one far from the screen is fetched first.
  const firstLinked = useMemo(() => (linked.size ? annotations.find((a) => linked.has(a.id)) : undefined), [annotations, linked]);
  useEffect(() => {
    if (firstLinked) scrollToSpan(firstLinked.start, firstLinked.end, true);
    else if (linked.size) void ensureClaims(articleId, [...linked]);
  }, [linked, firstLinked?.id]);

  // A search match opened from the library: scroll to it and flash it.
  useEffect(() => {
    if (!article || reveal?.articleId !== articleId) return;
    interaction.set((s) => ({ ...s, reveal: null }));
    const span = findReveal(article.body, reveal);
    if (!span) return;
    scrollToSpan(span.start, span.end);
    setFound(span);
    const t = setTimeout(() => setFound(null), 2000);
    return () => clearTimeout(t);
  }, [reveal, article]);

  useEffect(() => pinClaim(articleId, popover?.kind === 'existing' ? popover.id : null), [articleId, popover]);

  // One claim editor open in the reader: opening this one closes another pane's.
  const editorOpen = popover !== null;
  useEffect(() => {
    if (editorOpen) startEditing(articleId);
  }, [editorOpen, articleId]);
  useEffect(() => {
    if (editing !== articleId) setPopover(null);
  }, [editing, articleId]);

  useEffect(() => {
    if (!popover) {
      popoverSpan.current = null;
      return;
    }
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
      if (a.orphaned) {
        popoverSpan.current = null;
        setAnchor(null);
      } else placePopover(a.start, a.end);
    },
    [articleId, placePopover],
  );

  const openFromList = useCallback(
    (claim: Annotation) => {
      showClaim(claim);
      openExisting(claim.id);
    },
    [openExisting],
  );

  // Focus asked for from elsewhere: the text after "Read side by side", a claim after linking.
  useEffect(() => {
    if (!article || focus?.articleId !== articleId) return;
    interaction.set((s) => ({ ...s, focus: null }));
    if (focus.claimId) {
      openExisting(focus.claimId);
      setFocusEditor((n) => n + 1);
    } else scrollRef.current?.focus({ preventScroll: true });
  }, [focus, article]);

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
    if (linking && findAnnotation(linking.fromId)?.articleId !== articleId) {
      void completeLink(hit.id);
      return;
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

  const closeDetails = useCallback(() => setDetailsOpen(false), []);
  const title = article?.title ?? (loadError ? t('pane.unavailable') : t('common:loading'));
  const linkingFromHere = linking && findAnnotation(linking.fromId)?.articleId === articleId;

  return (
    <section
      ref={sectionRef}
      className={`pane ${fit}`}
      aria-label={t('pane.label', { number: index + 1, title })}
      data-article-id={articleId}
    >
      <header className="pane-header">
        <div className="pane-title">
          <h2 dir="auto" title={title}>
            {title}
          </h2>
          {/* Over the two-line title while the header is pointed at or focused: the whole of it. */}
          <span className="full-title" dir="auto" aria-hidden="true">
            {title}
          </span>
          {article && (
            <p className="muted pane-meta">
              <MetaLine parts={[article.outlet, article.author]} date={article.publishedAt} />
            </p>
          )}
        </div>
        <button type="button" disabled={!article} onClick={() => setDetailsOpen(true)} aria-label={t('pane.detailsOf', { title })}>
          {t('pane.details')}
        </button>
        <button type="button" disabled={!article} onClick={() => setFinding(true)}>
          {t('pane.mark')}
        </button>
        <button type="button" aria-pressed={suggesting} disabled={!article} onClick={() => setSuggesting((o) => !o)}>
          {t('pane.suggestions')}
        </button>
        <button type="button" aria-pressed={sidebarOpen} onClick={() => setSidebarChoice(!sidebarOpen)}>
          {t('pane.claims', { count: total })}
        </button>
        <button type="button" className="icon-button pane-close" aria-label={t('pane.close', { title })} onClick={onClose}>
          ×
        </button>
      </header>
      {linking && !linkingFromHere && (
        <p className="link-hint" role="status">
          {t('pane.linkHint', { relation: t(`relation.${linking.relation}`) })}
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
          aria-label={t('pane.textOf', { title })}
          onScroll={(e) => {
            const el = e.currentTarget;
            paintNear(true);
            if (el.scrollTop !== reopened.current?.top) {
              reopened.current = null;
              onPaneScroll(index);
            }
            if (article && mapRef.current) setScroll(articleId, textAtTop(mapRef.current, el) / Math.max(1, article.body.length));
          }}
        >
          <div className="pane-content">
            {loadError && (
              <p className="pane-error" role="alert">
                {t('pane.loadError', { message: loadError })}
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
                <ArticleText article={article} parts={text.parts} shown={text.shown} />
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
                anchor={anchor}
                focusKey={focusEditor}
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
          <SuggestionsPanel
            articleId={articleId}
            language={article.language}
            paneLabel={title}
            onShow={(start, end) => scrollToSpan(start, end, true)}
          />
        )}
                {detailsOpen && <ArticleDetailsDialog articleId={articleId} onClose={closeDetails} onDeleted={onClose} />}
        {sidebarOpen && (
          <ClaimSidebar
            articleId={articleId}
            paneLabel={title}
            activeId={activeId}
            onOpen={openFromList}
            onClose={narrow ? () => setSidebarChoice(false) : undefined}
          />
        )}
      </div>
    </section>
  );
}

