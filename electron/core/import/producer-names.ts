// What the program that made a file writes in its title and author fields by itself, and what a
// person never would: a file or job name, an account's login. A PDF's Title and Author fields and
// a Word file's dc:title go through these before they can name an article.

const EXTENSION = /\.(?:docx?|rtf|odt|pdf|indd|qxd|qxp|pages|tex|dvi|ps|txt|html?|pptx?|xlsx?)$/i;
/**
 * One ASCII token with a digit, an underscore, a dot, a colon or a hyphen in it:
 * "sag-39-3-4-0902-21:sag-0", "report_final", "draft3" (not "2024年度報告": Chinese and Japanese
 * titles have no spaces).
 */
const IDENTIFIER = /^[!-~]*[\d_.:-][!-~]*$/;
/** One ASCII token: a login, unless it is a capitalised word ("Reuters"); names in scripts without capitals or spaces are names. */
const LOGIN = /^[!-~]+$/;

/** A title field's words, or null when they are a file or job name ("Microsoft Word - draft3.doc", "harbour_report_final"). */
export function titleOrNull(title: string | null): string | null {
  const named = (title ?? '').replace(/^Microsoft (?:Word|PowerPoint|Excel) - /, '').trim();
  return named && !EXTENSION.test(named) && !IDENTIFIER.test(named) ? named : null;
}

/** An author field's name, or null when it is a login ("tubitak", "Alexander.vl.Russkikh", "jdoe_2"). */
export function authorOrNull(author: string | null): string | null {
  return author && (!LOGIN.test(author) || /^\p{Lu}\p{L}+$/u.test(author)) ? author : null;
}
