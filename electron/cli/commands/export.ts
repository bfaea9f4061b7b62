import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFormats } from '../../../shared/limits.js';
import { defineCommand } from '../command.js';
import { currentLanguage, t } from '../i18n.js';
import { UsageError } from '../errors.js';
import { writeWholeFile } from '../files.js';
import { requireCollection, resolveArticleId } from '../resolve.js';

type Format = (typeof exportFormats)[number];

export const exportCommand = defineCommand({
  name: 'export',
  get summary() {
    return t('cli:export.summary');
  },
  usage: [
    'export FORMAT (--article ID | --collection NAME) --out PATH [--publish-url BASE] [--reviewer NAME]',
    '       [--organization NAME] [--lang TAG] [--data-dir DIR] [--json]',
  ],
  get help() {
    return t('cli:export.help', { formats: exportFormats.join(', ') });
  },
  options: {
    article: { type: 'string' },
    collection: { type: 'string' },
    out: { type: 'string' },
    pdf: { type: 'boolean' },
    'publish-url': { type: 'string' },
    reviewer: { type: 'string' },
    organization: { type: 'string' },
  },
  positionals: [1, 1],
  async run({ values, positionals, out, call }) {
    const format = positionals[0]!.toLowerCase();
    if (!isFormat(format)) throw new UsageError({ key: 'usage.exportFormat', params: { format: positionals[0]!, formats: exportFormats.join(', ') } }, 'export');
    if (Boolean(values.article) === Boolean(values.collection)) throw new UsageError({ key: 'usage.exportTarget' }, 'export');
    if (!values.out) throw new UsageError({ key: 'usage.exportOut' }, 'export');
    const language = currentLanguage();

    const target = values.article
      ? { articleId: await resolveArticleId(call, values.article) }
      : { collectionId: (await requireCollection(call, values.collection!)).id };
    const asPdf = (format === 'worksheet' || format === 'answer-key') && (values.pdf || /\.pdf$/i.test(values.out));
    if (values.pdf && !asPdf && format !== 'pdf') {
      throw new UsageError({ key: 'usage.exportPdf' }, 'export');
    }
    const reviewer = {
      ...(values.reviewer ? { name: values.reviewer } : {}),
      ...(values.organization ? { organization: values.organization } : {}),
      ...(values['publish-url'] ? { publishBaseUrl: values['publish-url'] } : {}),
    };
    const file = await call('exports.run', { ...(asPdf ? { format: 'pdf', pdfOf: format } : { format }), ...target, reviewer, language });
    const warnings = file.warnings ?? [];
    const data = Buffer.from(file.dataBase64, 'base64');
    const path = (await isFolder(values.out)) ? join(values.out, file.fileName) : values.out;
    await writeWholeFile(path, data);
    if (out.json) return out.value({ path, fileName: file.fileName, mimeType: file.mimeType, bytes: data.length, warnings });
    for (const w of warnings) out.warn(t('cli:export.warning', { warning: w }));
    out.line(t('cli:export.wrote', { path, type: file.mimeType, bytes: data.length }));
  },
});

function isFormat(s: string): s is Format {
  return (exportFormats as readonly string[]).includes(s);
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
