// Where the claim editor goes: beside the claim, never over it, inside the free part of the
// window (below the app's top bar and, while linking, the link bar). Below the claim if it fits,
// else above; else on the roomier of the two, scrolling inside, if that leaves it room to work
// (it stays in the claim's column: to the side it would cover the other panes, whose claims a
// link is made to); else to the claim's right or left; else on the roomier side anyway.

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left';
}

const GAP = 8;
/** Enough height for the quote, the statuses and a few techniques. */
const ROOM_TO_WORK = 260;

export function placeBeside(shown: Box, size: { width: number; height: number }, free: Box): Placement {
  const { width, height } = size;
  // A claim scrolled out of the free area (its pane scrolled under the open editor) counts as at
  // its edge, so the editor stays inside the window.
  const claim = { ...shown, top: clamp(shown.top, free.top, free.bottom), bottom: clamp(shown.bottom, free.top, free.bottom) };
  const below = free.bottom - claim.bottom - GAP;
  const above = claim.top - GAP - free.top;
  // Starts at the claim's left edge, or ends at its right edge when that would leave the window.
  const horizontal = () => clamp(claim.left + width <= free.right ? claim.left : claim.right - width, free.left, free.right - width);
  if (height <= below) return { top: claim.bottom + GAP, left: horizontal(), maxHeight: below, side: 'below' };
  if (height <= above) return { top: claim.top - GAP - height, left: horizontal(), maxHeight: above, side: 'above' };
  const roomier = (): Placement =>
    below >= above
      ? { top: claim.bottom + GAP, left: horizontal(), maxHeight: Math.max(below, 0), side: 'below' }
      : { top: Math.max(free.top, claim.top - GAP - height), left: horizontal(), maxHeight: Math.max(above, 0), side: 'above' };
  if (Math.max(below, above) >= ROOM_TO_WORK) return roomier();
  const fullHeight = free.bottom - free.top;
  const vertical = clamp(claim.top, free.top, free.bottom - Math.min(height, fullHeight));
  if (claim.right + GAP + width <= free.right) return { top: vertical, left: claim.right + GAP, maxHeight: fullHeight, side: 'right' };
  if (claim.left - GAP - width >= free.left) return { top: vertical, left: claim.left - GAP - width, maxHeight: fullHeight, side: 'left' };
  return roomier();
}

function clamp(x: number, min: number, max: number): number {
  return Math.max(min, Math.min(x, max));
}
