// ::highlight() rules generated from the taxonomy colours. They go in through a constructed
// stylesheet (adoptedStyleSheets), which the strict CSP allows where a <style> element is not.
// Removed tags keep their rule: annotations that used them still show their colour.
import type { Taxonomy } from '../../../shared/model.js';
import { statusHighlight, techniqueHighlight } from './spans.js';

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export function highlightCss(taxonomies: readonly Taxonomy[]): string {
  const rules: string[] = [];
  for (const taxonomy of taxonomies) {
    for (const t of taxonomy.tags) {
      if (taxonomy.kind === 'status') {
        const name = statusHighlight(t.id);
        rules.push(`::highlight(${name}) { background-color: color-mix(in srgb, ${t.color} 38%, transparent); }`);
        // Dark statuses (false, unverifiable) vanish on a dark page: lighten them first.
        rules.push(
          `[data-theme='dark'] ::highlight(${name}) { background-color: color-mix(in srgb, color-mix(in oklab, ${t.color}, white 30%) 50%, transparent); }`,
        );
      } else {
        rules.push(
          `::highlight(${techniqueHighlight(t.id)}) { text-decoration: underline wavy ${t.color}; text-decoration-thickness: 2px; text-underline-offset: 4px; }`,
        );
      }
    }
  }
  return rules.join('\n');
}

export function installHighlightStyles(taxonomies: readonly Taxonomy[]): void {
  sheet.replaceSync(highlightCss(taxonomies));
}
