// A fresh library in a temp folder, driven through dispatch as every door drives it.
import type { Events, EventName, InputOf, MethodName, ResultOf } from '../../../shared/contract/index.js';
import type { ApiError } from '../../../shared/result.js';
import { openCore, type Core } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { tempDir } from '../../helpers/tmp.js';

export interface TestLibrary {
  core: Core;
  dataDir: string;
  events: Array<{ event: EventName; payload: Events[EventName] }>;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  fail<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiError>;
  close(): void;
}

export async function openTestLibrary(): Promise<TestLibrary> {
  const dir = tempDir('gloss-library-');
  const events: TestLibrary['events'] = [];
  const core = await openCore(dir.path, (event, payload) => events.push({ event, payload }));
  return {
    core,
    dataDir: dir.path,
    events,
    async call(method, input) {
      const r = await dispatch(core.api, method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    async fail(method, input) {
      const r = await dispatch(core.api, method, input);
      if (r.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(r.value).slice(0, 200)}`);
      return r.error;
    },
    close() {
      core.close();
      dir.remove();
    },
  };
}

export function textFile(name: string, text: string): { name: string; dataBase64: string } {
  return { name, dataBase64: Buffer.from(text, 'utf8').toString('base64') };
}

/** A markdown article with a heading and paragraphs; distinct text makes distinct articles. */
export function markdown(title: string, ...paragraphs: string[]): string {
  return `# ${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Imports articles and returns their ids in order. */
export async function importArticles(lib: TestLibrary, files: Array<[string, string]>): Promise<string[]> {
  const report = await lib.call('articles.import', { files: files.map(([n, t]) => textFile(n, t)) });
  if (report.failed.length > 0) throw new Error(`import failed: ${JSON.stringify(report.failed)}`);
  return report.imported.map((a) => a.id);
}

/** Annotates the first occurrence of quote in an article. */
export async function annotate(
  lib: TestLibrary,
  articleId: string,
  quote: string,
  extra: { statusTagId?: string | null; tagIds?: string[]; note?: string } = {},
) {
  const { body } = await lib.call('articles.get', { id: articleId });
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  return lib.call('annotations.create', { articleId, start, end: start + quote.length, ...extra });
}
