import { createInterface } from 'node:readline/promises';
import { defineCommand } from '../command.js';
import { dateOnly, plural, shortId, table } from '../output.js';

export const trashCommand = defineCommand({
  name: 'trash',
  summary: 'list the articles in the trash, or empty it for good',
  usage: [
    'trash [--empty] [--data-dir DIR] [--json]',
    '',
    '  --empty  delete the articles in the trash and their claims for good; asks first on a terminal',
  ],
  options: { empty: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    const trashed = await call('articles.list', { inTrash: true });
    if (!values.empty) {
      if (out.json) return out.value(trashed);
      if (trashed.length === 0) return out.line('The trash is empty.');
      const rows = trashed.map((a) => [shortId(a.id), dateOnly(a.publishedAt), a.outlet ?? '—', a.title]);
      for (const line of table([['ID', 'DATE', 'OUTLET', 'TITLE'], ...rows], out.tty ? process.stdout.columns : undefined)) out.line(line);
      return;
    }
    if (trashed.length > 0 && !out.json && process.stdin.isTTY && process.stderr.isTTY) {
      const claims = trashed.reduce((n, a) => n + a.annotationCount, 0);
      const question = `Delete ${plural(trashed.length, 'article')} and ${plural(claims, 'claim')} for good? This cannot be undone. [y/N] `;
      const prompt = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await prompt.question(question).finally(() => prompt.close());
      if (!/^y(es)?$/i.test(answer.trim())) {
        out.line('Nothing deleted.');
        return 1;
      }
    }
    const result = await call('articles.emptyTrash', {});
    if (out.json) return out.value(result);
    out.line(result.deleted === 0 ? 'The trash was already empty.' : `Deleted ${plural(result.deleted, 'article')} for good.`);
  },
});
