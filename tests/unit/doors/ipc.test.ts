// The Electron door without Electron: the channels it registers, whom it answers, and that
// whatever reaches the core is validated against the contract first.
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract/index.js';
import type { Api } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { channels, isAppFrame, routeCall, type SenderFrame } from '../../../electron/ipc-routes.js';
import { registerIpc } from '../../../electron/ipc.js';

const appFrame: SenderFrame = { url: 'gloss://app/index.html', origin: 'gloss://app', parent: null };
const noApi = {} as Api; // every call below must be refused before a handler is reached

function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  return {
    handlers,
    handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => void handlers.set(channel, listener),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

describe('IPC registration', () => {
  it('registers exactly one channel per method of the contract', () => {
    const ipcMain = fakeIpcMain();
    const unregister = registerIpc(ipcMain as never, { call: async () => ({ ok: true, value: null }) }, () => true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map((m) => `gloss:${m}`).sort());
    expect([...channels].sort()).toEqual([...ipcMain.handlers.keys()].sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers forbidden to a sender that is not our window, without calling the core', async () => {
    const ipcMain = fakeIpcMain();
    let called = 0;
    const ours = {};
    registerIpc(ipcMain as never, { call: async () => (called++, { ok: true, value: null }) }, (sender) => sender === (ours as never));
    const handler = ipcMain.handlers.get('gloss:library.info')!;
    expect(await handler({ sender: {}, senderFrame: appFrame }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(called).toBe(0);
    expect(await handler({ sender: ours, senderFrame: appFrame }, {})).toEqual({ ok: true, value: null });
    expect(called).toBe(1);
  });
});

describe('sender frame check', () => {
  it("accepts the app's own top frame", () => {
    expect(isAppFrame(appFrame)).toBe(true);
    expect(isAppFrame({ url: 'gloss://app/', parent: null })).toBe(true);
  });

  it.each([
    ['a subframe of our page', { ...appFrame, parent: appFrame }],
    ['a web page', { url: 'https://example.com/', origin: 'https://example.com', parent: null }],
    ['a local file', { url: 'file:///home/me/evil.html', origin: 'file://', parent: null }],
    ['another host on our scheme', { url: 'gloss://evil/index.html', origin: 'gloss://evil', parent: null }],
    ['our URL with a foreign origin', { url: 'gloss://app/index.html', origin: 'null', parent: null }],
    ['a data URL', { url: 'data:text/html,<p>hi', origin: 'null', parent: null }],
    ['credentials in the URL', { url: 'gloss://x@app/', parent: null }],
    ['no frame (navigated away or destroyed)', null],
  ])('refuses %s', (_label, frame) => {
    expect(isAppFrame(frame)).toBe(false);
  });
});

describe('input validation through the IPC route', () => {
  const toCore = (method: string, input: unknown) => dispatch(noApi, method, input);

  it.each(methodNames)('%s refuses input that is not its schema', async (method) => {
    const result = await routeCall(toCore, appFrame, method, 'not an object');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain(method);
  });

  it('refuses unknown keys, including __proto__, before any handler runs', async () => {
    const result = await routeCall(toCore, appFrame, 'library.info', JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives forbidden, not a validation message, to a foreign frame', async () => {
    const result = await routeCall(toCore, { url: 'https://example.com/', parent: null }, 'articles.get', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
