// The library as it grows (issue 11): libraries of generated articles (Zipf vocabulary of
// 30,000 words), each measure beside its plain peer on a bare better-sqlite3 + FTS5 database
// of the same files. Sizes: BENCH_SCALE_SIZES (default 1000,10000; add 100000 for the full run,
// which takes long on a busy 2-core machine). Measured at the core worker, as the app calls it,
// and for the first rows and the jump to the end also in the browser (scale-page.ts).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleWindow } from '../shared/contract/list.js';
import { IMPORT_CALLS_IN_FLIGHT, inFlight } from '../shared/in-flight.js';
import type { Result } from '../shared/result.js';
import { startCoreWorker, type CoreWorker } from '../electron/core/worker/client.js';
import { repoRoot } from '../tests/helpers/corpus.js';
import { measureArticleOpen } from './article-open.js';
import { generateArticle, generateQueries } from './generated-articles.js';
import { measurePages, type PageTimes } from './scale-page.js';
import { median, percentile } from './stats.js';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000').split(',').map(Number);
const BATCH = 200;
/** Batches made before the clock starts and imported in one go. */
const BATCHES_TIMED_TOGETHER = 10;
const CLAIMS = 5_000;
const KEY_GAP_MS = 200;
const log = (...a: unknown[]) => console.error('[scale]', ...a);

// The core worker as the desktop app runs it: bundled, built from this tree now. (Browser mode
// runs the source under tsx, whose helpers take about a second longer to load their code.)
if (spawnSync(process.execPath, ['scripts/build.mjs', 'electron'], { cwd: repoRoot, stdio: ['ignore', 2, 2] }).status !== 0) throw new Error('The core did not build.');
const startCore = (dataDir: string) => startCoreWorker({ dataDir, entry: new URL('../dist/electron/core-worker.mjs', import.meta.url) });
const work = mkdtempSync(join(tmpdir(), 'gloss-bench-scale-'));

function unwrap<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await f();
  return [value, performance.now() - started];
}

/** CPU time of all the process's threads (the core worker and its helpers are threads of it). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const fileSize = (path: string) => ['', '-wal'].reduce((sum, end) => sum + (statSync(path + end, { throwIfNoEntry: false })?.size ?? 0), 0);

interface SizeResult {
  size: number;
  importRate: number;
  bareImportRate: number;
  /** From the second batch on: the first also loads the import's code and language tables. */
  warmImportRate: number;
  bareWarmImportRate: number;
  /** CPU time of every thread of the process per article, from the second batch on: what a busy machine must find. */
  importCpuMs: number;
  bareImportCpuMs: number;
  /** What the library's bytes are made of, per article (SQLite's dbstat), largest first. */
  parts: Array<[string, number]>;
  bytesPerArticle: number;
  bareBytesPerArticle: number;
  firstRows: number;
  /** The slowest first window of a filter that keeps few articles (the trash, an outlet, a month, a status), by any sort. */
  filteredFirstRows: number;
  wholeList: number;
  bareFirstRows: number;
  jumpToEnd: number;
  bareJumpToEnd: number;
  keyP50: number;
  keyP95: number;
  bareKeyP50: number;
  bareKeyP95: number;
  lastKeyToResults: number;
  bareLastQuery: number;
  claimsOpen: number;
  claimsBytes: number;
  bareClaimsOpen: number;
  /** In the browser: the app beside a plain page (null when the renderer is not built). */
  pages: PageTimes | null;
  claimsNear: number;
  nearBytes: number;
  page: Awaited<ReturnType<typeof measureArticleOpen>>;
}

