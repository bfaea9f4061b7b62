// Exposes exactly the API contract as window.gloss: one function per method and one listener
// per event. No ipcRenderer, no channel names, no Electron event object reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import { buildClient, eventNames, type EventName } from '../shared/contract/index.js';
import type { Result } from '../shared/result.js';
import { channelFor, EVENT_CHANNEL } from './ipc-routes.js';

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, name: EventName, payload: unknown) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const client = buildClient(
  (method, input) => ipcRenderer.invoke(channelFor(method), input) as Promise<Result<unknown>>,
  (event, listener) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${event}`);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = (payload: unknown) => listener(payload);
    set.add(wrapped);
    return () => void set.delete(wrapped);
  },
);

contextBridge.exposeInMainWorld('gloss', client);
