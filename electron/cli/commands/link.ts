import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';

export const linkCommand = defineCommand({
  name: 'link',
  summary: 'link two claims: the same claim in two articles, or claims that contradict',
  usage: [
    'link ID1 ID2 --same|--contradicts [--data-dir DIR] [--json]',
    '',
    '  ID1, ID2        annotation ids (printed by gloss annotate, listed by gloss show --json)',
    '  --same          the two quotes make the same claim',
    '  --contradicts   the two quotes contradict each other',
  ],
  options: { same: { type: 'boolean' }, contradicts: { type: 'boolean' } },
  positionals: [2, 2],
  async run({ values, positionals, out, call }) {
    if (Boolean(values.same) === Boolean(values.contradicts)) {
      throw new UsageError('Say how the claims relate: --same or --contradicts.', 'link');
    }
    const [fromId, toId] = positionals as [string, string];
    const link = await call('annotations.link', { fromId, toId, relation: values.same ? 'same-claim' : 'contradicts' });
    if (out.json) return out.value(link);
    out.line(
      `Linked as ${link.relation === 'same-claim' ? 'the same claim' : 'contradicting'}: “${link.other.exact}” in ${link.other.articleTitle}.\nLink id: ${link.id}`,
    );
  },
});
