// Connecting to a hub: an ordinary postgres:// URL (TLS per its sslmode), the password from
// where libpq looks (the URL, PGPASSWORD, ~/.pgpass or PGPASSFILE) unless the app passes its
// saved one. No password is ever written to the library, a log or an export: the hub is
// remembered by hub key, the URL without its password.
import { createRequire } from 'node:module';
import pg from 'pg';
import { GlossError, knownFailure } from '../errors.js';

type PgpassLookup = (conn: { host?: string; port?: string | number; database?: string; user?: string }, cb: (pw?: string) => void) => void;
const pgpass = createRequire(import.meta.url)('pgpass') as PgpassLookup;

export interface HubTarget {
  url: string;
  /** A password the caller holds (the app's saved one); else libpq's conventions. */
  password?: string;
}

/** The URL as shown and remembered: without its password. */
export function hubKey(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    throw new GlossError('invalid_input', { key: 'hub.address' });
  }
}

function lookupPgpass(conn: { host?: string; port?: string | number; database?: string; user?: string }): Promise<string | undefined> {
  return new Promise((resolve) => pgpass(conn, resolve));
}

export function clientConfig(target: HubTarget): pg.ClientConfig {
  hubKey(target.url);
  const u = new URL(target.url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) hubKey('not a url');
  const user = decodeURIComponent(u.username) || process.env.PGUSER || process.env.USER;
  const host = decodeURIComponent(u.hostname) || process.env.PGHOST || 'localhost';
  const port = u.port || process.env.PGPORT || '5432';
  const database = decodeURIComponent(u.pathname.slice(1)) || process.env.PGDATABASE || user;
  const inUrl = u.password ? decodeURIComponent(u.password) : undefined;
  return {
    host,
    port: Number(port),
    database,
    user,
    ssl: sslFor(u.searchParams.get('sslmode') ?? process.env.PGSSLMODE ?? 'prefer'),
    connectionTimeoutMillis: 10_000,
    application_name: 'gloss',
    password: async () => {
      const password = target.password ?? inUrl ?? (process.env.PGPASSWORD || (await lookupPgpass({ host, port, database, user })));
      if (password) return password;
      throw new GlossError('forbidden', { key: 'hub.noPassword', params: { user: user ?? '', host } });
    },
  };
}

/** libpq's sslmode; `prefer` and `allow` connect without TLS (pg cannot fall back). */
function sslFor(mode: string): pg.ClientConfig['ssl'] {
  if (mode === 'require') return { rejectUnauthorized: false };
  if (mode === 'verify-ca' || mode === 'verify-full') return { rejectUnauthorized: true };
  return false;
}

/** A connected client; an unreachable hub or a refused login is a GlossError a person can act on. */
export async function connectHub(target: HubTarget): Promise<pg.Client> {
  const client = new pg.Client(clientConfig(target));
  client.on('error', () => {}); // a dropped connection fails the query in flight; that is reported there
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => {});
    throw hubError(e, target.url);
  }
  return client;
}

/** Failing to connect at all: the hub or the network is down, or not there yet. */
const CANNOT_CONNECT = ['ECONNREFUSED', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', '57P03'];

/**
 * The connection going in the middle of a sync: the server stopped or restarted (57P01, 57P02),
 * an administrator ended the session, the network dropped it (SQLSTATE class 08, a reset).
 */
function connectionLost(err: { code?: string; message?: string }): boolean {
  const code = err.code ?? '';
  return ['57P01', '57P02', 'ECONNRESET', 'EPIPE'].includes(code) || code.startsWith('08') || /Connection terminated|not queryable/.test(err.message ?? '');
}

export function hubError(e: unknown, url: string): GlossError {
  // This library's own failures (busy, full disk, damage) are said as such, not put on the hub.
  const own = knownFailure(e);
  if (own) return own;
  const err = e as { code?: string; message?: string };
  const hub = hubKey(url);
  if (err.code === '28P01' || err.code === '28000') return new GlossError('forbidden', { key: 'hub.login', params: { hub } });
  // A typo in the address reads otherwise than a network that is down.
  if (err.code === 'ENOTFOUND') return new GlossError('unavailable', { key: 'hub.unknownHost', params: { host: new URL(url).hostname } });
  if (err.code === '3D000') return new GlossError('not_found', { key: 'hub.noDatabase', params: { host: new URL(url).host, database: decodeURIComponent(new URL(url).pathname.slice(1)) } });
  if (err.code === '42501') return new GlossError('forbidden', { key: 'hub.refused', params: { detail: err.message ?? '' } });
  if (CANNOT_CONNECT.includes(err.code ?? '') || /timeout/i.test(err.message ?? '')) {
    return new GlossError('unavailable', { key: 'hub.unreachable', params: { hub, reason: err.code ?? err.message ?? '' } });
  }
  if (connectionLost(err)) return new GlossError('unavailable', { key: 'hub.lost', params: { hub, reason: err.message ?? err.code ?? '' } });
  return new GlossError('database', { key: 'hub.answered', params: { hub, detail: err.message ?? String(e) } });
}
