// Every highlight stands out from the page: the line a claim is drawn with (status, technique,
// untagged) against every background of both themes, computed from the real colours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, MARK_CONTRAST, markColor, THEME_BACKGROUNDS } from '../../../renderer/src/annotate/contrast.js';
import { repoRoot } from '../../helpers/corpus.js';

const css = readFileSync(join(repoRoot, 'renderer', 'src', 'styles', 'base.css'), 'utf8');
const block = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
const variable = (selector: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block(selector))![1]!.toLowerCase();
const themes = { light: ':root', dark: "[data-theme='dark']" } as const;

const taxonomy = (name: string) =>
  (JSON.parse(readFileSync(join(repoRoot, 'resources', 'taxonomies', `${name}.json`), 'utf8')) as { tags: Array<{ name: string; color: string }> }).tags;
const tags = [...taxonomy('status'), ...taxonomy('technique')];

describe('highlight colours against the page', () => {
  it('are checked against the backgrounds the stylesheet really has', () => {
    for (const [theme, selector] of Object.entries(themes)) {
      expect(THEME_BACKGROUNDS[theme as keyof typeof themes]).toEqual(['bg', 'surface', 'surface-2'].map((v) => variable(selector, v)));
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`stand out at least 3:1 on every ${theme} background, "Not yet checked" included`, () => {
      const weak = tags.flatMap((t) =>
        THEME_BACKGROUNDS[theme]
          .map((bg) => ({ tag: t.name, bg, ratio: Math.round(contrast(markColor(t.color, theme), bg) * 100) / 100 }))
          .filter((x) => x.ratio < MARK_CONTRAST),
      );
      expect(weak).toEqual([]);
      // Untagged claims are underlined in --muted.
      for (const bg of THEME_BACKGROUNDS[theme]) expect(contrast(variable(themes[theme], 'muted'), bg)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    });
  }

  it('keep a colour that already stands out as it is', () => {
    expect(markColor('#1b7837', 'light')).toBe('#1b7837');
    // The pale grey of "Not yet checked" alone would be about 2:1 on the light page.
    expect(contrast('#a7b1bc', '#fbfaf7')).toBeLessThan(3);
    expect(markColor('#a7b1bc', 'light')).not.toBe('#a7b1bc');
  });

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
