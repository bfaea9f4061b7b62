// Core events to every open page as Server-Sent Events (`event: import.progress`, `data: {...}`).
import type { ServerResponse } from 'node:http';

const KEEP_ALIVE_MS = 15_000;

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly timer = setInterval(() => this.write(': keep-alive\n\n'), KEEP_ALIVE_MS).unref();

  open(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n: connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: string, payload: unknown): void {
    // JSON never contains a raw newline, so one data line carries the whole payload.
    this.write(`event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
  }

  close(): void {
    clearInterval(this.timer);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}
