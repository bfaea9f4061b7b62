// Where the claim editor goes around a claim: never over it, inside the free part of the window.
import { describe, expect, it } from 'vitest';
import { placeBeside, type Box } from '../../../renderer/src/annotate/placement.js';

const free: Box = { top: 100, bottom: 712, left: 8, right: 1272 }; // below a 96px top bar, 1280×720
const size = { width: 360, height: 300 };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (p: { top: number; left: number; maxHeight: number }, h = size.height): Box => ({
  top: p.top,
  left: p.left,
  right: p.left + size.width,
  bottom: p.top + Math.min(h, p.maxHeight),
});

describe('placing the claim editor', () => {
  it('goes below a claim near the top', () => {
    const claim = { top: 150, bottom: 170, left: 100, right: 300 };
    const p = placeBeside(claim, size, free);
    expect(p).toMatchObject({ side: 'below', top: 178, left: 100 });
  });

  it('flips above a claim near the bottom, without covering it or the top bar', () => {
    const claim = { top: 650, bottom: 690, left: 100, right: 300 };
    const p = placeBeside(claim, size, free);
    expect(p.side).toBe('above');
    expect(overlaps(boxOf(p), claim)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(free.top);
  });

  it('stays inside the window when the claim is scrolled out of it, below or above', () => {
    for (const claim of [{ top: 780, bottom: 800, left: 100, right: 300 }, { top: 20, bottom: 40, left: 100, right: 300 }]) {
      const p = placeBeside(claim, { width: 360, height: 580 }, free);
      const box = boxOf(p, 580);
      expect(box.top, JSON.stringify(p)).toBeGreaterThanOrEqual(free.top);
      expect(box.bottom, JSON.stringify(p)).toBeLessThanOrEqual(free.bottom);
    }
  });

  it('ends at the claim\'s right edge when starting at its left would leave the window', () => {
    const claim = { top: 150, bottom: 170, left: 1100, right: 1250 };
    const p = placeBeside(claim, size, free);
    expect(p.left + size.width).toBe(1250);
  });

  it('scrolls inside a roomy side rather than cover the panes beside the claim', () => {
    const claim = { top: 650, bottom: 690, left: 100, right: 300 };
    const p = placeBeside(claim, { width: 360, height: 660 }, free);
    expect(p).toMatchObject({ side: 'above', top: 100, maxHeight: 542 });
    expect(overlaps(boxOf(p, 660), claim)).toBe(false);
  });

  it('goes beside a tall claim that leaves no room above or below', () => {
    const claim = { top: 200, bottom: 600, left: 100, right: 400 };
    const p = placeBeside(claim, size, free);
    expect(p.side).toBe('right');
    expect(overlaps(boxOf(p), claim)).toBe(false);
    const atRight = placeBeside({ ...claim, left: 900, right: 1260 }, size, free);
    expect(atRight.side).toBe('left');
    expect(overlaps(boxOf(atRight), { ...claim, left: 900, right: 1260 })).toBe(false);
  });

  it('scrolls inside the roomier side when nothing fits whole', () => {
    const claim = { top: 300, bottom: 500, left: 8, right: 1272 };
    const p = placeBeside(claim, { width: 360, height: 500 }, free);
    expect(p).toMatchObject({ side: 'below', top: 508, maxHeight: 204 });
    expect(overlaps(boxOf(p, 500), claim)).toBe(false);
  });
});
