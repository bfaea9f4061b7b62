// Opening the library database: check it, refuse what this app cannot read, back up, migrate.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlossError } from './errors.js';
import { GLOSS_APPLICATION_ID, lookAtLibraryFile, type LibraryFileLook } from './library-file.js';
import { registerSearchText } from './search-text.js';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  hash: string;
}

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((file, i) => {
      const version = Number(file.slice(0, 3));
      if (version !== i + 1) throw new Error(`Migration ${file} is out of sequence.`);
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return { version, name: file, sql, hash: createHash('sha256').update(sql).digest('hex') };
    });
}

/** How long a writer waits for another to finish before it gives up with `busy`. Write
 * transactions begin IMMEDIATE (`.immediate()`), so that they wait here at BEGIN: a deferred
 * one that upgrades from reading to writing cannot wait and fails at once. */
const BUSY_TIMEOUT_MS = 20_000;

export interface OpenOptions {
  /** Where to write the copy taken before an upgrade; defaults to beside the file. */
  backupPath?: (fromVersion: number) => string;
  migrations?: Migration[];
}

/**
 * Opens (or creates) a library. A damaged file, a file that is not a library, or one
 * written by a newer Gloss is refused with a clear error and left exactly as it was.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  const migrations = options.migrations ?? loadMigrations();
  const look: LibraryFileLook = file === ':memory:' ? { kind: 'missing' } : await lookSettled(file);
  await refuseForeign(file, look, migrations.length);
  const isNew = look.kind === 'missing';
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: !isNew });
  } catch (e) {
    throw new GlossError('database', { key: 'library.cannotOpen', params: { file, detail: (e as Error).message } });
  }
  try {
    registerSearchText(db);
    if (!isNew) checkIntegrity(db, file);
    const current = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.length;
    if (current > latest) throw newerLibrary(file, current, latest);
    // Articles are ~6-15 KB rows and the FTS index is written in large segments: 16 KB pages
    // spare most overflow chains and cut the CPU of an import by a fifth. Only a new, empty
    // file can take it (WAL fixes the page size once the first page is written).
    if (isNew) db.pragma('page_size = 16384');
    // Another Gloss (the CLI beside the app) may be writing: wait for it rather than fail.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // an acknowledged annotation survives a power cut
    db.pragma('foreign_keys = ON');
    if (current > 0) checkMigrationHashes(db, migrations.slice(0, current));
    if (current < latest && current > 0) {
      const target = options.backupPath?.(current) ?? `${file}.v${current}-${Date.now()}.bak`;
      await db.backup(target);
    }
    for (const m of migrations.slice(current)) applyMigration(db, m);
    if (db.pragma('application_id', { simple: true }) !== GLOSS_APPLICATION_ID) db.pragma(`application_id = ${GLOSS_APPLICATION_ID}`);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** How long an empty library file may be another Gloss creating it this moment (two `gloss`
 * commands started together) before it is refused as empty. */
const CREATING_MS = 3000;

async function lookSettled(file: string): Promise<LibraryFileLook> {
  let look = lookAtLibraryFile(file);
  for (const until = Date.now() + CREATING_MS; look.kind === 'empty' && Date.now() < until; look = lookAtLibraryFile(file)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return look;
}

function newerLibrary(file: string, version: number, latest: number): GlossError {
  return new GlossError('database', { key: 'library.newer', params: { file, version, latest } });
}

/** Refuses, before SQLite touches it, anything that is not a library this Gloss can open. */
async function refuseForeign(file: string, look: LibraryFileLook, latest: number): Promise<void> {
  if (look.kind === 'empty') throw new GlossError('database', { key: 'library.emptyFile', params: { file } });
  if (look.kind === 'not_sqlite') throw new GlossError('database', { key: 'library.notLibrary', params: { file } });
  if (look.kind !== 'sqlite') return;
  if (look.applicationId !== GLOSS_APPLICATION_ID && look.applicationId !== 0) {
    throw new GlossError('database', { key: 'library.otherProgram', params: { file } });
  }
  if (look.userVersion > latest) throw newerLibrary(file, look.userVersion, latest);
  if (look.applicationId === 0 && !(await hasGlossSchema(file))) {
    throw new GlossError('database', { key: 'library.otherSqlite', params: { file } });
  }
}

/**
 * Libraries from before the application id are adopted when they hold Gloss's schema (its first
 * migration is recorded in meta), as is a file with no schema at all (a first start cut short).
 * Looked at in a copy: even a read-only connection would rewrite the original's -shm.
 */
async function hasGlossSchema(file: string): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-look-'));
  try {
    const copy = join(dir, 'look.sqlite');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy);
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') return false;
      const objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
      if (objects === 0) return db.pragma('user_version', { simple: true }) === 0;
      const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
      return hasMeta && db.prepare("SELECT 1 FROM meta WHERE key = 'migration:001-init.sql'").get() !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkIntegrity(db: Db, file: string): void {
  let result: string;
  try {
    result = db.pragma('quick_check', { simple: true }) as string;
  } catch (e) {
    throw new GlossError('database', { key: 'library.notLibraryDetail', params: { file, detail: (e as Error).message } });
  }
  if (result !== 'ok') {
    throw new GlossError('database', { key: 'library.damaged', params: { file, detail: result } });
  }
}

function applyMigration(db: Db, m: Migration): void {
  db.transaction(() => {
    // Another Gloss setting up the same library at the same moment may have applied it since
    // this one read the version: the write lock taken here is what makes this read current.
    if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
    db.exec(m.sql);
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(`migration:${m.name}`, m.hash);
    db.pragma(`user_version = ${m.version}`);
  }).immediate();
}

/** A landed migration is never edited: if one was, the schema here is not the one the code expects. */
function checkMigrationHashes(db: Db, applied: Migration[]): void {
  const stored = new Map(
    (db.prepare("SELECT key, value FROM meta WHERE key LIKE 'migration:%'").all() as Array<{ key: string; value: string }>).map(
      (r) => [r.key.slice('migration:'.length), r.value],
    ),
  );
  for (const m of applied) {
    const hash = stored.get(m.name);
    if (hash !== undefined && hash !== m.hash) {
      throw new GlossError('database', { key: 'library.migrationChanged', params: { name: m.name } });
    }
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
