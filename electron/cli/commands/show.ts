import type { Annotation, Article } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { num, t } from '../i18n.js';
import { dateOnly, type Output } from '../output.js';
import { resolveArticleId, tagNames } from '../resolve.js';

export const showCommand = defineCommand({
  name: 'show',
  get summary() {
    return t('cli:show.summary');
  },
  usage: ['show ID [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:show.help');
  },
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
    [t('cli:show.id'), a.id],
    [t('cli:show.outlet'), a.outlet],
    [t('cli:show.author'), a.author],
    [t('cli:show.published'), a.publishedAt && dateOnly(a.publishedAt)],
    [t('cli:show.source'), a.sourceUrl],
    [t('cli:show.language'), a.language || a.direction === 'rtl' ? t('cli:show.languageValue', { language: a.language ?? '', rtl: a.direction === 'rtl' ? 'yes' : 'no' }) : null],
    [t('cli:show.words'), num(a.wordCount)],
    [t('cli:show.file'), a.originalName],
    [t('cli:show.imported'), a.createdAt],
  ];
  const width = Math.max(11, ...fields.map(([label]) => label.length + 2));
  for (const [label, value] of fields) if (value) out.line(`${(label + ':').padEnd(width)}${value}`);
  for (const block of a.blocks) {
    const text = a.body.slice(block.start, block.end);
    const mark = { heading: '## ', quote: '> ', 'list-item': '- ', paragraph: '' }[block.kind];
    out.line();
    out.line(mark + text);
  }
}

function printAnnotations(out: Output, annotations: Annotation[], names: Map<string, string>): void {
  out.line();
  if (annotations.length === 0) return out.line(t('cli:show.noAnnotations'));
  out.line(t('cli:show.annotations', { count: annotations.length }));
  annotations.forEach((a, i) => {
    out.line(`  ${i + 1}. [${a.start}–${a.end}] “${a.quote.exact}”${a.orphaned ? ` ${t('cli:show.orphaned')}` : ''}`);
    const details = [
      a.statusTagId && t('cli:claim.status', { status: names.get(a.statusTagId) ?? a.statusTagId }),
      a.tagIds.length > 0 && t('cli:show.tags', { names: a.tagIds.map((id) => names.get(id) ?? id).join(', ') }),
    ].filter(Boolean);
    if (details.length) out.line(`     ${details.join(' · ')}`);
    if (a.note) out.line(`     ${t('cli:claim.note', { note: a.note.replace(/\n/g, '\n           ') })}`);
    for (const e of a.evidence) out.line(`     ${t('cli:show.evidence', { source: [e.title, e.url].filter(Boolean).join(' ') })}`);
    if (a.conflict) out.line(`     ${t('cli:show.conflict')}`);
  });
}
