// The claims of the open articles that a pane shows (those over the text near its screen, and
// the few it was asked about: the claim being edited, the partners of a hovered link), shared
// by the panes (links and hovers cross panes), and every change to them: each goes to the core,
// and the store follows what the core answered. An article with thousands of claims is never
// loaded whole: a pane asks for the claims of the stretch of text near its screen
// (`loadNear`, annotations.inText) as it scrolls; the claims list pages through them itself.
import type { InputOf } from '../../../shared/contract/index.js';
import type { Annotation, ClaimLink, ClaimRelation } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { i18n } from '../i18n.js';
import { createStore } from '../api/store.js';
import { reloadFailed, showToast, valueOrToast } from '../ui/toasts.js';
import { errorText } from '../errorText.js';
import { describeStep } from '../reader/undoLabel.js';

export const annotationStore = createStore<ReadonlyMap<string, Annotation[]>>(new Map());
/** How many live claims each open article has, as the core last counted them. */
export const claimTotals = createStore<ReadonlyMap<string, number>>(new Map());

/** Stretches of text are loaded in whole chunks of this many characters, so that scrolling a
 * little further rarely asks for anything. */
const CHUNK = 8192;
type Stretch = [number, number];
interface Loading {
  /** The stretches whose claims are in the store (or on their way), sorted and disjoint. */
  loaded: Stretch[];
  /** What the pane has near its screen now: what a reload fetches again. */
  near: Stretch | null;
  /** Bumped by a reload, so that answers to older requests are dropped. */
  generation: number;
  /** The claim open in the pane's editor: kept through reloads wherever it is. */
  pinned: string | null;
}
const loading = new Map<string, Loading>();
const stateOf = (articleId: string): Loading => {
  let state = loading.get(articleId);
  if (!state) loading.set(articleId, (state = { loaded: [], near: null, generation: 0, pinned: null }));
  return state;
};

const byText = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end;

function setArticle(articleId: string, list: Annotation[]): void {
  annotationStore.set((prev) => new Map(prev).set(articleId, [...list].sort(byText)));
}

function setTotal(articleId: string, total: number | ((n: number) => number)): void {
  claimTotals.set((prev) => new Map(prev).set(articleId, typeof total === 'number' ? total : total(prev.get(articleId) ?? 0)));
}

/** Adds claims to an article's list; a claim already there is replaced by the newer copy. */
function merge(articleId: string, claims: readonly Annotation[]): void {
  const ids = new Set(claims.map((a) => a.id));
  const list = annotationStore.get().get(articleId) ?? [];
  setArticle(articleId, [...list.filter((a) => !ids.has(a.id)), ...claims]);
}

function upsert(annotation: Annotation, replacingId = annotation.id): void {
  const list = annotationStore.get().get(annotation.articleId) ?? [];
  setArticle(annotation.articleId, [...list.filter((a) => a.id !== replacingId && a.id !== annotation.id), annotation]);
}

