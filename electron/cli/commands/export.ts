import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFormats } from '../../../shared/limits.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { writeWholeFile } from '../files.js';
import { requireCollection, resolveArticleId } from '../resolve.js';

type Format = (typeof exportFormats)[number];

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'export an article or a collection as a report, a worksheet, data or an exchange file',
  usage: [
    'export FORMAT (--article ID | --collection NAME) --out PATH [--data-dir DIR] [--json]',
    '',
    `  FORMAT             one of ${exportFormats.join(', ')}`,
    '  --article ID       one article (ID may be the start of its id)',
    '  --collection NAME  a collection, by name or id',
    '  --out PATH         the file to write, or a folder to write it into under its own name',
    '  --pdf              worksheet and answer-key as PDF (also when PATH ends in .pdf)',
  ],
  options: { article: { type: 'string' }, collection: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ values, positionals, out, call }) {
    const format = positionals[0]!.toLowerCase();
    if (!isFormat(format)) throw new UsageError(`Unknown format "${positionals[0]}"; use one of ${exportFormats.join(', ')}.`, 'export');
    if (Boolean(values.article) === Boolean(values.collection)) {
      throw new UsageError('Give either --article ID or --collection NAME.', 'export');
    }
    if (!values.out) throw new UsageError('Give the file to write with --out PATH.', 'export');

    const target = values.article
      ? { articleId: await resolveArticleId(call, values.article) }
      : { collectionId: (await requireCollection(call, values.collection!)).id };
    const asPdf = (format === 'worksheet' || format === 'answer-key') && (values.pdf || /\.pdf$/i.test(values.out));
    if (values.pdf && !asPdf && format !== 'pdf') {
      throw new UsageError('--pdf goes with worksheet or answer-key; for the report, use the format pdf.', 'export');
    }
    const file = await call('exports.run', asPdf ? { format: 'pdf', pdfOf: format, ...target } : { format, ...target });
    const data = Buffer.from(file.dataBase64, 'base64');
    const path = (await isFolder(values.out)) ? join(values.out, file.fileName) : values.out;
    await writeWholeFile(path, data);
    if (out.json) return out.value({ path, fileName: file.fileName, mimeType: file.mimeType, bytes: data.length });
    out.line(`Wrote ${path} (${file.mimeType}, ${data.length.toLocaleString('en')} bytes).`);
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
