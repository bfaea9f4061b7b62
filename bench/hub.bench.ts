// Team hub sync at desk scale: a first sync of 10,000 claims (sent by one library, received by
// another) and an incremental sync of 100 changed claims, beside the same rows moved through
// node-postgres by hand into a bare table, no merge: a COPY, and a multi-row INSERT per 1,000.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openCore, type Core } from '../electron/core/api.js';
import { contentHash } from '../electron/core/article-import.js';
import { dispatch } from '../electron/core/dispatch.js';
import { addMember, createWorkspace } from '../electron/core/hub/admin.js';
import { migrateHub } from '../electron/core/hub/schema.js';
import { syncWithHub } from '../electron/core/hub/sync.js';
import { postgresMissing, startCluster } from '../tests/helpers/postgres.js';
import { tempDir } from '../tests/helpers/tmp.js';
import { median } from './stats.js';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 10_000);
const CHANGES = 100;
const RUNS = 3;
const PASSWORD = 'bench password';
const TEXT = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later.';
const log = (s: string) => process.stderr.write(s + '\n');

if (postgresMissing()) {
  console.log('### Team hub: sync\n\nNot run: PostgreSQL is not installed on this machine.');
  process.exit(0);
}

function bundle(n: number): string {
  const start = TEXT.indexOf('fuel');
  return JSON.stringify({
    format: 'gloss-exchange', version: 2, exportedAt: new Date().toISOString(), generator: 'bench', collections: [], taxonomies: [],
    articles: [{
      id: 'bench-article', title: 'Crossing', outlet: null, author: null, publishedAt: null, sourceUrl: null, language: 'en', direction: 'ltr',
      body: TEXT, blocks: [], wordCount: 17, contentHash: contentHash(TEXT), originalName: null, originalType: null,
      createdAt: '2024-05-07T10:00:00.000Z', updatedAt: '2024-05-07T10:00:00.000Z',
    }],
    annotations: Array.from({ length: n }, (_, i) => ({
      id: randomUUID(), articleId: 'bench-article', start, end: start + 4, quote: { exact: 'fuel', prefix: '', suffix: '' },
      statusTagId: 'status:not-checked', tagIds: ['technique:loaded-language'], note: `claim ${i}: a note of some length, as a checker writes it`,
      evidence: [{ id: randomUUID(), url: 'https://example.org/source', title: 'Source', note: '' }], orphaned: false,
      createdAt: '2024-05-07T10:00:00.000Z', updatedAt: '2024-05-07T10:00:00.000Z', revision: 1,
    })),
    links: [],
  });
}

