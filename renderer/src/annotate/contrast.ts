// WCAG contrast, and the colour a highlight's mark is drawn in: the tag's colour, darkened on
// the light theme or lightened on the dark one just enough to stand out (3:1, WCAG's figure for
// marks that are not text) from every background the text sits on in that theme.

/** The backgrounds text is read on in each theme: --bg, --surface and --surface-2 in styles/base.css
 * (a test holds the two together). */
export const THEME_BACKGROUNDS = {
  light: ['#fbfaf7', '#ffffff', '#f1efe9'],
  dark: ['#16171a', '#1f2024', '#2a2b30'],
} as const;
type Theme = keyof typeof THEME_BACKGROUNDS;

export const MARK_CONTRAST = 3;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The tag colour, moved toward black (light theme) or white (dark) until it meets MARK_CONTRAST. */
export function markColor(color: string, theme: Theme): string {
  const toward: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  const from = rgb(color);
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const candidate = hex(from.map((c, i) => c + (toward[i]! - c) * t) as Rgb);
    if (THEME_BACKGROUNDS[theme].every((bg) => contrast(candidate, bg) >= MARK_CONTRAST)) return candidate;
  }
  return hex(toward);
}
