// Annotations of the open articles, shared by the panes (links and hovers cross panes), and
// every change to them: each goes to the core, and the store follows what the core answered.
import type { InputOf } from '../../../shared/contract/index.js';
import type { Annotation, ClaimRelation } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { createStore } from '../api/store.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { errorText } from '../errorText.js';

export const annotationStore = createStore<ReadonlyMap<string, Annotation[]>>(new Map());

const byText = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end;

function setArticle(articleId: string, list: Annotation[]): void {
  annotationStore.set((prev) => new Map(prev).set(articleId, [...list].sort(byText)));
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

export async function loadAnnotations(articleId: string): Promise<void> {
  const list = valueOrToast(await gloss.annotations.list({ articleId }));
  if (list) setArticle(articleId, list);
}

/** Reloads every open article: links and undo can touch annotations in several panes. */
export async function reloadOpen(): Promise<void> {
  await Promise.all([...annotationStore.get().keys()].map(loadAnnotations));
}

export function forgetArticle(articleId: string): void {
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
  showToast('Claim deleted. Ctrl+Z brings it back.');
  return true;
}

/**
 * Undoes or redoes the article's last change; `label` is what the button said it would do,
 * for the message when the core did that step.
 */
export async function historyStep(which: 'undo' | 'redo', articleId: string, expected?: { annotationId: string; label: string }): Promise<void> {
  const result = await gloss.annotations[which]({ articleId });
  if (!result.ok) return showToast(errorText(result.error), 'error');
  if (!result.value) return showToast(`Nothing to ${which} in this article.`);
  await reloadOpen();
  const what = expected?.annotationId === result.value.annotationId ? expected.label : describe(result.value.action);
  showToast(`${which === 'undo' ? 'Undone' : 'Redone'}: ${what}.`);
}

function describe(action: 'create' | 'update' | 'delete'): string {
  return action === 'create' ? 'new claim' : action === 'delete' ? 'deleted claim' : 'claim change';
}

export async function linkAnnotations(fromId: string, toId: string, relation: ClaimRelation): Promise<boolean> {
  const link = valueOrToast(await gloss.annotations.link({ fromId, toId, relation }));
  if (!link) return false;
  await reloadOpen();
  return true;
}

export async function unlink(linkId: string): Promise<void> {
  if (valueOrToast(await gloss.annotations.unlink({ id: linkId }))) await reloadOpen();
}

export async function resolveConflict(id: string, keep: 'ours' | 'theirs'): Promise<void> {
  const resolved = valueOrToast(await gloss.annotations.resolveConflict({ id, keep }));
  if (resolved) upsert(resolved);
  else await reloadOpen(); // taking their deletion moved it to the trash
}
