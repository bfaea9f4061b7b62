// The one way the renderer reaches the core. In Electron the preload exposes window.gloss;
// in browser mode the same client is built over the host's WebSocket, with POST /api/<method>
// while no socket is open. Either way every call resolves to a Result and never throws, so the
// UI only has to show error messages.
import { eventListenerName, eventNames, type EventName } from '../../../shared/contract/events.js';
import type { GlossClient, InputOf, MethodName, ResultOf } from '../../../shared/contract/index.js';
import { SOCKET_PATH, type SocketCall, type SocketMessage } from '../../../shared/contract/socket.js';
import type { Result } from '../../../shared/result.js';

declare global {
  interface Window {
    gloss?: GlossClient;
  }
}

async function callOverHttp(method: MethodName, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch('/api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'unavailable', message: 'Gloss cannot reach its library. Is the Gloss server still running?' },
    };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: response.status === 403 ? 'forbidden' : 'internal',
        message:
          response.status === 403
            ? 'The Gloss server refused this page. Open the address printed by `npm run serve` again.'
            : `The Gloss server answered ${response.status} ${response.statusText} to ${method}.`,
      },
    };
  }
}

/** Waits after a socket closes before the next one is tried: longer each time, reset on open. */
const RETRY_MS = [500, 1000, 2000, 5000];

interface Call {
  method: MethodName;
  input: unknown;
  resolve: (result: Result<unknown>) => void;
}

let socket: WebSocket | null = null;
let nextId = 1;
/** Sent on the open socket, waiting for their answers. */
const sent = new Map<number, Call['resolve']>();
/** Made while the socket was opening. */
const waiting: Call[] = [];
const listeners = new Set<{ event: EventName; listener: (payload: unknown) => void }>();
let failures = 0;
let retryAt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

const lost: Result<unknown> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'Gloss lost its connection before it answered, so this may or may not have been done. Check, then try again.',
  },
};

/** The socket, opened now if there is none and the last one did not close just now. */
function useSocket(): WebSocket | null {
  if (!socket && Date.now() >= retryAt) connect();
  return socket;
}

function connect(): void {
  const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + SOCKET_PATH);
  socket = ws;
  ws.onopen = () => {
    failures = 0;
    for (const call of waiting.splice(0)) send(ws, call);
  };
  ws.onmessage = (e: MessageEvent<string>) => receive(e.data);
  ws.onclose = () => {
    socket = null;
    // Calls already sent may have run: resending a write could make it twice.
    for (const resolve of sent.values()) resolve(lost);
    sent.clear();
    // Calls never sent are safe to make over HTTP, whose answer also says why a socket was refused.
    for (const call of waiting.splice(0)) void callOverHttp(call.method, call.input).then(call.resolve);
    retryAt = Date.now() + RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
    reconnectLater();
  };
}

/** Events only come over a socket: while anyone listens, keep trying to have one. */
function reconnectLater(): void {
  if (retryTimer !== undefined || listeners.size === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    if (!socket && listeners.size > 0) connect();
  }, retryAt - Date.now());
}

function send(ws: WebSocket, { method, input, resolve }: Call): void {
  const id = nextId++;
  let text: string;
  try {
    text = JSON.stringify({ id, method, input } satisfies SocketCall);
  } catch (e) {
    return resolve({ ok: false, error: { code: 'invalid_input', message: `The input for ${method} cannot be sent: ${(e as Error).message}` } });
  }
  sent.set(id, resolve);
  ws.send(text);
}

function receive(text: string): void {
  let message: SocketMessage;
  try {
    message = JSON.parse(text) as SocketMessage;
  } catch {
    return; // the host sends only JSON; a mangled event is made good by the next library.changed
  }
  if ('id' in message) {
    sent.get(message.id)?.(message.result);
    sent.delete(message.id);
    return;
  }
  if (message.event === 'library.changed') early.clear();
  for (const { event, listener } of listeners) {
    if (event !== message.event) continue;
    try {
      listener(message.payload);
    } catch (e) {
      reportError(e); // one listener's bug must not keep the event from the others
    }
  }
}

/**
 * Reads asked for before the view that needs them exists (the library's first rows, asked for by
 * the page's first script), by method and input. The view's own identical call takes the answer,
 * once; news of any change in the library forgets them, as an answer may predate it.
 */
const early = new Map<string, { answer: Promise<Result<unknown>>; settled?: Result<unknown> }>();
const earlyKey = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Makes a read now, for the same call made later to take its answer. Over POST: the request
 * leaves at once, where a socket's could only be sent once the page, busy evaluating and
 * rendering the app, has handled the socket's opening. In the desktop app, over its IPC.
 */
