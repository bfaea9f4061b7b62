import { httpUrl } from '../../../shared/urls.js';
import { unquoted } from '../../../shared/quote.js';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { fail, UsageError } from '../errors.js';
import { shortId } from '../output.js';
import { findQuote } from '../quote.js';
import { resolveArticleId, resolveTag, tagNames } from '../resolve.js';
import { positiveInt } from './values.js';

export const annotateCommand = defineCommand({
  name: 'annotate',
  get summary() {
    return t('cli:annotate.summary');
  },
  usage: [
    'annotate ID --quote TEXT [--occurrence N] [--status S] [--tag T]... [--note TEXT]',
    '         [--evidence URL [--evidence-title T]]... [--data-dir DIR] [--json]',
  ],
  get help() {
    return t('cli:annotate.help');
  },
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
    if (!values.quote) throw new UsageError({ key: 'usage.annotateQuote' }, 'annotate');
    const evidence = evidenceOf(values.evidence ?? [], values['evidence-title'] ?? []);
    const occurrence = values.occurrence === undefined ? 1 : positiveInt(values.occurrence, '--occurrence', 'annotate');
    const articleId = await resolveArticleId(call, positionals[0]!);
    const [article, taxonomies] = await Promise.all([call('articles.get', { id: articleId }), call('taxonomies.list', {})]);

    const found = findQuote(article.body, values.quote, occurrence);
    if (!found.span) {
      if (found.occurrences === 0) fail('not_found', 'cli.quoteNotFound', { title: article.title, id: shortId(articleId) });
      fail('not_found', 'cli.pastLastOccurrence', { count: found.occurrences, title: article.title, occurrence });
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
      annotation.statusTagId && t('cli:annotate.status', { status: names.get(annotation.statusTagId) ?? annotation.statusTagId }),
      annotation.tagIds.length > 0 && t('cli:annotate.tags', { count: annotation.tagIds.length, names: annotation.tagIds.map((id) => names.get(id)).join(', ') }),
      annotation.evidence.length > 0 && t('cli:annotate.sources', { count: annotation.evidence.length }),
    ].filter(Boolean);
    const where = { quote: unquoted(annotation.quote.exact), start: annotation.start, end: annotation.end, id: shortId(articleId), title: article.title };
    out.line(t('cli:annotate.annotated', where) + (details.length ? ` (${details.join('; ')})` : '') + '.');
    out.line(t('cli:annotate.annotationId', { id: annotation.id }));
  },
});

/** --evidence URL [--evidence-title T] pairs, in order; a URL typed without a scheme gets https://. */
function evidenceOf(urls: string[], titles: string[]): Array<{ url: string; title: string }> {
  if (titles.length > urls.length) throw new UsageError({ key: 'usage.evidenceTitle' }, 'annotate');
  return urls.map((given, i) => {
    // A link typed without a scheme is a web link (un.org/report); any other scheme is refused.
    const url = /^[a-z][a-z\d+.-]*:/i.test(given.trim()) ? given.trim() : `https://${given.trim()}`;
    if (!httpUrl(url)) throw new UsageError({ key: 'usage.evidenceUrl', params: { given } }, 'annotate');
    return { url, title: titles[i] ?? '' };
  });
}
