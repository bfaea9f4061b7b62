import { formatLanguageName } from '../../../shared/i18n/format.js';
import { suggestionsRead } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { currentLanguage, t } from '../i18n.js';
import { resolveArticleId } from '../resolve.js';

export const suggestCommand = defineCommand({
  name: 'suggest',
  get summary() {
    return t('cli:suggest.summary');
  },
  usage: ['suggest ID [--all] [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:suggest.help');
  },
  options: { all: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ positionals, values, out, call }) {
    const articleId = await resolveArticleId(call, positionals[0]!);
    const all = Boolean(values.all);
    const sentences = await call('finder.suggest', { articleId, all });
    if (out.json) return out.value(sentences);
    const { language } = await call('articles.get', { id: articleId });
    if (!suggestionsRead(language)) out.line(t('cli:suggest.englishOnly', { language: formatLanguageName(language!, currentLanguage()) }));
    if (sentences.length === 0) return out.line(t('cli:suggest.none'));
    if (!all) out.line(t('cli:suggest.worth', { count: sentences.length }));
    for (const s of sentences) {
      const mark = all ? (s.passes ? (s.dismissed ? '– ' : s.claimId ? '✓ ' : '* ') : '  ') : '';
      const why = s.reasons.length ? ` (${s.reasons.join(', ')})` : '';
      out.line(`${mark}${Math.round(s.score * 100).toString().padStart(3)}%  [${s.start}–${s.end}] ${s.text}${why}`);
    }
    if (all) out.line(`\n${t('cli:suggest.legend')}`);
  },
});
