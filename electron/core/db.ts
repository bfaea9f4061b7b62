// Opening the library database: check it, refuse what this app cannot read, back up, migrate.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GlossError } from './errors.js';

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
  const isNew = file === ':memory:' || !existsSync(file);
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: !isNew });
  } catch (e) {
    throw new GlossError('database', `Cannot open the library at ${file}: ${(e as Error).message}`);
  }
  try {
    if (!isNew) checkIntegrity(db, file);
    const current = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.length;
    if (current > latest) {
      throw new GlossError(
        'database',
        `The library at ${file} was written by a newer version of Gloss (schema ${current}; this app knows ${latest}). Update Gloss to open it.`,
      );
    }
    // Articles are ~6-15 KB rows and the FTS index is written in large segments: 16 KB pages
    // spare most overflow chains and cut the CPU of an import by a fifth. Only a new, empty
    // file can take it (WAL fixes the page size once the first page is written).
    if (isNew) db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // an acknowledged annotation survives a power cut
    db.pragma('foreign_keys = ON');
    // Another Gloss (the CLI beside the app) may be writing: wait for it rather than fail.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (current > 0) checkMigrationHashes(db, migrations.slice(0, current));
    if (current < latest && current > 0) {
      const target = options.backupPath?.(current) ?? `${file}.v${current}-${Date.now()}.bak`;
      await db.backup(target);
    }
    for (const m of migrations.slice(current)) applyMigration(db, m);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function checkIntegrity(db: Db, file: string): void {
  let result: string;
  try {
    result = db.pragma('quick_check', { simple: true }) as string;
  } catch (e) {
    throw new GlossError('database', `${file} is not a Gloss library or is damaged: ${(e as Error).message}`);
  }
  if (result !== 'ok') {
    throw new GlossError(
      'database',
      `The library at ${file} is damaged (${result}). It was left untouched; restore a backup or move it aside.`,
    );
  }
}

function applyMigration(db: Db, m: Migration): void {
  db.transaction(() => {
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
      throw new GlossError('database', `Migration ${m.name} was changed after it was applied to this library.`);
    }
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
