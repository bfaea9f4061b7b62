// The preload as the sandbox runs it: bundled to CommonJS, given only 'electron'. What the page
// gets must be the contract's methods and event listeners, and nothing of Electron.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventListenerName, eventNames, methodNames } from '../../../shared/contract/index.js';

type Listener = (event: unknown, ...args: unknown[]) => void;
let exposed: Record<string, Record<string, (...args: unknown[]) => unknown>>;
let exposedName: string;
const invoked: Array<[string, unknown]> = [];
const ipcListeners = new Map<string, Listener>();
const required: string[] = [];

beforeAll(async () => {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('../../../electron/preload.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: typeof exposed) => {
        exposedName = name;
        exposed = api;
      },
    },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => (invoked.push([channel, input]), { ok: true, value: channel }),
      on: (channel: string, listener: Listener) => void ipcListeners.set(channel, listener),
    },
  };
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputFiles[0]!.text)(fakeRequire, module, module.exports);
});

describe('preload', () => {
  it('needs nothing but electron, as a sandboxed preload must', () => {
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it('exposes window.gloss with exactly the methods of the contract and one listener per event', () => {
    expect(exposedName).toBe('gloss');
    const methods = Object.entries(exposed)
      .filter(([ns]) => ns !== 'events')
      .flatMap(([ns, fns]) => Object.keys(fns).map((fn) => `${ns}.${fn}`));
    expect(methods.sort()).toEqual([...methodNames].sort());
    expect(Object.keys(exposed.events!).sort()).toEqual(eventNames.map(eventListenerName).sort());
    for (const fns of Object.values(exposed)) for (const fn of Object.values(fns)) expect(typeof fn).toBe('function');
  });

  it('sends each call on its own channel and hands back the Result', async () => {
    const result = await exposed.articles!.get!({ id: 'a1' });
    expect(invoked.at(-1)).toEqual(['gloss:articles.get', { id: 'a1' }]);
    expect(result).toEqual({ ok: true, value: 'gloss:articles.get' });
  });

  it('gives listeners the payload only, for their own event, until they unsubscribe', () => {
    const got: unknown[] = [];
    const stop = exposed.events!.onImportProgress!((payload: unknown) => got.push(payload)) as () => void;
    const fire = ipcListeners.get('gloss:event')!;
    const electronEvent = { sender: { send() {} }, ports: [] };
    fire(electronEvent, 'import.progress', { done: 1, total: 2 });
    fire(electronEvent, 'library.changed', { what: 'articles' });
    stop();
    fire(electronEvent, 'import.progress', { done: 2, total: 2 });
    expect(got).toEqual([{ done: 1, total: 2 }]);
  });
});
