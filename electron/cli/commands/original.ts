import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n.js';
import { writeWholeFile } from '../files.js';
import { resolveArticleId } from '../resolve.js';

export const originalCommand = defineCommand({
  name: 'original',
  get summary() {
    return t('cli:original.summary');
  },
  usage: ['original ID --out PATH [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:original.help');
  },
  options: { out: { type: 'string' } },
  positionals: [1, 1],
  async run({ values, positionals, out, call }) {
    if (!values.out) throw new UsageError({ key: 'usage.exportOut' }, 'original');
    const id = await resolveArticleId(call, positionals[0]!);
    const file = await call('articles.original', { id });
    const data = Buffer.from(file.dataBase64, 'base64');
    const intoFolder = await stat(values.out).then((s) => s.isDirectory(), () => false);
    const path = intoFolder ? join(values.out, basename(file.fileName ?? `${id}.txt`)) : values.out;
    await writeWholeFile(path, data);
    if (out.json) return out.value({ path, fileName: file.fileName, mimeType: file.mimeType, bytes: data.length });
    out.line(t('cli:original.wrote', { path, type: file.mimeType ?? 'text/plain', bytes: data.length }));
  },
});
