// What the panes share while reading: the claim under the pointer (its links light up in the
// other panes), a claim to jump to, a link being made from one pane to another, a search match
// to show, where keyboard focus goes next, and which pane has the claim editor open.
import type { ClaimRelation } from '../../../shared/model.js';
import { createStore } from '../api/store.js';

export interface Reveal {
  articleId: string;
  context: string;
  term: [number, number];
  seq: number;
}

export interface Interaction {
  hovered: string | null;
  /** A claim to scroll to and flash; seq makes a second jump to the same claim count. */
  jump: { id: string; seq: number } | null;
  linking: { fromId: string; relation: ClaimRelation } | null;
  /** A search match to scroll to and flash once its article is open: the matched words
   * (`term`, a range of `context`) with the text around them as the search showed it. */
  reveal: Reveal | null;
  /** Focus for a pane's text, or with claimId for that claim's editor. */
  focus: { articleId: string; claimId?: string; seq: number } | null;
  /** The article whose pane last opened its claim editor: the other panes close theirs, since
   * an editor's keys are the window's (two open editors both took a tag key, or Delete). */
  editing: string | null;
}

export const interaction = createStore<Interaction>({ hovered: null, jump: null, linking: null, reveal: null, focus: null, editing: null });

let seq = 0;
export function jumpTo(id: string): void {
  interaction.set((s) => ({ ...s, jump: { id, seq: ++seq } }));
}

export function setHovered(id: string | null): void {
  if (interaction.get().hovered !== id) interaction.set((s) => ({ ...s, hovered: id }));
}

export function startLinking(fromId: string, relation: ClaimRelation): void {
  interaction.set((s) => ({ ...s, linking: { fromId, relation } }));
}

export function startEditing(articleId: string): void {
  if (interaction.get().editing !== articleId) interaction.set((s) => ({ ...s, editing: articleId }));
}

export function stopLinking(): void {
  interaction.set((s) => ({ ...s, linking: null }));
}

export function revealMatch(articleId: string, context: string, term: [number, number]): void {
  interaction.set((s) => ({ ...s, reveal: { articleId, context, term, seq: ++seq } }));
}

export function requestFocus(articleId: string, claimId?: string): void {
  interaction.set((s) => ({ ...s, focus: { articleId, ...(claimId ? { claimId } : {}), seq: ++seq } }));
}
