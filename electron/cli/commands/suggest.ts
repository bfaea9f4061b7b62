import { defineCommand } from '../command.js';
import { plural } from '../output.js';
import { resolveArticleId } from '../resolve.js';

export const suggestCommand = defineCommand({
  name: 'suggest',
  summary: 'sentences of an article worth fact-checking, best first, with the reason',
  usage: [
    'suggest ID [--all] [--data-dir DIR] [--json]',
    '',
    '  --all  every sentence in text order, with its score and whether it passes the threshold',
  ],
  options: { all: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ positionals, values, out, call }) {
    const articleId = await resolveArticleId(call, positionals[0]!);
    const all = Boolean(values.all);
    const sentences = await call('finder.suggest', { articleId, all });
    if (out.json) return out.value(sentences);
    if (sentences.length === 0) return out.line('No sentence of this article is suggested for checking.');
    if (!all) out.line(`${plural(sentences.length, 'sentence')} worth checking:`);
    for (const s of sentences) {
      const mark = all ? (s.passes ? (s.dismissed ? '– ' : s.claimId ? '✓ ' : '* ') : '  ') : '';
      const why = s.reasons.length ? ` (${s.reasons.join(', ')})` : '';
      out.line(`${mark}${Math.round(s.score * 100).toString().padStart(3)}%  [${s.start}–${s.end}] ${s.text}${why}`);
    }
    if (all) out.line('\n* passes the threshold   ✓ already a claim   – dismissed');
  },
});