async function measure(size: number): Promise<SizeResult> {
  const dir = join(work, `core-${size}`);
  const core: CoreWorker = await startCore(dir);
  const bare = new Database(join(work, `bare-${size}.sqlite`));
  bare.pragma('page_size = 16384');
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec('CREATE TABLE articles (pk INTEGER PRIMARY KEY, title TEXT, created_at TEXT); CREATE VIRTUAL TABLE fts USING fts5 (title, body)');
  bare.exec('CREATE INDEX articles_created ON articles (created_at, pk)');
  const bareInsert = bare.prepare('INSERT INTO articles (title, created_at) VALUES (?, ?)');
  const bareFts = bare.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  const bareBatch = bare.transaction((batch: Array<{ title: string; text: string }>) => {
    for (const a of batch) bareFts.run(bareInsert.run(a.title, new Date().toISOString()).lastInsertRowid, a.title, a.text);
  });

  // As the page imports (renderer/src/library/importer.ts): IMPORT_CALLS_IN_FLIGHT calls
  // outstanding, so the core prepares the next batch while it writes this one. The files are
  // made before the clock starts, a few batches at a time; the bare peer then imports the same
  // batches. The first batch goes alone, to tell its start-up apart.
  let coreMs = 0;
  let bareMs = 0;
  let firstCoreMs = 0;
  let firstBareMs = 0;
  let coreCpuMs = 0;
  let bareCpuMs = 0;
  for (let i = 0; i < size; ) {
    const count = i === 0 ? BATCH : Math.min(BATCH * BATCHES_TIMED_TOGETHER, size - i);
    const batches = Array.from({ length: Math.ceil(count / BATCH) }, (_, b) =>
      Array.from({ length: Math.min(BATCH, count - b * BATCH) }, (_, k) => generateArticle(i + b * BATCH + k)),
    );
    const files = batches.map((articles) => articles.map((a) => ({ name: a.name, dataBase64: Buffer.from(a.text).toString('base64') })));
    let cpu = cpuMs();
    coreMs += (
      await timed(async () => {
        for await (const [, result] of inFlight(files, IMPORT_CALLS_IN_FLIGHT, (batch) => core.call('articles.import', { files: batch }))) unwrap(result);
      })
    )[1];
    if (i > 0) coreCpuMs += cpuMs() - cpu;
    cpu = cpuMs();
    bareMs += (await timed(() => batches.forEach((articles) => bareBatch(articles))))[1];
    if (i > 0) bareCpuMs += cpuMs() - cpu;
    if (i === 0) [firstCoreMs, firstBareMs] = [coreMs, bareMs];
    if (Math.floor((i + count) / 10_000) > Math.floor(i / 10_000)) log(`${size}: ${i + count} imported`);
    i += count;
  }
  await core.close();
  bare.pragma('wal_checkpoint(TRUNCATE)');
  const bytesPerArticle = fileSize(join(dir, 'library.sqlite')) / size;
  const bareBytesPerArticle = fileSize(join(work, `bare-${size}.sqlite`)) / size;
  const stat = new Database(join(dir, 'library.sqlite'), { readonly: true });
  const parts = (stat.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as Array<{ name: string; bytes: number }>).map(
    (p): [string, number] => [p.name, p.bytes / size],
  );
  stat.close();

  const open = await startCore(dir);
  const runs = (n: number, f: () => Promise<unknown> | unknown) => (async () => {
    const times: number[] = [];
    for (let r = 0; r < n; r++) times.push((await timed(f))[1]);
    return median(times);
  })();
  const firstRows = await runs(5, async () => unwrap<ArticleWindow>(await open.call('list.window', { sort: 'createdAt', limit: 100 })));
  const wholeList = await runs(1, async () => unwrap(await open.call('articles.list', {})));
  const bareFirstRows = await runs(5, () => bare.prepare('SELECT pk, title FROM articles ORDER BY created_at DESC, pk DESC LIMIT 100').all());
  const jumpToEnd = await runs(5, async () => unwrap(await open.call('list.window', { sort: 'title', order: 'asc', last: true, limit: 100 })));
  // Filtered: the first rows of the trash, of one outlet, of a month and of a status, by every
  // sort; the slowest of those twenty.
  const oneOutlet = unwrap<string[]>(await open.call('list.outlets', {}))[0];
  const filters = [{ inTrash: true }, ...(oneOutlet ? [{ outlet: oneOutlet }] : []), { from: '2024-03-01', to: '2024-03-31' }, { statusTagId: 'status:false' }];
  let filteredFirstRows = 0;
  for (const filter of filters) {
    for (const sort of ['createdAt', 'title', 'publishedAt', 'outlet', 'annotationCount'] as const) {
      filteredFirstRows = Math.max(filteredFirstRows, await runs(3, async () => unwrap(await open.call('list.window', { ...filter, sort, limit: 100 }))));
    }
  }
  const bareJumpToEnd = await runs(5, () => bare.prepare('SELECT pk, title FROM articles ORDER BY title DESC, pk DESC LIMIT 100').all());

  // Typing queries a key at a time, KEY_GAP_MS apart, as the page sends them (client named).
  const words = generateQueries(20).map((q) => q.split(' ')[0]!);
  const keyTimes: number[] = [];
  const bareTimes: number[] = [];
  const lastKey: number[] = [];
  const bareLast: number[] = [];
  const bareSearch = bare.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 50');
  for (const word of words) {
    const pending: Array<Promise<unknown>> = [];
    let lastSent = 0;
    for (let k = 1; k <= word.length; k++) {
      const q = word.slice(0, k);
      lastSent = performance.now();
      const sent = lastSent;
      pending.push(open.call('search.query', { q }, 'bench-page').then((r) => r.ok && keyTimes.push(performance.now() - sent)));
      if (k > 1) bareTimes.push((await timed(() => bareSearch.all(`"${q}"*`)))[1]);
      await new Promise((done) => setTimeout(done, KEY_GAP_MS));
    }
    await Promise.all(pending);
    lastKey.push(performance.now() - lastSent - KEY_GAP_MS);
    bareLast.push((await timed(() => bareSearch.all(`"${word}"*`)))[1]);
  }

  // An article with 5,000 claims: a long one (the paragraphs of 25 generated articles, without
  // their page furniture: ~22,000 words), a claim every few words on word boundaries, put in
  // with plain SQL.
  const long = Array.from({ length: 25 }, (_, k) => generateArticle(size + k).text.split('\n').filter((line) => line.length > 200)).flat().join('\n\n');
  const { imported } = unwrap<{ imported: Array<{ id: string }> }>(await open.call('articles.importText', { text: long, title: 'A long hearing' }));
  const articleId = imported[0]!.id;
  const article = unwrap<{ body: string }>(await open.call('articles.get', { id: articleId }));
  await open.close();
  const db = new Database(join(dir, 'library.sqlite'));
  const insert = db.prepare(
    `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, status_tag_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)`,
  );
  const bodyWords = [...article.body.matchAll(/\S+/g)];
  db.transaction(() => {
    for (let c = 0; c < CLAIMS; c++) {
      const w = bodyWords[Math.floor((c / CLAIMS) * (bodyWords.length - 2))]!;
      const end = w.index + w[0].length;
      insert.run(`bench-claim-${c}`, articleId, w.index, end, article.body.slice(w.index, end), c % 3 ? null : 'status:false', 'now', 'now');
    }
  })();
  db.close();
  const reopened = await startCore(dir);
  let claimsBytes = 0;
  const claimsOpen = await runs(3, async () => {
    const list = unwrap(await reopened.call('annotations.list', { articleId }));
    claimsBytes = JSON.stringify(list).length;
  });
  let nearBytes = 0;
  const claimsNear = await runs(3, async () => {
    const near = unwrap(await reopened.call('annotations.inText', { articleId, from: 0, to: 8192 }));
    const list = unwrap(await reopened.call('annotations.window', { articleId, offset: 0, limit: 100 }));
    nearBytes = JSON.stringify(near).length + JSON.stringify(list).length;
  });
  await reopened.close();
  const plain = new Database(join(dir, 'library.sqlite'), { readonly: true });
  const bareClaimsOpen = await runs(3, () => plain.prepare('SELECT id, start, "end", exact, status_tag_id, note FROM annotations WHERE article_id = ?').all(articleId));
  plain.close();
  const pages = await measurePages(dir, bare, size);
  const page = await measureArticleOpen(dir, articleId);
  bare.close();

  return {
    size,
    importRate: size / (coreMs / 1000),
    bareImportRate: size / (bareMs / 1000),
    warmImportRate: (size - BATCH) / ((coreMs - firstCoreMs) / 1000),
    bareWarmImportRate: (size - BATCH) / ((bareMs - firstBareMs) / 1000),
    importCpuMs: coreCpuMs / (size - BATCH),
    bareImportCpuMs: bareCpuMs / (size - BATCH),
    parts,
    bytesPerArticle,
    bareBytesPerArticle,
    firstRows,
    filteredFirstRows,
    wholeList,
    bareFirstRows,
    jumpToEnd,
    bareJumpToEnd,
    keyP50: percentile(keyTimes, 50),
    keyP95: percentile(keyTimes, 95),
    bareKeyP50: percentile(bareTimes, 50),
    bareKeyP95: percentile(bareTimes, 95),
    lastKeyToResults: median(lastKey),
    bareLastQuery: median(bareLast),
    claimsOpen,
    claimsBytes,
    bareClaimsOpen,
    pages,
    claimsNear,
    nearBytes,
    page,
  };
}

