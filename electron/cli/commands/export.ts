import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFormats } from '../../../shared/limits.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { writeWholeFile } from '../files.js';
import { langOption, langUsage, reportLanguage } from '../report-language.js';
import { requireCollection, resolveArticleId } from '../resolve.js';

type Format = (typeof exportFormats)[number];

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'export an article or a collection as a report, a worksheet, data or an exchange file',
  usage: [
    'export FORMAT (--article ID | --collection NAME) --out PATH [--publish-url BASE] [--reviewer NAME]',
    '       [--organization NAME] [--lang CODE] [--data-dir DIR] [--json]',
    '',
    `  FORMAT             one of ${exportFormats.join(', ')}`,
    '  --article ID       one article (ID may be the start of its id)',
    '  --collection NAME  a collection, by name or id',
    '  --out PATH         the file to write, or a folder to write it into under its own name',
    '  --pdf              worksheet and answer-key as PDF (also when PATH ends in .pdf)',
    '  --publish-url BASE where the reports are published: each ClaimReview links to its claim there',
    '  --reviewer NAME    who reviewed the claims (ClaimReview author)',
    '  --organization O   the reviewing organization (the author instead of the reviewer)',
    langUsage,
  ],
  options: {
    article: { type: 'string' },
    collection: { type: 'string' },
    out: { type: 'string' },
    pdf: { type: 'boolean' },
    'publish-url': { type: 'string' },
    reviewer: { type: 'string' },
    organization: { type: 'string' },
    ...langOption,
  },
  positionals: [1, 1],
  async run({ values, positionals, out, call }) {
    const format = positionals[0]!.toLowerCase();
    if (!isFormat(format)) throw new UsageError(`Unknown format "${positionals[0]}"; use one of ${exportFormats.join(', ')}.`, 'export');
    if (Boolean(values.article) === Boolean(values.collection)) {
      throw new UsageError('Give either --article ID or --collection NAME.', 'export');
    }
    if (!values.out) throw new UsageError('Give the file to write with --out PATH.', 'export');
    const language = reportLanguage(values.lang, 'export');

    const target = values.article
      ? { articleId: await resolveArticleId(call, values.article) }
      : { collectionId: (await requireCollection(call, values.collection!)).id };
    const asPdf = (format === 'worksheet' || format === 'answer-key') && (values.pdf || /\.pdf$/i.test(values.out));
    if (values.pdf && !asPdf && format !== 'pdf') {
      throw new UsageError('--pdf goes with worksheet or answer-key; for the report, use the format pdf.', 'export');
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
    for (const w of warnings) out.warn(`warning: ${w}`);
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