export function findAnnotation(id: string): Annotation | undefined {
  for (const list of annotationStore.get().values()) {
    const found = list.find((a) => a.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The parts of `want` that no loaded stretch covers. */
export function missingStretches(loaded: readonly Stretch[], want: Stretch): Stretch[] {
  const out: Stretch[] = [];
  let from = want[0];
  for (const [start, end] of loaded) {
    if (end <= from) continue;
    if (start >= want[1]) break;
    if (start > from) out.push([from, start]);
    from = Math.max(from, end);
  }
  if (from < want[1]) out.push([from, want[1]]);
  return out;
}

function addStretch(loaded: readonly Stretch[], add: Stretch): Stretch[] {
  const all = [...loaded, add].sort((x, y) => x[0] - y[0]);
  const out: Stretch[] = [];
  for (const s of all) {
    const last = out.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([...s]);
  }
  return out;
}

/**
 * The pane has the text [from, to) near its screen: loads the claims over the part of it not
 * loaded yet (whole chunks). Resolves once they are in the store.
 */
export async function loadNear(articleId: string, from: number, to: number): Promise<void> {
  const state = stateOf(articleId);
  const want: Stretch = [Math.floor(from / CHUNK) * CHUNK, Math.ceil(Math.max(to, from + 1) / CHUNK) * CHUNK];
  state.near = want;
  const missing = missingStretches(state.loaded, want);
  if (!missing.length) return;
  for (const stretch of missing) state.loaded = addStretch(state.loaded, stretch);
  const generation = state.generation;
  await Promise.all(
    missing.map(async ([start, end]) => {
      const result = await gloss.annotations.inText({ articleId, from: start, to: end });
      if (state.generation !== generation || loading.get(articleId) !== state) return;
      if (!result.ok) {
        state.loaded = state.loaded.flatMap((s) => missingStretches([[start, end]], s));
        return reloadFailed(result.error);
      }
      merge(articleId, result.value.annotations);
      setTotal(articleId, result.value.total);
    }),
  );
}

/** The claim open in a pane's editor stays loaded through reloads, even far from the screen. */
export function pinClaim(articleId: string, id: string | null): void {
  stateOf(articleId).pinned = id;
}

/** Puts claims the pane was given (a row of the claims list) or asks for (a link's partner) in the store. */
export async function ensureClaims(articleId: string, ids: readonly string[]): Promise<void> {
  const absent = ids.filter((id) => !findAnnotation(id));
  const found = await Promise.all(absent.map((id) => gloss.annotations.get({ id })));
  const claims = found.flatMap((r) => (r.ok && r.value.articleId === articleId ? [r.value] : []));
  if (claims.length) merge(articleId, claims);
}

export function showClaim(annotation: Annotation): void {
  if (!findAnnotation(annotation.id)) merge(annotation.articleId, [annotation]);
}

/** Loads an article's claims near its pane's screen again (after a change the core made). */
export async function loadAnnotations(articleId: string): Promise<void> {
  const state = stateOf(articleId);
  const generation = ++state.generation;
  const near = state.near ?? [0, CHUNK];
  const [result, pinned] = await Promise.all([
    gloss.annotations.inText({ articleId, from: near[0], to: near[1] }),
    state.pinned ? gloss.annotations.get({ id: state.pinned }) : null,
  ]);
  if (state.generation !== generation || loading.get(articleId) !== state) return;
  if (!result.ok) return reloadFailed(result.error);
  const list = result.value.annotations;
  if (pinned?.ok && !list.some((a) => a.id === pinned.value.id)) list.push(pinned.value);
  state.loaded = [near];
  setArticle(articleId, list);
  setTotal(articleId, result.value.total);
}

/** Reloads every open article: links and undo can touch annotations in several panes. */
export async function reloadOpen(): Promise<void> {
  await Promise.all([...annotationStore.get().keys()].map(loadAnnotations));
}

export function forgetArticle(articleId: string): void {
  loading.delete(articleId);
  annotationStore.set((prev) => {
    const next = new Map(prev);
    next.delete(articleId);
    return next;
  });
}

let pendingSeq = 0;
const PENDING = 'pending-';

/** A placeholder painted while annotations.create is on its way: not in the core yet. */
export const isPending = (a: Annotation): boolean => a.id.startsWith(PENDING);

/**
 * Creates an annotation, painting it at once (the person sees the colour on the key press)
 * and replacing the placeholder with what the core stored.
 */
export async function createAnnotation(input: InputOf<'annotations.create'>): Promise<Annotation | null> {
  const placeholderId = `${PENDING}${++pendingSeq}`;
  const now = new Date().toISOString();
  const placeholder: Annotation = {
    id: placeholderId,
    articleId: input.articleId,
    start: input.start,
    end: input.end,
    quote: { exact: '', prefix: '', suffix: '' },
    statusTagId: input.statusTagId ?? null,
    tagIds: input.tagIds ?? [],
    note: input.note ?? '',
    evidence: [],
    links: [],
    orphaned: false,
    conflict: null,
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
  upsert(placeholder);
  const created = valueOrToast(await gloss.annotations.create(input));
  if (!created) {
    const list = annotationStore.get().get(input.articleId) ?? [];
    setArticle(input.articleId, list.filter((a) => a.id !== placeholderId));
    return null;
  }
  upsert(created, placeholderId);
  setTotal(input.articleId, (n) => n + 1);
  return created;
}

export async function updateAnnotation(input: InputOf<'annotations.update'>): Promise<Annotation | null> {
  const before = findAnnotation(input.id);
  if (before) {
    upsert({
      ...before,
      ...(input.statusTagId !== undefined ? { statusTagId: input.statusTagId } : {}),
      ...(input.tagIds ? { tagIds: input.tagIds } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    });
  }
  const updated = valueOrToast(await gloss.annotations.update(input));
  if (updated) upsert(updated);
  else if (before) upsert(before);
  return updated;
}

export async function deleteAnnotation(id: string): Promise<boolean> {
  const done = valueOrToast(await gloss.annotations.delete({ id }));
  if (!done) return false;
  await reloadOpen();
  showToast(i18n.t('annotate:toast.deleted'));
  return true;
}

/**
 * Undoes or redoes the article's last change; `label` is what the button said it would do,
 * for the message when the core did that step.
 */
export async function historyStep(which: 'undo' | 'redo', articleId: string): Promise<void> {
  const result = await gloss.annotations[which]({ articleId });
  if (!result.ok) return showToast(errorText(result.error), 'error');
  if (!result.value) return showToast(which === 'undo' ? i18n.t('annotate:toast.nothingToUndo') : i18n.t('annotate:toast.nothingToRedo'));
  await reloadOpen();
  // The step the core took, which the button's description (read before) may not be yet.
  const what = describeStep(result.value);
  showToast(which === 'undo' ? i18n.t('annotate:toast.undone', { what }) : i18n.t('annotate:toast.redone', { what }));
}

export async function linkAnnotations(fromId: string, toId: string, relation: ClaimRelation): Promise<boolean> {
  const link = valueOrToast(await gloss.annotations.link({ fromId, toId, relation }));
  if (!link) return false;
  await reloadOpen();
  return true;
}

/** Removes a link, with a message whose Undo links the two claims again. */
export async function unlink(link: ClaimLink): Promise<void> {
  if (!valueOrToast(await gloss.annotations.unlink({ id: link.id }))) return;
  await reloadOpen();
  showToast(i18n.t('annotate:toast.unlinked', { exact: link.other.exact }), 'info', () => void linkAnnotations(link.fromId, link.toId, link.relation));
}

export async function resolveConflict(id: string, keep: 'ours' | 'theirs'): Promise<void> {
  const resolved = valueOrToast(await gloss.annotations.resolveConflict({ id, keep }));
  if (resolved) upsert(resolved);
  else await reloadOpen(); // taking their deletion moved it to the trash
}