const ms = (x: number) => x.toFixed(1);
const rate = (x: number) => Math.round(x).toLocaleString('en');
const kb = (x: number) => (x / 1024).toFixed(1);
function partsOf({ parts }: SizeResult): string {
  const of = (name: string) => parts.find(([n]) => n === name)?.[1] ?? 0;
  const fts = parts.filter(([n]) => n.startsWith('articles_fts')).reduce((sum, [, b]) => sum + b, 0);
  const named = of('articles') + fts + of('article_originals');
  const rest = parts.reduce((sum, [, b]) => sum + b, 0) - named;
  return [of('articles'), fts, of('article_originals'), rest].map(kb).join(' + ');
}
try {
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await measure(size));
  const head = `| Measure | ${results.map((r) => `${r.size.toLocaleString('en')}: Gloss | plain`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '--- | ---').join(' | ')} |`;
  const row = (what: string, f: (r: SizeResult) => [string, string]) => `| ${what} | ${results.map((r) => f(r).join(' | ')).join(' | ')} |`;
  process.stdout.write(
    [
      '### Scale: the library at 1k / 10k / 100k articles',
      '',
      `Generated articles (~1,000 words, Zipf vocabulary of 30,000 words) imported in batches of ${BATCH} through the core worker (bundled, as the desktop app runs it), ${IMPORT_CALLS_IN_FLIGHT} calls in flight as the page sends them; the plain peer is bare better-sqlite3 with an FTS5 table of the same texts and a table of titles (same pragmas, same batches). Times are medians, in ms unless said, at the core worker's door (no page rendering), except the two rows in the browser: browser mode in Chromium (the built renderer, from node scripts/build.mjs renderer; without it they show —), timed by the page's clock, 3 runs each, beside a plain page that renders the same first or last 100 rows fetched from the bare table. Sizes run: ${SIZES.join(', ')} (BENCH_SCALE_SIZES).`,
      '',
      head,
      rule,
      row('Import, articles/s (whole run)', (r) => [rate(r.importRate), rate(r.bareImportRate)]),
      row('…from the second batch on (the first also loads the import code and the language tables)', (r) => [rate(r.warmImportRate), rate(r.bareWarmImportRate)]),
      row('…CPU time per article, all threads, ms (from the second batch on; on a busy machine this decides the rate)', (r) => [r.importCpuMs.toFixed(2), r.bareImportCpuMs.toFixed(2)]),
      row('Library size, KB per article', (r) => [kb(r.bytesPerArticle), kb(r.bareBytesPerArticle)]),
      row('…of which: texts and metadata (articles) + FTS5 index + original files (article_originals) + the rest (indexes, other tables)', (r) => [partsOf(r), '—']),
      row('First 100 rows (list.window / bare ORDER BY … LIMIT 100)', (r) => [ms(r.firstRows), ms(r.bareFirstRows)]),
      row('…filtered, the slowest of the trash, one outlet, a month and a status by each of the five sorts', (r) => [ms(r.filteredFirstRows), '—']),
      row('The whole list in one answer (articles.list; the page no longer asks for it)', (r) => [ms(r.wholeList), '—']),
      row('Jump to the end: last 100 rows by title', (r) => [ms(r.jumpToEnd), ms(r.bareJumpToEnd)]),
      row(`Keystroke → results, p50 (typing ${KEY_GAP_MS} ms a key; bare: the same prefix query)`, (r) => [ms(r.keyP50), ms(r.bareKeyP50)]),
      row('Keystroke → results, p95', (r) => [ms(r.keyP95), ms(r.bareKeyP95)]),
      row('Last key → its results (bare: that query alone)', (r) => [ms(r.lastKeyToResults), ms(r.bareLastQuery)]),
      row(`Article with ${CLAIMS.toLocaleString('en')} claims: all of them, annotations.list (bare: one SELECT)`, (r) => [ms(r.claimsOpen), ms(r.bareClaimsOpen)]),
      row('…its answer, KB', (r) => [kb(r.claimsBytes), '—']),
      row('In the browser: navigation → first rows shown (the app, early when the page kept from the last start has the same rows / a plain page of 100 rows)', (r) => (r.pages ? [ms(r.pages.firstRows), ms(r.pages.plainFirstRows)] : ['—', '—'])),
      row('…→ the app\'s own first rows (interactive)', (r) => (r.pages ? [ms(r.pages.firstRowsInteractive), '—'] : ['—', '—'])),
      row('…→ first rows shown at a start with nothing kept (as after a change in the library; caches warm)', (r) => (r.pages ? [ms(r.pages.firstRowsNothingKept), '—'] : ['—', '—'])),
      row('…→ first rows shown at the first start in a fresh browser (nothing kept, nothing cached; one run)', (r) => (r.pages ? [ms(r.pages.firstRowsFirstStart), '—'] : ['—', '—'])),
      row('In the browser: jump to the end → last rows shown', (r) => (r.pages ? [ms(r.pages.jumpToEnd), ms(r.pages.plainJumpToEnd)] : ['—', '—'])),
      row('…what the reader asks for: the claims of the first 8,192 characters and the list\'s first 100 (inText + window)', (r) => [ms(r.claimsNear), '—']),
      row('…their answers, KB', (r) => [kb(r.nearBytes), '—']),
      row('…opened in the page: navigation → text shown (plain: the text from a bare SELECT)', (r) => [ms(r.page.gloss.textShown), ms(r.page.plain.textShown)]),
      row('…navigation → claims near the screen painted (plain: every claim painted)', (r) => [ms(r.page.gloss.claimsPainted), ms(r.page.plain.claimsPainted)]),
      row('…longest task while opening', (r) => [ms(r.page.gloss.longestOpening), ms(r.page.plain.longestOpening)]),
      row('…longest task scrolling the text, then the claims list, to their ends', (r) => [ms(r.page.gloss.longestScrolling), ms(r.page.plain.longestScrolling)]),
      row('…opened from its row in the library, the app already open: click → text shown', (r) => [ms(r.page.fromLibrary.textShown), '—']),
      row('…click → claims near the screen painted', (r) => [ms(r.page.fromLibrary.claimsPainted), '—']),
      row('…longest task from the click until a second after the claims are painted', (r) => [ms(r.page.fromLibrary.longestOpening), '—']),
    ].join('\n') + '\n',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
