import { createInterface } from 'node:readline/promises';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { articleColumns, dateOnly, shortId, table } from '../output.js';

export const trashCommand = defineCommand({
  name: 'trash',
  get summary() {
    return t('cli:trash.summary');
  },
  usage: ['trash [--empty] [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:trash.help');
  },
  options: { empty: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    const trashed = await call('articles.list', { inTrash: true });
    if (!values.empty) {
      if (out.json) return out.value(trashed);
      if (trashed.length === 0) return out.line(t('cli:trash.empty'));
      const rows = trashed.map((a) => [shortId(a.id), dateOnly(a.publishedAt), a.outlet ?? '—', a.title]);
      for (const line of table([articleColumns(), ...rows], out.tty ? process.stdout.columns : undefined)) out.line(line);
      return;
    }
    if (trashed.length > 0 && !out.json && process.stdin.isTTY && process.stderr.isTTY) {
      const claims = trashed.reduce((n, a) => n + a.annotationCount, 0);
      const question = `${t('cli:trash.confirm', { articles: trashed.length, claims })} `;
      const prompt = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await prompt.question(question).finally(() => prompt.close());
      const yes = t('cli:trash.yesAnswers').split(',').map((word) => word.trim().toLowerCase());
      if (!yes.includes(answer.trim().toLowerCase())) {
        out.line(t('cli:trash.nothingDeleted'));
        return 1;
      }
    }
    const result = await call('articles.emptyTrash', { ids: trashed.map((a) => a.id) });
    if (out.json) return out.value(result);
    if (result.deleted > 0 || result.inAssignments === 0) {
      out.line(result.deleted === 0 ? t('cli:trash.alreadyEmpty') : t('cli:trash.deleted', { count: result.deleted }));
    }
    if (result.inAssignments > 0) out.line(t('cli:trash.inAssignments', { count: result.inAssignments }));
  },
});