const cluster = await startCluster();
const dirs: Array<ReturnType<typeof tempDir>> = [];
const cores: Core[] = [];
async function library(): Promise<Core> {
  const dir = tempDir('gloss-bench-hub-');
  dirs.push(dir);
  const core = await openCore(dir.path);
  cores.push(core);
  return core;
}
/** Rows into `table` with COPY … FROM STDIN (CSV: a field in quotes, quotes doubled). */
async function copyInto(client: pg.Client, table: string, records: Array<{ id: string }>): Promise<void> {
  const csv = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = records.map((r) => `${csv(r.id)},${csv(JSON.stringify(r))}\n`);
  // 1,000 rows a chunk: one network write per row would time the stream, not COPY.
  const chunks = Array.from({ length: Math.ceil(lines.length / 1000) }, (_, i) => lines.slice(i * 1000, (i + 1) * 1000).join(''));
  await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${table} (id, data) FROM STDIN WITH (FORMAT csv)`)));
}

const time = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  return performance.now() - t;
};

const rows: Record<'first' | 'receive' | 'incremental' | 'copyFirst' | 'copyIncremental' | 'insertFirst' | 'insertIncremental', number[]> = {
  first: [], receive: [], incremental: [], copyFirst: [], copyIncremental: [], insertFirst: [], insertIncremental: [],
};
try {
  const admin = await cluster.admin();
  await migrateHub(admin);
  await admin.query('CREATE TABLE bare (id text PRIMARY KEY, data jsonb NOT NULL)');
  for (let run = 0; run < RUNS; run++) {
    const ws = `Desk ${run}`;
    await createWorkspace(admin, ws);
    await addMember(admin, { workspace: ws, user: 'bench', role: 'checker', password: PASSWORD });
    const target = { url: cluster.url('bench'), workspace: ws, password: PASSWORD };
    const sender = await library();
    const receiver = await library();
    const file = bundle(CLAIMS);
    await dispatch(sender.api, 'exports.importBundle', { name: 'bench.gloss', dataBase64: Buffer.from(file).toString('base64') });
    rows.first.push(await time(() => syncWithHub(sender.db, target)));
    rows.receive.push(await time(() => syncWithHub(receiver.db, target)));
    const ids = (sender.db.prepare('SELECT id FROM annotations LIMIT ?').all(CHANGES) as Array<{ id: string }>).map((r) => r.id);
    for (const id of ids) await dispatch(sender.api, 'annotations.update', { id, note: `changed in run ${run}` });
    rows.incremental.push(await time(() => syncWithHub(sender.db, target)));

    // The peers: the same records straight into a bare table, by COPY and by multi-row INSERT.
    const records = (JSON.parse(file) as { annotations: Array<{ id: string }> }).annotations;
    const changed = records.slice(0, CHANGES).map((r) => ({ ...r, note: `changed in run ${run}` }));
    await admin.query('TRUNCATE bare');
    rows.copyFirst.push(await time(() => copyInto(admin, 'bare', records)));
    // COPY cannot update: the changes go to a staging table, then over the rows they replace.
    rows.copyIncremental.push(
      await time(async () => {
        await admin.query('BEGIN');
        await admin.query('CREATE TEMP TABLE staged (id text, data jsonb) ON COMMIT DROP');
        await copyInto(admin, 'staged', changed);
        await admin.query('UPDATE bare SET data = staged.data FROM staged WHERE bare.id = staged.id');
        await admin.query('COMMIT');
      }),
    );
    await admin.query('TRUNCATE bare');
    const insert = (batch: unknown[]) =>
      admin.query(
        `INSERT INTO bare (id, data) SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) x
         ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
        [JSON.stringify(batch)],
      );
    rows.insertFirst.push(
      await time(async () => {
        await admin.query('BEGIN');
        for (let i = 0; i < records.length; i += 1000) await insert(records.slice(i, i + 1000));
        await admin.query('COMMIT');
      }),
    );
    rows.insertIncremental.push(await time(() => insert(changed)));
    log(`run ${run + 1}: first ${rows.first.at(-1)!.toFixed(0)} ms, receive ${rows.receive.at(-1)!.toFixed(0)} ms, incremental ${rows.incremental.at(-1)!.toFixed(0)} ms`);
  }
  await admin.end();
} finally {
  for (const c of cores) c.close();
  for (const d of dirs) d.remove();
  cluster.stop();
}

const ms = (xs: number[]) => `${Math.round(median(xs)).toLocaleString('en')} ms`;
const rate = (xs: number[], n: number) => `${Math.round(n / (median(xs) / 1000)).toLocaleString('en')}/s`;
console.log(`### Team hub: sync

A throwaway PostgreSQL 15 cluster on loopback (fsync off, as the tests run it), one workspace per run, a checker's login. One article with ${CLAIMS.toLocaleString('en')} claims, each with a status, a technique, a note and one piece of evidence, put in a library by one exchange-file import; median of ${RUNS} runs. "Send" is \`syncWithHub\` from that library into an empty workspace (find what differs from what the hub holds by the claims' clocks, read those claims as exchange records, upsert them in batches of 1,000 in one transaction with the claims' history, record what was sent); "receive" is a second, empty library's first sync (read everything in one snapshot, validate each record, merge it through the exchange-file merge, one SQLite transaction). The incremental sync sends ${CHANGES} claims changed through the API: one query over the claims' clocks finds them, only they are read as records, and the pull skips the rows of the library's own previous push. The peers move the same claim records with node-postgres alone into a bare table (id, jsonb), no validation, no merge, no row-level security, nothing recorded locally: a \`COPY … FROM STDIN\` (pg-copy-streams, CSV; the ${CHANGES} changes through a temporary table and one \`UPDATE … FROM\`, since COPY cannot update), and a multi-row \`INSERT … SELECT FROM jsonb_array_elements … ON CONFLICT DO UPDATE\` per 1,000.

| Measure | Gloss sync | bare COPY | bare multi-row INSERT |
|---|---:|---:|---:|
| First sync, send ${CLAIMS.toLocaleString('en')} claims | ${ms(rows.first)} (${rate(rows.first, CLAIMS)}) | ${ms(rows.copyFirst)} (${rate(rows.copyFirst, CLAIMS)}) | ${ms(rows.insertFirst)} (${rate(rows.insertFirst, CLAIMS)}) |
| First sync, receive ${CLAIMS.toLocaleString('en')} claims into an empty library | ${ms(rows.receive)} (${rate(rows.receive, CLAIMS)}) | — | — |
| Incremental sync, ${CHANGES} changed claims | ${ms(rows.incremental)} | ${ms(rows.copyIncremental)} | ${ms(rows.insertIncremental)} |`);
