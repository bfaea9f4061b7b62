// Import and search at library scale: 10,000 generated articles of ~1,000 words.
// Gloss (the core API in-process, the `gloss` CLI, the core worker under a window's thread)
// side by side with what a developer would otherwise write: bare better-sqlite3 + FTS5.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ImportReport } from '../shared/model.js';
import type { Result } from '../shared/result.js';
import { openCore } from '../electron/core/api.js';
import { dispatch } from '../electron/core/dispatch.js';
import { startCoreWorker } from '../electron/core/worker/client.js';
import { generateArticle, generateQueries, type GeneratedArticle } from './generated-articles.js';
import { percentile } from './stats.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const QUERIES = 1_000;
const BATCH = 200; // what `gloss import` sends per call
const QUERY_LIMIT = 50; // search.query's default
const BASELINE_MS = 5_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gloss-bench-core-'));
const log = (s: string) => process.stderr.write(s + '\n');

type File = { name: string; dataBase64: string };

try {
  log(`generating ${ARTICLES} articles in ${work}`);
  const articles: GeneratedArticle[] = Array.from({ length: ARTICLES }, (_, i) => generateArticle(i));
  const batches: File[][] = [];
  for (let i = 0; i < ARTICLES; i += BATCH) {
    batches.push(articles.slice(i, i + BATCH).map((a) => ({ name: a.name, dataBase64: Buffer.from(a.text).toString('base64') })));
  }
  const queries = generateQueries(QUERIES);

  const core = await coreImport(batches);
  const bare = bareImport(articles);
  const cli = cliImport(articles);
  const search = await coreQueries(core.dataDir, queries);
  const bareSearch = bareQueries(bare.file, queries);
  const stall = await workerImport(batches);

  const rows: Array<[string, string, string, string, string]> = [
    ['Import, articles/s, in-process core API (cleaning, metadata, blocks, FTS)', rate(core.perSecond), rate(bare.perSecond), '≥ 5,000', verdict(core.perSecond >= 5000)],
    ['Import, articles/s, `gloss import` of files on disk, process start included', rate(cli.perSecond), '—', '≥ 1,000', verdict(cli.perSecond >= 1000)],
    ['Import, articles/s, core worker (as the app runs it)', rate(stall.perSecond), '—', '', ''],
    ['Import, articles per CPU-second, in-process (what an idle machine approaches)', rate(core.perCpuSecond), rate(bare.perCpuSecond), '', ''],
    [`Search, p50 ms (${QUERIES} queries of 1–2 terms, ${QUERY_LIMIT} hits with snippets)`, ms(search.p50), ms(bareSearch.p50), '', ''],
    ['Search, p95 ms', ms(search.p95), ms(bareSearch.p95), '< 5', verdict(search.p95 < 5)],
    ['Search, p50 / p95 CPU ms per query', `${ms(search.cpuP50)} / ${ms(search.cpuP95)}`, `${ms(bareSearch.cpuP50)} / ${ms(bareSearch.cpuP95)}`, '', ''],
    ['Longest stall of the window’s thread during a worker import, ms (event-loop delay max)', ms(stall.max), '—', '≤ 50', verdict(stall.max <= 50)],
    ['Event-loop delay p99 during that import, ms', ms(stall.p99), '—', '', ''],
    ['Longest gap of a 1 ms setInterval during that import, ms', ms(stall.intervalMax), '—', '', ''],
    [`The same three with no import, over ${BASELINE_MS / 1000} s just before (the machine’s own stalls), ms`, `${ms(stall.baseline.max)} / ${ms(stall.baseline.p99)} / ${ms(stall.baseline.intervalMax)}`, '—', '', ''],
  ];
  const out = [
    `### Core: import and search of ${ARTICLES.toLocaleString('en')} articles`,
    '',
    `${ARTICLES.toLocaleString('en')} generated articles of ~1,000 words (${mb(core.bytes)} MB of text, as varied in words as the ` +
      `Rafah sample articles; a third with a date marker, ` +
      `a third with skip links and breadcrumbs, a third with a byline and footer), imported ${BATCH} per call into a fresh library ` +
      `(WAL, synchronous=FULL, 16 KB pages). The peer is bare better-sqlite3 with an FTS5 table (same pragmas, same batches, no cleaning) and ` +
      `\`SELECT … snippet() … WHERE t MATCH ? ORDER BY rank LIMIT ${QUERY_LIMIT}\`. Gloss's queries treat the last word as a prefix ` +
      `(search as you type), the peer's do not. What FTS5 indexing costs depends on how varied the words are: the same peer ` +
      `indexes text drawn from 300 distinct words about three times as fast.`,
    '',
    '| Measure | Gloss | bare better-sqlite3 + FTS5 | Target | |',
    '|---|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `Imported ${core.imported.toLocaleString('en')} in the core, ${cli.imported.toLocaleString('en')} through the CLI and ` +
      `${stall.imported.toLocaleString('en')} through the worker; search found hits for ${search.withHits} of ${QUERIES} queries ` +
      `(bare: ${bareSearch.withHits}). Query terms are words of every frequency but the ~100 most common; a query matches ` +
      `${bareSearch.medianMatched.toLocaleString('en')} articles at the median and ${bareSearch.maxMatched.toLocaleString('en')} at most.`,
  ];
  process.stdout.write(out.join('\n') + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function coreImport(batches: File[][]) {
  const dataDir = join(work, 'core');
  const core = await openCore(dataDir);
  let imported = 0;
  let bytes = 0;
  for (const b of batches) for (const f of b) bytes += (f.dataBase64.length * 3) / 4;
  log('(a) core import');
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const files of batches) imported += unwrap<ImportReport>(await dispatch(core.api, 'articles.import', { files })).imported.length;
  const cpuSeconds = cpuMs(process.cpuUsage(cpu)) / 1000;
  const seconds = (performance.now() - started) / 1000;
  core.close();
  log(`    ${imported} in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)`);
  return { dataDir, imported, bytes, perSecond: imported / seconds, perCpuSecond: imported / cpuSeconds };
}

function bareImport(articles: GeneratedArticle[]) {
  const file = join(work, 'bare.sqlite');
  const db = new Database(file);
  db.pragma('page_size = 16384'); // as Gloss creates its libraries
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE VIRTUAL TABLE t USING fts5 (title, body)');
  const insert = db.prepare('INSERT INTO t (title, body) VALUES (?, ?)');
  const insertBatch = db.transaction((batch: GeneratedArticle[]) => {
    for (const a of batch) insert.run(a.title, a.text);
  });
  log('(b) bare FTS5 insert');
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < articles.length; i += BATCH) insertBatch(articles.slice(i, i + BATCH));
  const cpuSeconds = cpuMs(process.cpuUsage(cpu)) / 1000;
  const seconds = (performance.now() - started) / 1000;
  db.close();
  log(`    ${articles.length} in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)`);
  return { file, perSecond: articles.length / seconds, perCpuSecond: articles.length / cpuSeconds };
}

