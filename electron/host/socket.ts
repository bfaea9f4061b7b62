// Browser mode's WebSocket at /api/socket (protocol: shared/contract/socket.ts). A Chromium
// fetch costs several milliseconds even to a server that does nothing; a message on an open
// socket costs a fraction of one, so the page makes its calls and takes its events here.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { EventName } from '../../shared/contract/index.js';
import { SOCKET_PATH, type SocketAnswer, type SocketEvent } from '../../shared/contract/socket.js';
import type { Result } from '../../shared/result.js';
import { checkAddress, hasToken, TOKEN_HEADER, tokenRefusal, type Guard } from './guard.js';

/** How long host.close() waits for a page to answer the closing handshake. */
const CLOSE_WAIT_MS = 1000;

type Read = { id: number; method: string; input: unknown } | { id: number; problem: string } | null;
/**
 * core.call(method, input), with the answer handed to `answer` before the news it caused goes out;
 * `client` names the socket, so the core can drop its stale searches.
 */
export type Call = (method: string, input: unknown, answer: (result: Result<unknown>) => void, client?: string) => Promise<void>;

export class SocketHub {
  private readonly server: WebSocketServer;
  private readonly names = new WeakMap<WebSocket, string>();
  private nextName = 1;

  constructor(
    private readonly call: Call,
    private readonly guard: Guard,
    maxPayload: number,
  ) {
    this.server = new WebSocketServer({ noServer: true, maxPayload });
  }

  /** The HTTP server's 'upgrade' event: the same guard as every request, then the socket. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', destroy);
    const refusal = this.refusal(req);
    if (refusal) return refuse(socket, refusal.status, refusal.message);
    this.server.handleUpgrade(req, socket, head, (ws) => {
      socket.off('error', destroy);
      this.names.set(ws, `socket-${this.nextName++}`);
      ws.on('message', (data) => this.receive(ws, data));
    });
  }

  /** A core event to every open page. */
  broadcast(event: EventName, payload: unknown): void {
    const text = JSON.stringify({ event, payload: payload ?? null } satisfies SocketEvent);
    for (const ws of this.server.clients) if (ws.readyState === ws.OPEN) ws.send(text);
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.server.clients].map(
        (ws) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => ws.terminate(), CLOSE_WAIT_MS);
            ws.once('close', () => {
              clearTimeout(timer);
              done();
            });
            ws.close(1001, 'Gloss is stopping.');
          }),
      ),
    );
    this.server.close();
  }

  private refusal(req: IncomingMessage): { status: 403 | 404; message: string } | null {
    const badAddress = checkAddress(req, this.guard);
    if (badAddress) return badAddress;
    // Browsers always send Origin when they open a socket (and checkAddress made sure it is ours):
    // a client without one is a program, which must say who it is with the token header.
    if (req.headers.origin === undefined && req.headers[TOKEN_HEADER] === undefined) {
      return { status: 403, message: `Gloss opens a socket for its own page, or for a program that sends ${TOKEN_HEADER}.` };
    }
    if (!hasToken(req, this.guard)) return tokenRefusal;
    if ((req.url ?? '').split('?', 1)[0] !== SOCKET_PATH) return { status: 404, message: `The socket is at ${SOCKET_PATH}.` };
    return null;
  }

  private receive(ws: WebSocket, data: RawData): void {
    const read = readCall(data);
    if (read === null) return; // no id to answer to
    if ('problem' in read) {
      return answer(ws, read.id, {
        ok: false,
        error: { code: 'invalid_input', message: `A call is {"id": number, "method": string, "input": …} in JSON; ${read.problem}.` },
      });
    }
    void this.call(read.method, read.input, (result) => answer(ws, read.id, result), this.names.get(ws));
  }
}

function readCall(data: RawData): Read {
  let message: unknown;
  try {
    message = JSON.parse(String(data));
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const { id, method, input } = message as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return null;
  if (typeof method !== 'string') return { id, problem: 'this one has no method name' };
  return { id, method, input };
}

function answer(ws: WebSocket, id: number, result: Result<unknown>): void {
  if (ws.readyState !== ws.OPEN) return;
  let text: string;
  try {
    text = JSON.stringify({ id, result } satisfies SocketAnswer);
  } catch (e) {
    text = JSON.stringify({ id, result: { ok: false, error: { code: 'internal', message: `The answer cannot be sent: ${(e as Error).message}` } } } satisfies SocketAnswer);
  }
  ws.send(text);
}

function refuse(socket: Duplex, status: 403 | 404, message: string): void {
  const body = Buffer.from(message);
  const reason = status === 403 ? 'Forbidden' : 'Not Found';
  socket.once('finish', destroy);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${body.length}\r\n\r\n` + message,
  );
}

function destroy(this: Duplex): void {
  this.destroy();
}