export function callEarly<M extends MethodName>(method: M, input: InputOf<M>): void {
  const ipc = window.gloss;
  if (ipc && early.size === 0) ipc.events.onLibraryChanged(() => early.clear()); // as receive() does for the socket
  const call: { answer: Promise<Result<unknown>>; settled?: Result<unknown> } = { answer: ipc ? ipcCall(ipc, method, input) : callOverHttp(method, input) };
  void call.answer.then((result) => (call.settled = result));
  early.set(earlyKey(method, input), call);
  earlyReads.push(call.answer);
}

/** Every early read made, taken or not. */
const earlyReads: Array<Promise<unknown>> = [];

/** Resolves once every early read made so far has been answered. */
export const earlyReadsDone = (): Promise<unknown> => Promise.all(earlyReads);

/** The answer to an early read, when it comes, left for the view's call to take (undefined if it was not made). */
export function earlyAnswer<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<ResultOf<M>>> | undefined {
  return early.get(earlyKey(method, input))?.answer as Promise<Result<ResultOf<M>>> | undefined;
}

/** The answer to an early read, if it has come: taken, as a call would take it, for a view's first render to show it. */
export function takeAnswered<M extends MethodName>(method: M, input: InputOf<M>): Result<ResultOf<M>> | undefined {
  const key = earlyKey(method, input);
  const settled = early.get(key)?.settled;
  if (settled) early.delete(key);
  return settled as Result<ResultOf<M>> | undefined;
}

/**
 * An early read's value, if it has come and succeeded, for a view's first render to show. It is
 * left for the view's own identical call, which then takes it without asking the core again.
 */
export function answeredValue<M extends MethodName>(method: M, input: InputOf<M>): ResultOf<M> | undefined {
  const settled = early.get(earlyKey(method, input))?.settled;
  return settled?.ok ? (settled.value as ResultOf<M>) : undefined;
}

/** An early read's answer for this call, taken (once). */
function takeEarly(method: MethodName, input: unknown): Promise<Result<unknown>> | undefined {
  if (early.size === 0) return undefined;
  const key = earlyKey(method, input);
  const call = early.get(key);
  early.delete(key);
  return call?.answer;
}

/**
 * Browser mode: the page's socket opened as its first script runs, so that it is open by the time
 * the app makes its first calls (a socket's handshake takes longer than the fetch of a read).
 */
export function openSocketEarly(): void {
  if (!window.gloss) useSocket();
}

function callOverSocket(method: MethodName, input: unknown): Promise<Result<unknown>> {
  const answered = takeEarly(method, input);
  if (answered) return answered;
  const ws = useSocket();
  if (!ws) return callOverHttp(method, input);
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.OPEN) send(ws, { method, input, resolve });
    else waiting.push({ method, input, resolve });
  });
}

function subscribeOverSocket(event: EventName, listener: (payload: unknown) => void): () => void {
  const entry = { event, listener };
  listeners.add(entry);
  if (!useSocket()) reconnectLater();
  return () => listeners.delete(entry);
}

/**
 * The client: gloss.<area>.<name>(input) calls '<area>.<name>'. The contract's types say which
 * methods exist; its list of them would bring every input schema (and zod) into the page's first
 * script, which the page never checks an input with.
 */
function clientOver(call: (method: MethodName, input: unknown) => Promise<Result<unknown>>, events: GlossClient['events']): GlossClient {
  const areas = new Map<string, Record<string, unknown>>();
  const area = (name: string) =>
    new Proxy({} as Record<string, unknown>, {
      get: (calls, method) => {
        if (typeof method !== 'string' || method === 'then') return undefined; // not a thenable
        return (calls[method] ??= (input: unknown) => call(`${name}.${method}` as MethodName, input));
      },
    });
  return new Proxy({ events } as Record<string, unknown>, {
    get: (client, name) => {
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (name in client) return client[name];
      if (!areas.has(name)) areas.set(name, area(name));
      return areas.get(name);
    },
  }) as unknown as GlossClient;
}

/** In the desktop app, over the preload's IPC; a call made early (callEarly) takes its answer there too. */
function ipcClient(ipc: GlossClient): GlossClient {
  return clientOver((method, input) => takeEarly(method, input) ?? ipcCall(ipc, method, input), ipc.events);
}

function ipcCall(ipc: GlossClient, method: MethodName, input: unknown): Promise<Result<unknown>> {
  const [area, name] = method.split('.') as [string, string];
  return (ipc as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)[area]![name]!(input);
}

const socketEvents = Object.fromEntries(
  eventNames.map((e) => [eventListenerName(e), (listener: (payload: unknown) => void) => subscribeOverSocket(e, listener)]),
) as unknown as GlossClient['events'];

export const gloss: GlossClient = window.gloss ? ipcClient(window.gloss) : clientOver(callOverSocket, socketEvents);
