// Browser mode as a browser, a script and an attacker see it: the token, Host and Origin checks,
// the API's results and errors over POST and over the socket, events, the window's files, and a
// server that survives abuse.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHost, type Host } from '../../../electron/host/server.js';
import { tempDir } from '../../helpers/tmp.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: ReturnType<typeof tempDir>;
let host: Host;
let cookie: string;

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

const text = (s: string) => ({ name: 'note.txt', dataBase64: Buffer.from(s).toString('base64') });

beforeAll(async () => {
  dir = tempDir();
  const staticDir = join(dir.path, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Gloss</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'export {};');
  host = await startHost({ dataDir: join(dir.path, 'data'), staticDir });
  const entry = await send(`/?token=${host.token}`);
  cookie = String(entry.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await host?.close();
  dir.remove();
});

describe('entry and token', () => {
  it('prints an address on 127.0.0.1 that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie and a redirect to /', async () => {
    const entry = await send(`/?token=${host.token}`);
    expect(entry.status).toBeGreaterThanOrEqual(300);
    expect(entry.status).toBeLessThan(400);
    expect(entry.headers.location).toBe('/');
    const setCookie = String(entry.headers['set-cookie']);
    expect(setCookie).toContain(host.token);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
  });

  it('refuses the page, the files and the API without the token', async () => {
    for (const path of ['/', '/assets/app.js', '/api/socket']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(403);
      expect(reply.body, path).toMatch(/token/);
    }
    const call = await send('/api/library.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(call.status).toBe(403);
    expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong token, in the address, the cookie or the header', async () => {
    const wrong = 'f'.repeat(64);
    expect((await send(`/?token=${wrong}`)).status).toBe(403);
    expect((await send('/', { headers: { cookie: cookie.replace(host.token, wrong) } })).status).toBe(403);
    expect((await api('library.info', {}, { cookie: '', 'x-gloss-token': wrong })).status).toBe(403);
  });

  it('lets a script call the API with the X-Gloss-Token header', async () => {
    const reply = await api('library.info', {}, { cookie: '', 'x-gloss-token': host.token });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });
});

describe('Host and Origin', () => {
  it.each(['evil.example', 'evil.example:80', '127.0.0.1', '127.0.0.1:1', '0.0.0.0', '[::1]'])('refuses Host: %s (DNS rebinding)', async (badHost) => {
    const reply = await send('/', { headers: { host: badHost, cookie } });
    expect(reply.status).toBe(403);
  });

  it('accepts localhost:PORT as well as 127.0.0.1:PORT', async () => {
    expect((await send('/', { headers: { host: `localhost:${host.port}`, cookie } })).status).toBe(200);
  });

  it.each(['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1'])('refuses Origin: %s, even with the cookie', async (origin) => {
    const reply = await api('library.info', {}, { origin });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('accepts our own origin', async () => {
    const reply = await api('library.info', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });
});

describe('API', () => {
  it('answers a call with its Result', async () => {
    const reply = await api('library.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { articleCount: expect.any(Number) } });
  });

  it('gives invalid_input for input that fails the schema, and for a body that is not JSON', async () => {
    expect(JSON.parse((await api('articles.get', { id: 42 })).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const notJson = await send('/api/library.info', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{"oops' });
    expect(notJson.status).toBe(200);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/JSON/) } });
  });

  it('gives unknown_method for a method the contract does not have', async () => {
    for (const method of ['articles.explode', 'constructor', '__proto__', 'library.info%2F..']) {
      const reply = await api(method, {});
      expect(JSON.parse(reply.body), method).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('refuses __proto__ in the input and pollutes nothing', async () => {
    const reply = await send('/api/articles.list', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}}',
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(JSON.parse((await api('library.info', {})).body)).toMatchObject({ ok: true });
  });

  it('refuses a body that is not declared JSON (what a cross-site form would send)', async () => {
    const reply = await send('/api/library.info', { method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: '{}' });
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
  });

  it('refuses an oversized body with 413 without reading it, and keeps serving', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/exports.importBundle',
          method: 'POST',
          headers: { host: `127.0.0.1:${host.port}`, cookie, 'content-type': 'application/json', 'content-length': String(500 * 1024 * 1024) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      req.write('{"name": "x", "dataBase64": "');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(JSON.parse((await api('library.info', {})).body)).toMatchObject({ ok: true });
  });

  it('survives a burst of hostile requests', async () => {
    const hostile = [
      send('/api/library.info', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) }),
      send('/api/library.info', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '[' .repeat(100_000) }),
      send('/api/%E0%A4%A', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' }),
      send('/api/library.info', { method: 'GET', headers: { cookie } }),
      send('/%2e%2e/%2e%2e/etc/passwd', { headers: { cookie } }),
      api('articles.import', { files: [text('\u0000\u0001\u0002binary')] }),
      api('search.query', { q: '"unbalanced AND OR (' }),
    ];
    const replies = await Promise.all(hostile);
    for (const reply of replies) expect(reply.status).toBeLessThan(500);
    expect(replies[4]!.body).not.toContain('root:');
    expect(JSON.parse((await api('library.info', {})).body)).toMatchObject({ ok: true });
  });
});

describe('the socket (/api/socket)', () => {
  const ownOrigin = () => `http://127.0.0.1:${host.port}`;
  const asPage = () => ({ cookie, origin: ownOrigin() });

  /** Opens a socket with these headers: the socket when the host upgrades, else its refusal. */
  function upgrade(headers: Record<string, string>, path = '/api/socket'): Promise<{ status: number; body: string; ws?: WebSocket }> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}${path}`, { headers });
      ws.on('error', reject);
      ws.once('open', () => resolve({ status: 101, body: '', ws }));
      ws.once('unexpected-response', (req, res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode!, body });
        });
      });
    });
  }

  /** A socket as the page opens it, and every message it receives, in order. */
  async function pageSocket() {
    const { ws, status, body } = await upgrade(asPage());
    if (!ws) throw new Error(`The upgrade was refused: ${status} ${body}`);
    const seen: Array<Record<string, unknown>> = [];
    const waiters = new Set<() => void>();
    ws.on('message', (data) => {
      seen.push(JSON.parse(String(data)) as Record<string, unknown>);
      for (const check of waiters) check();
    });
    const until = (match: (m: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const check = () => {
          const found = seen.find(match);
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      });
    let nextId = 1;
    const call = async (method: string, input: unknown) => {
      const id = nextId++;
      ws.send(JSON.stringify({ id, method, input }));
      return (await until((m) => m.id === id)).result;
    };
    return { ws, seen, until, call };
  }

  it('answers a call with the same Result as POST', async () => {
    const socket = await pageSocket();
    try {
      for (const [method, input] of [
        ['library.info', {}],
        ['articles.get', { id: 42 }],
        ['articles.explode', {}],
      ] as const) {
        expect(await socket.call(method, input), method).toEqual(JSON.parse((await api(method, input)).body));
      }
    } finally {
      socket.ws.close();
    }
  });

  it('sends an event to every open socket, after the answer to the call that caused it', async () => {
    const imported = JSON.parse((await api('articles.importText', { text: 'Ferry timetable changes\n\nThe island ferry leaves an hour earlier from Monday.' })).body);
    const articleId = imported.value.imported[0].id as string;
    const [caller, other] = [await pageSocket(), await pageSocket()];
    try {
      const created = await caller.call('annotations.create', { articleId, start: 0, end: 5 });
      expect(created).toMatchObject({ ok: true });
      const changed = (m: Record<string, unknown>) => m.event === 'library.changed';
      expect(await caller.until(changed)).toEqual({ event: 'library.changed', payload: { what: 'annotations' } });
      expect(await other.until(changed)).toEqual({ event: 'library.changed', payload: { what: 'annotations' } });
      const order = caller.seen.map((m) => ('id' in m ? 'answer' : m.event));
      expect(order.indexOf('answer')).toBeLessThan(order.indexOf('library.changed'));
    } finally {
      caller.ws.close();
      other.ws.close();
    }
  });

  it('streams import.progress while articles.import runs', async () => {
    const socket = await pageSocket();
    try {
      const report = await socket.call('articles.import', { files: [text('Bus routes redrawn\n\nThree night buses will stop at the hospital from June, the council said.')] });
      expect(report).toMatchObject({ ok: true });
      expect(await socket.until((m) => m.event === 'import.progress')).toMatchObject({ payload: { done: 1, total: 1 } });
    } finally {
      socket.ws.close();
    }
  });

  it('lets a script without an Origin in with the X-Gloss-Token header', async () => {
    const { status, ws } = await upgrade({ 'x-gloss-token': host.token });
    expect(status).toBe(101);
    ws!.close();
  });

  it.each([
    ['without the token cookie', () => ({ origin: `http://127.0.0.1:${host.port}` }), /token/],
    ['with a wrong token cookie', () => ({ cookie: cookie.replace(host.token, 'f'.repeat(64)), origin: `http://127.0.0.1:${host.port}` }), /token/],
    ['with a foreign Origin', () => ({ cookie, origin: 'http://evil.example' }), /other web pages/],
    ['with a wrong Host', () => ({ cookie, origin: `http://127.0.0.1:${host.port}`, host: 'evil.example' }), /addressed/],
    ['with no Origin and no token header', () => ({ cookie }), /x-gloss-token/],
    ['with a wrong token header', () => ({ 'x-gloss-token': 'f'.repeat(64) }), /token/],
  ])('refuses the upgrade %s with 403', async (_, headers, why) => {
    const reply = await upgrade(headers());
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(why);
  });

  it('refuses an upgrade anywhere else with 404', async () => {
    for (const path of ['/', '/api/events', '/api/library.info', '/api/socket/x']) {
      expect((await upgrade(asPage(), path)).status, path).toBe(404);
    }
  });

  it('answers a malformed call with invalid_input when it has an id, ignores it when not, and stays usable', async () => {
    const socket = await pageSocket();
    try {
      for (const text of ['not json', '[1, 2]', '"library.info"', 'null', '{"method": "library.info"}', '{"id": "7", "method": "library.info"}', '{"id": 1.5, "method": "library.info"}', '{"id": -1, "method": "library.info"}', '{"id": 1e300, "method": "library.info"}', `{"id": ${2 ** 53}, "method": "library.info"}`, '['.repeat(100_000)]) {
        socket.ws.send(text);
      }
      socket.ws.send('{"id": 900}');
      socket.ws.send('{"id": 901, "method": ["library.info"]}');
      socket.ws.send(Buffer.from('{"id": 902, "method": 42}'));
      expect(await socket.call('library.info', {})).toMatchObject({ ok: true });
      const answered = socket.seen.map((m) => m.id);
      expect(answered).toEqual([900, 901, 902, 1]);
      for (const id of [900, 901, 902]) {
        expect(socket.seen.find((m) => m.id === id)).toMatchObject({ result: { ok: false, error: { code: 'invalid_input' } } });
      }
    } finally {
      socket.ws.close();
    }
  });

  it('refuses hostile methods and input cleanly, and pollutes nothing', async () => {
    const socket = await pageSocket();
    try {
      for (const method of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(100_000)]) {
        expect(await socket.call(method, {}), method.slice(0, 20)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      }
      for (const input of [[], [1, 2], 'text', 42, { id: { $gt: '' } }]) {
        expect(await socket.call('articles.get', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
      socket.ws.send('{"id": 99, "method": "articles.list", "input": {"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}}}');
      expect((await socket.until((m) => m.id === 99)).result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      socket.ws.send('{"id": 100, "method": "library.info", "__proto__": {"isAdmin": true}}');
      expect((await socket.until((m) => m.id === 100)).result).toMatchObject({ ok: true });
      expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
      expect(await socket.call('library.info', {})).toMatchObject({ ok: true });
    } finally {
      socket.ws.close();
    }
  });
  it('closes every socket when the host stops', async () => {
    const empty = tempDir();
    const other = await startHost({ dataDir: join(empty.path, 'data'), staticDir: join(empty.path, 'no-renderer') });
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${other.port}/api/socket`, { headers: { 'x-gloss-token': other.token } });
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      const closed = new Promise<number>((resolve) => ws.once('close', resolve));
      await other.close();
      expect(await closed).toBe(1001);
    } finally {
      await other.close();
      empty.remove();
    }
  });
});

describe("the window's files", () => {
  it('serves the page with the Content-Security-Policy, and assets with their types', async () => {
    const page = await send('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    const script = await send('/assets/app.js', { headers: { cookie } });
    expect(script.headers['content-type']).toMatch(/text\/javascript/);
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('tells to run npm run build when the renderer is not built', async () => {
    const empty = tempDir();
    const bare = await startHost({ dataDir: join(empty.path, 'data'), staticDir: join(empty.path, 'no-renderer') });
    try {
      const entry = await fetch(bare.url, { redirect: 'manual' });
      const reply = await fetch(`http://127.0.0.1:${bare.port}/`, { headers: { cookie: String(entry.headers.get('set-cookie')).split(';')[0]! } });
      expect(reply.status).toBe(503);
      expect(await reply.text()).toContain('npm run build');
    } finally {
      await bare.close();
      empty.remove();
    }
  });
});

describe('network exposure', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine to try
    const reached = await new Promise<boolean>((resolve) => {
      const req = request({ host: external.address, port: host.port, path: '/', timeout: 2000 }, () => resolve(true));
      req.on('error', () => resolve(false));
      req.on('timeout', () => (req.destroy(), resolve(false)));
      req.end();
    });
    expect(reached).toBe(false);
  });
});
