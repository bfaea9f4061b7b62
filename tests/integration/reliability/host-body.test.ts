// Browser mode applies its body limit as the bytes arrive: a call far larger than any the window
// sends is refused while it is still being sent, not after hundreds of megabytes are held.
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_CALL_BODY_BYTES, startHost, type Host } from '../../../electron/host/server.js';
import { tempDir } from '../../helpers/tmp.js';

let dir: ReturnType<typeof tempDir>;
let host: Host;
beforeAll(async () => {
  dir = tempDir();
  host = await startHost({ dataDir: dir.path, staticDir: dir.path });
});
afterAll(async () => {
  await host?.close();
  dir.remove();
});

it('refuses a streamed import past the limit before the sender has finished', { timeout: 60_000 }, async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  // The host answers 413 and closes the connection: the sender sees the answer or, if it is
  // still writing when the host closes, the connection cut. Either way, soon after the limit.
  const reply = await new Promise<{ status: number | 'closed'; body: string; sentMb: number }>((resolve, reject) => {
    let sent = 0;
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/articles.import',
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, 'x-gloss-token': host.token, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString(), sentMb: sent }));
      },
    );
    req.on('error', () => resolve({ status: 'closed', body: '', sentMb: sent }));
    req.write('{"files": [{"name": "a.txt", "dataBase64": "');
    // Keep sending, up to well past the limit, and never end the request: only a host that
    // refuses as bytes arrive answers at all.
    const pump = () => {
      if (sent >= (MAX_CALL_BODY_BYTES / chunk.length) * 3) return reject(new Error('the host kept reading'));
      sent++;
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
  if (reply.status !== 'closed') {
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  }
  expect(reply.sentMb).toBeLessThan((MAX_CALL_BODY_BYTES / chunk.length) * 2);
});
