import type { Annotation, Article } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { dateOnly, plural, type Output } from '../output.js';
import { resolveArticleId, tagNames } from '../resolve.js';

export const showCommand = defineCommand({
  name: 'show',
  summary: 'show an article: its details, its text and its annotations',
  usage: ['show ID [--data-dir DIR] [--json]', '', '  ID may be the start of an article id, as long as only one id starts so.'],
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const id = await resolveArticleId(call, positionals[0]!);
    const [article, annotations] = await Promise.all([call('articles.get', { id }), call('annotations.list', { articleId: id })]);
    if (out.json) return out.value({ ...article, annotations });
    const names = tagNames(await call('taxonomies.list', {}));
    printArticle(out, article);
    printAnnotations(out, annotations, names);
  },
});

function printArticle(out: Output, a: Article): void {
  out.line(a.title);
  const fields: Array<[string, string | null]> = [
    ['ID', a.id],
    ['Outlet', a.outlet],
    ['Author', a.author],
    ['Published', a.publishedAt && dateOnly(a.publishedAt)],
    ['Source', a.sourceUrl],
    ['Language', a.language ? `${a.language}${a.direction === 'rtl' ? ' (right to left)' : ''}` : a.direction === 'rtl' ? 'right to left' : null],
    ['Words', String(a.wordCount)],
    ['File', a.originalName],
    ['Imported', a.createdAt],
  ];
  for (const [label, value] of fields) if (value) out.line(`${(label + ':').padEnd(11)}${value}`);
  for (const block of a.blocks) {
    const text = a.body.slice(block.start, block.end);
    const mark = { heading: '## ', quote: '> ', 'list-item': '- ', paragraph: '' }[block.kind];
    out.line();
    out.line(mark + text);
  }
}

function printAnnotations(out: Output, annotations: Annotation[], names: Map<string, string>): void {
  out.line();
  if (annotations.length === 0) return out.line('No annotations.');
  out.line(`${plural(annotations.length, 'annotation')}:`);
  annotations.forEach((a, i) => {
    out.line(`  ${i + 1}. [${a.start}–${a.end}] “${a.quote.exact}”${a.orphaned ? ' (orphaned: its text is no longer in the article)' : ''}`);
    const details = [
      a.statusTagId && `status: ${names.get(a.statusTagId) ?? a.statusTagId}`,
      a.tagIds.length > 0 && `tags: ${a.tagIds.map((t) => names.get(t) ?? t).join(', ')}`,
    ].filter(Boolean);
    if (details.length) out.line(`     ${details.join(' · ')}`);
    if (a.note) out.line(`     note: ${a.note.replace(/\n/g, '\n           ')}`);
    for (const e of a.evidence) out.line(`     evidence: ${[e.title, e.url].filter(Boolean).join(' ')}`);
    if (a.conflict) out.line('     has a conflicting version from an exchange file; settle it in the app');
  });
}
