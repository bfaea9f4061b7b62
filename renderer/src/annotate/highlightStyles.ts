// ::highlight() rules generated from the taxonomy colours. They go in through a constructed
// stylesheet (adoptedStyleSheets), which the strict CSP allows where a <style> element is not.
// Removed tags keep their rule: annotations that used them still show their colour.
// A status paints a tint behind the text (light enough to read through) and a solid line under
// it in its mark colour, which stands out 3:1 from the page in both themes (a pale "Not yet
// checked" tint alone would vanish on the light page); a technique's wavy line sits lower.
import type { Taxonomy } from '../../../shared/model.js';
import { markColor } from './contrast.js';
import { statusHighlight, techniqueHighlight } from './spans.js';

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export function highlightCss(taxonomies: readonly Taxonomy[]): string {
  const rules: string[] = [];
  for (const taxonomy of taxonomies) {
    for (const t of taxonomy.tags) {
      if (taxonomy.kind === 'status') {
        const name = statusHighlight(t.id);
        const line = 'text-decoration-line: underline; text-decoration-style: solid; text-decoration-thickness: 2px; text-underline-offset: 2px';
        rules.push(
          `::highlight(${name}) { background-color: color-mix(in srgb, ${t.color} 38%, transparent); ${line}; text-decoration-color: ${markColor(t.color, 'light')}; }`,
        );
        // Dark statuses (false, unverifiable) vanish on a dark page: lighten them first.
        rules.push(
          `[data-theme='dark'] ::highlight(${name}) { background-color: color-mix(in srgb, color-mix(in oklab, ${t.color}, white 30%) 50%, transparent); text-decoration-color: ${markColor(t.color, 'dark')}; }`,
        );
      } else {
        const name = techniqueHighlight(t.id);
        const line = 'text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 2px; text-underline-offset: 6px';
        rules.push(`::highlight(${name}) { ${line}; text-decoration-color: ${markColor(t.color, 'light')}; }`);
        rules.push(`[data-theme='dark'] ::highlight(${name}) { text-decoration-color: ${markColor(t.color, 'dark')}; }`);
      }
    }
  }
  return rules.join('\n');
}

let installed = '';

/**
 * Replacing the sheet restyles every element of the open articles' text (100 ms and more for a
 * text of 150,000 characters), so the same rules again (the taxonomies reloaded, or shown in
 * another language: names change, colours do not) leave it as it is.
 */
export function installHighlightStyles(taxonomies: readonly Taxonomy[]): void {
  const css = highlightCss(taxonomies);
  if (css === installed) return;
  sheet.replaceSync(css);
  installed = css;
}
