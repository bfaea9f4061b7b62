import { httpUrl } from '../../../shared/urls.js';
import { defineCommand } from '../command.js';
import { fail, UsageError } from '../errors.js';
import { plural, shortId } from '../output.js';
import { findQuote } from '../quote.js';
import { resolveArticleId, resolveTag, tagNames } from '../resolve.js';
import { positiveInt } from './values.js';

export const annotateCommand = defineCommand({
  name: 'annotate',
  summary: 'mark a claim in an article by quoting it, with a status, tags and a note',
  usage: [
    'annotate ID --quote TEXT [--occurrence N] [--status S] [--tag T]... [--note TEXT]',
    '         [--evidence URL [--evidence-title T]]... [--data-dir DIR] [--json]',
    '',
    '  --quote TEXT      the words to mark, as they are in the article',
    '  --occurrence N    which occurrence of the quote, counting from 1 (default 1)',
    '  --status S        a fact-check status, by name, id or slug (mostly-true; see gloss tags)',
    '  --tag T           a technique tag, by name, id or slug; repeat for more',
    '  --note TEXT       a note on the claim',
    '  --evidence URL    a source that supports or refutes it; repeat for more',
    '  --evidence-title T  the title of the --evidence before it',
  ],
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    status: { type: 'string' },
    tag: { type: 'string', multiple: true },
    note: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    'evidence-title': { type: 'string', multiple: true },
  },
  positionals: [1, 1],
  async run({ values, positionals, out, call }) {
    if (!values.quote) throw new UsageError('Give the words to mark with --quote TEXT.', 'annotate');
    const evidence = evidenceOf(values.evidence ?? [], values['evidence-title'] ?? []);
    const occurrence = values.occurrence === undefined ? 1 : positiveInt(values.occurrence, '--occurrence', 'annotate');
    const articleId = await resolveArticleId(call, positionals[0]!);
    const [article, taxonomies] = await Promise.all([call('articles.get', { id: articleId }), call('taxonomies.list', {})]);

    const found = findQuote(article.body, values.quote, occurrence);
    if (!found.span) {
      fail(
        'not_found',
        found.occurrences === 0
          ? `The quote is not in "${article.title}". Copy it exactly from: gloss show ${shortId(articleId)}`
          : `The quote occurs ${found.occurrences === 1 ? 'once' : `${found.occurrences} times`} in "${article.title}"; --occurrence ${occurrence} is past the last one.`,
      );
    }
    const statusTagId = values.status ? resolveTag(taxonomies, 'status', values.status).id : null;
    const tagIds = [...new Set((values.tag ?? []).map((t) => resolveTag(taxonomies, 'technique', t).id))];

    const annotation = await call('annotations.create', {
      articleId,
      start: found.span.start,
      end: found.span.end,
      statusTagId,
      tagIds,
      note: values.note ?? '',
      evidence,
    });
    if (out.json) return out.value(annotation);
    const names = tagNames(taxonomies);
    const details = [
      annotation.statusTagId && `status ${names.get(annotation.statusTagId)}`,
      annotation.tagIds.length > 0 && `${plural(annotation.tagIds.length, 'tag')}: ${annotation.tagIds.map((t) => names.get(t)).join(', ')}`,
      annotation.evidence.length > 0 && plural(annotation.evidence.length, 'source'),
    ].filter(Boolean);
    out.line(
      `Annotated “${annotation.quote.exact}” at ${annotation.start}–${annotation.end} in ${shortId(articleId)} ${article.title}` +
        (details.length ? ` (${details.join('; ')})` : '') +
        `.\nAnnotation id: ${annotation.id}`,
    );
  },
});

/** --evidence URL [--evidence-title T] pairs, in order; a URL typed without a scheme gets https://. */
function evidenceOf(urls: string[], titles: string[]): Array<{ url: string; title: string }> {
  if (titles.length > urls.length) throw new UsageError('Each --evidence-title follows the --evidence URL it names.', 'annotate');
  return urls.map((given, i) => {
    // A link typed without a scheme is a web link (un.org/report); any other scheme is refused.
    const url = /^[a-z][a-z\d+.-]*:/i.test(given.trim()) ? given.trim() : `https://${given.trim()}`;
    if (!httpUrl(url)) throw new UsageError(`--evidence takes a web link (http or https); "${given}" is not one.`, 'annotate');
    return { url, title: titles[i] ?? '' };
  });
}
