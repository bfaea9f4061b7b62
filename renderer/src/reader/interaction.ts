// What the panes share while reading: the claim under the pointer (its links light up in the
// other panes), a claim to jump to, and a link being made from one pane to another.
import type { ClaimRelation } from '../../../shared/model.js';
import { createStore } from '../api/store.js';

export interface Interaction {
  hovered: string | null;
  /** A claim to scroll to and flash; seq makes a second jump to the same claim count. */
  jump: { id: string; seq: number } | null;
  linking: { fromId: string; relation: ClaimRelation } | null;
}

export const interaction = createStore<Interaction>({ hovered: null, jump: null, linking: null });

let jumpSeq = 0;
export function jumpTo(id: string): void {
  interaction.set((s) => ({ ...s, jump: { id, seq: ++jumpSeq } }));
}

export function setHovered(id: string | null): void {
  if (interaction.get().hovered !== id) interaction.set((s) => ({ ...s, hovered: id }));
}

export function startLinking(fromId: string, relation: ClaimRelation): void {
  interaction.set((s) => ({ ...s, linking: { fromId, relation } }));
}

export function stopLinking(): void {
  interaction.set((s) => ({ ...s, linking: null }));
}
