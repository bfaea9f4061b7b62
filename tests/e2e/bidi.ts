// Where words are drawn, to tell whether a quote kept its own direction inside the interface's.
import type { Locator } from '@playwright/test';

/** Whether `first` is drawn to the right of `last` inside the element (as right-to-left reading puts it). */
export function readsRightToLeft(element: Locator, first: string, last: string): Promise<boolean> {
  return element.evaluate(
    (el, { first, last }) => {
      const box = (word: string) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const i = node.data.indexOf(word);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          return range.getBoundingClientRect();
        }
        throw new Error(`no "${word}"`);
      };
      return box(first).left > box(last).right;
    },
    { first, last },
  );
}
