// A real library database for annotation and taxonomy tests, opened without the rest of the
// core: built-in taxonomies, articles inserted with plain SQL, and calls through dispatch.
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract/index.js';
import type { Result } from '../../../shared/result.js';
import { annotationHandlers } from '../../../electron/core/annotations.js';
import type { Api } from '../../../electron/core/api.js';
import type { CoreContext } from '../../../electron/core/context.js';
import { openDatabase, type Db } from '../../../electron/core/db.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { ensureBuiltinTaxonomies, tagHandlers, taxonomyHandlers } from '../../../electron/core/taxonomies.js';
import { tempDir } from '../../helpers/tmp.js';

export interface TestLibrary {
  db: Db;
  ctx: CoreContext;
  events: string[];
  /** Calls a method as any door would: validated input, a Result back. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<ResultOf<M>>>;
  /** Calls a method and returns its value, failing the test on an error. */
  ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  addArticle(body: string, title?: string): string;
  close(): void;
}

export async function openTestLibrary(): Promise<TestLibrary> {
  const dir = tempDir('gloss-annotations-');
  const db = await openDatabase(join(dir.path, 'library.sqlite'));
  ensureBuiltinTaxonomies(db);
  const events: string[] = [];
  const ctx: CoreContext = {
    db,
    dataDir: dir.path,
    appVersion: 'test',
    emit: (event, payload) => events.push(`${event}:${'what' in payload ? payload.what : ''}`),
  };
  const api = { ...annotationHandlers(ctx), ...taxonomyHandlers(ctx), ...tagHandlers(ctx) } as unknown as Api;
  const call = ((method: MethodName, input: unknown) => dispatch(api, method, input)) as TestLibrary['call'];
  return {
    db,
    ctx,
    events,
    call,
    async ok(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    addArticle(body, title = 'An article') {
      const id = randomUUID();
      const now = new Date().toISOString();
      db.prepare(
        `INSERT INTO articles (id, title, body, blocks, content_hash, created_at, updated_at)
         VALUES (?, ?, ?, '[]', ?, ?, ?)`,
      ).run(id, title, body, createHash('sha256').update(id + body).digest('hex'), now, now);
      return id;
    },
    close() {
      db.close();
      dir.remove();
    },
  };
}

/** Offsets of the nth (0-based) occurrence of phrase in body. */
export function spanOf(body: string, phrase: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = body.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${nth + 1} times`);
  }
  return { start: at, end: at + phrase.length };
}
