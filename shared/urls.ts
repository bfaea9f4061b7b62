/** The URL as http(s), normalised, or null: javascript:, data:, file: and malformed URLs never
 * become a source link, whether they came in with an imported page or go out in a report. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
