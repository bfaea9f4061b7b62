import type { EventName, Events, MethodName, ParsedInputOf, ResultOf } from '../../shared/contract/index.js';
import type { Db } from './db.js';

/** What every domain module is handed: the one connection, and a way to tell the window. */
export interface CoreContext {
  db: Db;
  dataDir: string;
  appVersion: string;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** Renders a self-contained HTML page to PDF where the door has a renderer of its own
   * (Electron's printToPDF); without it, exports fall back to an installed Chromium. */
  renderPdf?: (html: string) => Promise<Uint8Array>;
}

/** The implementation of some methods of the contract, validated input in, plain result out. */
export type Handlers<M extends MethodName> = {
  [K in M]: (input: ParsedInputOf<K>) => ResultOf<K> | Promise<ResultOf<K>>;
};

/** Method names of one namespace, e.g. Namespaced<'articles'> = 'articles.list' | 'articles.get' | ... */
export type Namespaced<N extends string> = Extract<MethodName, `${N}.${string}`>;
