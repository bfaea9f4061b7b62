// Browser mode: the renderer and the same API on 127.0.0.1, for one person, one run.
// The page calls and takes events over the WebSocket at /api/socket (socket.ts); POST
// /api/<method> with the input as JSON answers the same Result, for scripts, tests and the page
// while it has no socket.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { EventName } from '../../shared/contract/index.js';
import type { Result } from '../../shared/result.js';
import { answerAppFile } from '../app-files.js';
import { startCoreWorker } from '../core/worker/client.js';
import { checkAddress, hasToken, sameToken, tokenCookie, tokenRefusal, type Guard } from './guard.js';
import { SocketHub } from './socket.js';

/** Bundles (exports.importBundle) can be large; anything past this is refused unread. */
export const MAX_BODY_BYTES = 400 * 1024 * 1024;
/** Every other call is far smaller (the window sends imports in batches of 8 MB): a body past
 * this is refused as soon as that many bytes have arrived, never held in memory whole. */
export const MAX_CALL_BODY_BYTES = 64 * 1024 * 1024;

const bodyLimit = (method: string) => (method === 'exports.importBundle' ? MAX_BODY_BYTES : MAX_CALL_BODY_BYTES);

export interface HostOptions {
  dataDir: string;
  port?: number;
  host?: string;
  staticDir?: string;
}

export interface Host {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const baseHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export async function startHost({ dataDir, port = 0, host = '127.0.0.1', staticDir = 'dist/renderer' }: HostOptions): Promise<Host> {
  const core = await startCoreWorker({ dataDir });
  const token = randomBytes(32).toString('hex');
  const guard: Guard = { port: 0, token };
  const sockets = new SocketHub(call, guard, MAX_BODY_BYTES);

  // An event goes out after the answer to the call that caused it: the page waiting on that
  // answer should not first have to take in the news of it. The worker sends library.changed
  // before its answer, and may still read the library in between, so the news waits until no
  // call is under way; progress is about a call still running and goes at once.
  let underWay = 0;
  const held: Array<[EventName, unknown]> = [];
  const stopEvents = core.onEvent((event, payload) => {
    if (event === 'library.changed' && underWay > 0) held.push([event, payload]);
    else sockets.broadcast(event, payload);
  });

  /** A call through either door (POST or the socket): answered, then the news it caused sent. */
  async function call(method: string, input: unknown, answer: (result: Result<unknown>) => void, client?: string): Promise<void> {
    underWay++;
    try {
      answer(await core.call(method, input, client));
    } finally {
      if (--underWay === 0) for (const [event, payload] of held.splice(0)) sockets.broadcast(event, payload);
    }
  }
  const root = resolve(staticDir);

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[gloss] request failed:', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Gloss failed to answer this request; see the terminal.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    const refuse = (status: number, message: string, code: 'forbidden' | 'too_large' | 'invalid_input' = 'forbidden') =>
      isApi ? sendResult(res, { ok: false, error: { code, message } }, status) : send(res, status, 'text/plain; charset=utf-8', message);

    const badAddress = checkAddress(req, guard);
    if (badAddress) return refuse(badAddress.status, badAddress.message);

    if (req.method === 'GET' && url.searchParams.has('token')) {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return refuse(tokenRefusal.status, tokenRefusal.message);
      res.writeHead(303, { ...baseHeaders, 'set-cookie': tokenCookie(guard), location: '/', 'cache-control': 'no-store' });
      return void res.end();
    }
    if (!hasToken(req, guard)) return refuse(tokenRefusal.status, tokenRefusal.message);

    if (isApi) {
      const method = url.pathname.slice('/api/'.length);
      if (req.method !== 'POST') return refuse(405, `Call the API with POST /api/${method}.`, 'invalid_input');
      const contentType = req.headers['content-type'] ?? '';
      if (!/^application\/json\s*(;|$)/i.test(contentType)) {
        return refuse(415, 'Send the input as JSON (content-type: application/json).', 'invalid_input');
      }
      const limit = bodyLimit(method);
      const body = await readBody(req, limit);
      if (body === 'too_large') {
        res.setHeader('connection', 'close');
        return refuse(413, `The request is over ${limit / 1024 / 1024} MB; send fewer files per call.`, 'too_large');
      }
      let input: unknown;
      try {
        input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
      } catch (e) {
        return sendResult(res, { ok: false, error: { code: 'invalid_input', message: `The request body is not valid JSON: ${(e as Error).message}` } });
      }
      return call(safeDecode(method), input, (result) => sendResult(res, result));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Only GET here.');
    const answer = await answerAppFile(root, url.pathname);
    if (answer.status !== 200) return send(res, answer.status, 'text/plain; charset=utf-8', answer.message);
    res.writeHead(200, { ...baseHeaders, ...answer.headers });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(answer.file.path).on('error', () => res.destroy()).pipe(res);
  }

  server.on('upgrade', (req, socket, head) => sockets.upgrade(req, socket, head));

  // A page without its socket calls over POST, one person's call every few seconds: past Node's
  // 5 s default the browser would open a new connection for nearly every call.
  server.keepAliveTimeout = 120_000;

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  guard.port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${guard.port}/?token=${token}`,
    token,
    port: guard.port,
    close() {
      closing ??= (async () => {
        stopEvents();
        await sockets.close();
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await core.close();
      })();
      return closing;
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...baseHeaders, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendResult(res: ServerResponse, result: Result<unknown>, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The whole body, or 'too_large' as soon as it passes the limit (the rest is never read). A
 * declared length is read into one buffer of that size rather than chunks joined at the end. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
  if (declared !== null && declared > limit) {
    req.resume();
    return Promise.resolve('too_large');
  }
  return new Promise((done, fail) => {
    const whole = declared === null ? null : Buffer.allocUnsafe(declared);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > (whole?.length ?? limit)) {
        req.removeAllListeners('data');
        req.resume();
        done('too_large');
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => done(whole ? whole.subarray(0, size) : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}
