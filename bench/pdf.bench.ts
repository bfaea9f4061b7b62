// PDF import: 100 ten-page article PDFs printed by Chromium (running heads and feet, two
// heading levels), imported through the core API in-process, beside poppler's `pdftotext`
// on the same files (text only: no blocks, no headings, running heads and page numbers left in).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../electron/core/api.js';
import { dispatch } from '../electron/core/dispatch.js';
import { closeHtmlWorker } from '../electron/core/import/index.js';
import type { ImportReport } from '../shared/model.js';
import { HEADER, PdfPrinter, articleHtml, type PdfArticle } from '../tests/helpers/pdf-fixtures.js';
import { generateArticle } from './generated-articles.js';
import { median } from './stats.js';

const FILES = Number(process.env.BENCH_PDFS ?? 100);
/** Words per PDF: about ten A4 pages of 11 pt text. */
const WORDS = 4_600;
const BATCH = 20;

const log = (s: string) => process.stderr.write(s + '\n');
const work = mkdtempSync(join(tmpdir(), 'gloss-bench-pdf-'));

/** PDF i's article: paragraphs of generated articles, a heading every few paragraphs, some of them third-level. */
function article(i: number): PdfArticle {
  const paragraphs: string[] = [];
  let words = 0;
  for (let n = 0; words < WORDS; n++) {
    for (const block of generateArticle(i * 10 + n).text.split('\n\n')) {
      if (block.length < 300 || words >= WORDS) continue;
      const text = block.replace(/^ date \S+ /, '');
      paragraphs.push(text);
      words += text.split(' ').length;
    }
  }
  const sections: PdfArticle['sections'] = [];
  for (let p = 0; p < paragraphs.length; p += 4) {
    sections.push({ heading: `Part ${sections.length + 1} of report ${i + 1}`, level: sections.length % 3 === 2 ? 3 : 2, paragraphs: paragraphs.slice(p, p + 4) });
  }
  return { title: `Report ${i + 1} on the harbour works`, date: 'March 12, 2024', sections };
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

try {
  log(`printing ${FILES} PDFs with Chromium into ${work}`);
  const printer = await PdfPrinter.open();
  const files: Array<{ name: string; path: string; bytes: Uint8Array }> = [];
  for (let i = 0; i < FILES; i++) {
    const bytes = await printer.print(articleHtml(article(i)));
    const name = `report-${String(i).padStart(3, '0')}.pdf`;
    writeFileSync(join(work, name), bytes);
    files.push({ name, path: join(work, name), bytes });
  }
  await printer.close();
  const pageCounts = files.map((f) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f.path], { encoding: 'utf8' }))?.[1] ?? 0));
  const pages = pageCounts.reduce((a, b) => a + b, 0);
  const megabytes = files.reduce((a, f) => a + f.bytes.length, 0) / 1024 / 1024;

  log('importing with Gloss');
  const core = await openCore(join(work, 'library'), () => {});
  let t = performance.now();
  const cpu = cpuSeconds();
  const imported: ImportReport['imported'] = [];
  const failed: ImportReport['failed'] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH).map((f) => ({ name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') }));
    const r = await dispatch(core.api, 'articles.import', { files: batch });
    if (!r.ok) throw new Error(r.error.message);
    const report = r.value as ImportReport;
    imported.push(...report.imported);
    failed.push(...report.failed);
  }
  const glossSeconds = (performance.now() - t) / 1000;
  // The parse worker's CPU is not this process's: wall time is the fair figure; CPU shows the main thread's share.
  const glossCpu = cpuSeconds() - cpu;
  const bodies = await Promise.all(imported.map(async (a) => (await dispatch(core.api, 'articles.get', { id: a.id })) as { ok: true; value: { body: string; blocks: Array<{ page?: number }> } }));
  const glossHeads = bodies.filter((b) => b.value.body.includes(HEADER)).length;
  const withPages = bodies.filter((b) => b.value.blocks.every((x) => typeof x.page === 'number')).length;
  core.close();
  await closeHtmlWorker();

  log('extracting with pdftotext');
  t = performance.now();
  const perFile: number[] = [];
  let popplerHeads = 0;
  for (const f of files) {
    const s = performance.now();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', f.path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    perFile.push(performance.now() - s);
    if (text.includes(HEADER)) popplerHeads++;
  }
  const popplerSeconds = (performance.now() - t) / 1000;

  const rate = (n: number, s: number) => (n / s).toFixed(1);
  console.log(
    [
      '### PDF: importing 100 ten-page PDFs',
      '',
      `${files.length} article PDFs printed by Chromium from generated text (${pages} pages, ${(pages / files.length).toFixed(1)} a file, ${megabytes.toFixed(1)} MB; running head, footer with "Page N of M", second- and third-level headings), imported ${BATCH} per call through the core API in-process: pdf.js in the parse worker, layout to blocks, cleaning, language, FTS. The peer is poppler's \`pdftotext\` run once per file on the same files (its process start included, as Gloss's worker start is), which gives plain text: no headings or paragraphs as blocks, no page per block, running heads and page numbers left in.`,
      '',
      '| Measure | Gloss | pdftotext (poppler) |',
      '|---|---:|---:|',
      `| Files/s | ${rate(files.length, glossSeconds)} | ${rate(files.length, popplerSeconds)} |`,
      `| Pages/s | ${rate(pages, glossSeconds)} | ${rate(pages, popplerSeconds)} |`,
      `| Wall time, s | ${glossSeconds.toFixed(1)} | ${popplerSeconds.toFixed(1)} |`,
      `| ms per file (Gloss: mean over the batches; pdftotext: median) | ${((glossSeconds * 1000) / files.length).toFixed(0)} | ${median(perFile).toFixed(0)} |`,
      `| Files whose text still holds the running head | ${glossHeads} of ${imported.length} | ${popplerHeads} of ${files.length} |`,
      `| Files with the page of every block | ${withPages} of ${imported.length} | — |`,
      '',
      `Imported ${imported.length}, failed ${failed.length}${failed.length ? ` (${failed[0]!.message})` : ''}; the calling thread used ${glossCpu.toFixed(1)} CPU-seconds of Gloss's wall time (the rest is the parse worker).`,
    ].join('\n'),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
