/**
 * An article's language as the machine formats write it: a canonical BCP 47 tag whose language
 * is two or three letters ("AR-eg" is written "ar-EG"), as the Web Annotation model and
 * schema.org's inLanguage expect; null when unknown ("und") or not such a tag.
 */
export function languageTag(language: string | null): string | null {
  if (!language) return null;
  try {
    const [tag] = Intl.getCanonicalLocales(language);
    return tag && /^[a-z]{2,3}(-|$)/.test(tag) && !/^und(-|$)/.test(tag) ? tag : null;
  } catch {
    return null;
  }
}