function cliImport(articles: GeneratedArticle[]) {
  const dir = join(work, 'files');
  mkdirSync(dir);
  const paths = articles.map((a) => {
    const path = join(dir, a.name);
    writeFileSync(path, a.text);
    return path;
  });
  log('(c) gloss import');
  const started = performance.now();
  const stdout = execFileSync(process.execPath, [join(root, 'bin/gloss.mjs'), 'import', ...paths, '--data-dir', join(work, 'cli'), '--json'], {
    cwd: root,
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  const imported = (JSON.parse(stdout.toString('utf8')) as ImportReport).imported.length;
  log(`    ${imported} in ${seconds.toFixed(1)} s`);
  return { imported, perSecond: imported / seconds };
}

async function coreQueries(dataDir: string, queries: string[]) {
  const core = await openCore(dataDir);
  log('(d) search.query');
  for (const q of queries.slice(0, 50)) await dispatch(core.api, 'search.query', { q }); // warm the page cache
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let withHits = 0;
  for (const q of queries) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const hits = unwrap<unknown[]>(await dispatch(core.api, 'search.query', { q, limit: QUERY_LIMIT }));
    cpuTimes.push(cpuMs(process.cpuUsage(cpu)));
    times.push(performance.now() - started);
    if (hits.length > 0) withHits++;
  }
  core.close();
  return { ...percentiles(times), ...cpuPercentiles(cpuTimes), withHits };
}

function bareQueries(file: string, queries: string[]) {
  const db = new Database(file, { readonly: true });
  const query = db.prepare(
    `SELECT rowid, title, snippet(t, 1, '[', ']', '…', 16) AS snippet FROM t WHERE t MATCH ? ORDER BY rank LIMIT ${QUERY_LIMIT}`,
  );
  const count = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
  const matched = queries.map((q) => count.get(q) as number).sort((a, b) => a - b);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let withHits = 0;
  for (const q of queries.slice(0, 50)) query.all(q);
  for (const q of queries) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const hits = query.all(q);
    cpuTimes.push(cpuMs(process.cpuUsage(cpu)));
    times.push(performance.now() - started);
    if (hits.length > 0) withHits++;
  }
  db.close();
  return { ...percentiles(times), ...cpuPercentiles(cpuTimes), withHits, medianMatched: matched[matched.length >> 1]!, maxMatched: matched.at(-1)! };
}

/** The window's thread hands the import to the core worker and must keep answering meanwhile. */
async function workerImport(batches: File[][]) {
  const worker = await startCoreWorker({ dataDir: join(work, 'worker') });
  log(`(e) ${BASELINE_MS / 1000} s of this thread's own stalls, then an import through the core worker`);
  const baseline = watchThisThread();
  await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
  const idle = baseline.stop();
  const during = watchThisThread();
  let imported = 0;
  const started = performance.now();
  for (const files of batches) imported += unwrap<ImportReport>(await worker.call('articles.import', { files })).imported.length;
  const seconds = (performance.now() - started) / 1000;
  const busy = during.stop();
  await worker.close();
  log(`    ${imported} in ${seconds.toFixed(1)} s`);
  return { imported, perSecond: imported / seconds, ...busy, baseline: idle };
}

/** Event-loop delay (max, p99) and the longest gap between ticks of a 1 ms timer, until stop(). */
function watchThisThread() {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let intervalMax = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    intervalMax = Math.max(intervalMax, now - last);
    last = now;
  }, 1);
  delay.enable();
  return {
    stop() {
      delay.disable();
      clearInterval(ticker);
      return { max: delay.max / 1e6, p99: delay.percentile(99) / 1e6, intervalMax };
    },
  };
}

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function percentiles(times: number[]) {
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function cpuPercentiles(times: number[]) {
  const { p50, p95 } = percentiles(times);
  return { cpuP50: p50, cpuP95: p95 };
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function rate(n: number): string {
  return Math.round(n).toLocaleString('en');
}
function ms(n: number): string {
  return n < 10 ? n.toFixed(2) : n.toFixed(0);
}
function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}
