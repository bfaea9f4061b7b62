// Connecting to a hub: an ordinary postgres:// URL (TLS per its sslmode, as libpq reads it), the
// password from where libpq looks (the URL, PGPASSWORD, ~/.pgpass or PGPASSFILE) unless the app
// passes its saved one. No password is ever written to the library, a log or an export: the hub
// is remembered by hub key, the URL without its password.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionOptions } from 'node:tls';
import pg from 'pg';
import { GlossError, knownFailure } from '../errors.js';
import { withoutPassword } from './address.js';
import { clientCertificate } from './client-certificate.js';

type PgpassLookup = (conn: { host?: string; port?: string | number; database?: string; user?: string }, cb: (pw?: string) => void) => void;
const pgpass = createRequire(import.meta.url)('pgpass') as PgpassLookup;

export interface HubTarget {
  url: string;
  /** A password the caller holds (the app's saved one); else libpq's conventions. */
  password?: string;
}

const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type SslMode = (typeof SSL_MODES)[number];

/** The URL as a WHATWG URL; anything else (a key=value string, a password with @ / # unencoded) is refused saying what to write. */
function parseUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new GlossError('invalid_input', { key: 'hub.address' });
  }
  // A fragment is never part of a connection URL: it is a password's unencoded #.
  if (!/^postgres(ql)?:$/.test(u.protocol) || u.hash) throw new GlossError('invalid_input', { key: 'hub.address' });
  return u;
}

/** The URL as shown and remembered: without its password (in the user part or as ?password=). */
export function hubKey(url: string): string {
  return withoutPassword(parseUrl(url));
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new GlossError('invalid_input', { key: 'hub.address' });
  }
}

/** A query parameter as libpq reads it: percent-decoded only (a + stays a +, where URLSearchParams makes it a space). */
function param(u: URL, name: string): string | undefined {
  for (const pair of u.search.slice(1).split('&')) {
    const [key, ...value] = pair.split('=');
    if (key === name) return decoded(value.join('='));
  }
  return undefined;
}

function lookupPgpass(conn: { host?: string; port?: string | number; database?: string; user?: string }): Promise<string | undefined> {
  return new Promise((resolve) => pgpass(conn, resolve));
}

function sslModeOf(u: URL): SslMode {
  const mode = param(u, 'sslmode') ?? process.env.PGSSLMODE ?? 'prefer';
  if (!(SSL_MODES as readonly string[]).includes(mode)) throw new GlossError('invalid_input', { key: 'hub.sslmode', params: { mode } });
  return mode as SslMode;
}

function clientConfig(target: HubTarget): pg.ClientConfig {
  const u = parseUrl(target.url);
  const user = decoded(u.username) || process.env.PGUSER || process.env.USER;
  // [::1] in a URL is the address ::1.
  const host = decoded(u.hostname).replace(/^\[(.*)\]$/, '$1') || process.env.PGHOST || 'localhost';
  const port = u.port || process.env.PGPORT || '5432';
  const database = decoded(u.pathname.slice(1)) || process.env.PGDATABASE || user;
  const inUrl = u.password ? decoded(u.password) : param(u, 'password');
  const mode = sslModeOf(u);
  const ssl = sslFor(mode, param(u, 'sslrootcert') ?? process.env.PGSSLROOTCERT);
  return {
    host,
    port: Number(port),
    database,
    user,
    ssl: ssl && { ...ssl, ...identity(u, mode) },
    connectionTimeoutMillis: 10_000,
    application_name: 'gloss',
    password: async () => {
      const password = target.password ?? inUrl ?? (process.env.PGPASSWORD || (await lookupPgpass({ host, port, database, user })));
      if (password) return password;
      throw new GlossError('forbidden', { key: 'hub.noPassword', params: { user: user ?? '', host } });
    },
  };
}

/**
 * libpq's sslmode: `require` encrypts without verifying (verify-ca when a root certificate is
 * given, as libpq does), `verify-ca` checks the certificate's authority, `verify-full` its host
 * name too (verify-ca only against a given authority). `prefer` (the default) and `allow` are
 * TLS and plain tried in turn by connectHub.
 */
function sslFor(mode: SslMode, rootcert: string | undefined): false | ConnectionOptions {
  if (mode === 'disable' || mode === 'allow') return false;
  if (mode === 'prefer') return { rejectUnauthorized: false };
  const ca = authority(rootcert);
  if (mode === 'require' && !ca) return { rejectUnauthorized: false };
  // As libpq: checking only the authority makes sense for one's own, not for the public ones.
  if (mode === 'verify-ca' && !ca) throw new GlossError('invalid_input', { key: 'hub.verifyCaRoot' });
  return mode === 'verify-full' ? { ...(ca ? { ca } : {}) } : { ...(ca ? { ca } : {}), checkServerIdentity: () => undefined };
}

/** The client certificate to show, where TLS may be used (`allow` too: its second try is encrypted). */
function identity(u: URL, mode: SslMode): ReturnType<typeof clientCertificate> {
  if (mode === 'disable') return {};
  return clientCertificate({ cert: param(u, 'sslcert'), key: param(u, 'sslkey'), password: param(u, 'sslpassword') });
}

/** The certificate authority to trust: sslrootcert, else ~/.postgresql/root.crt as libpq; none (or `system`) is the public ones Node trusts. */
function authority(rootcert: string | undefined): string | undefined {
  const file = rootcert ?? [join(homedir(), '.postgresql', 'root.crt')].find((f) => existsSync(f));
  if (!file || file === 'system') return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new GlossError('invalid_input', { key: 'hub.rootCert', params: { path: file } });
  }
}

async function connected(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  client.on('error', () => {}); // a dropped connection fails the query in flight; that is reported there
  try {
    await client.connect();
    return client;
  } catch (e) {
    // Not awaited: after a TLS alert from the server (a client certificate refused) the socket is
    // gone already, and pg's end would wait for ever for an 'end' it has emitted.
    void client.end().catch(() => {});
    throw e;
  }
}

const serverWithoutTls = (e: unknown) => /does not support SSL/.test((e as Error | null)?.message ?? '');

/** A connected client; an unreachable hub or a refused login is a GlossError a person can act on. */
export async function connectHub(target: HubTarget): Promise<pg.Client> {
  const config = clientConfig(target);
  const u = parseUrl(target.url);
  const mode = sslModeOf(u);
  try {
    return await connected(config);
  } catch (e) {
    // prefer: TLS where the server offers it and logs it in, else without, as libpq. Refused
    // both ways, the encrypted refusal is the one to say (the plain one is pg_hba's "no encryption").
    const refused = (err: unknown) => (err as { code?: string }).code === '28000';
    if (mode === 'prefer' && (serverWithoutTls(e) || refused(e))) {
      return connected({ ...config, ssl: false }).catch((plain) => Promise.reject(hubError(refused(e) && refused(plain) ? e : plain, target.url)));
    }
    // A login refused without TLS: allow tries again with it, as libpq; under disable that try says why.
    if ((mode === 'allow' || mode === 'disable') && refused(e)) {
      const encrypted = await connected({ ...config, ssl: { rejectUnauthorized: false, ...identity(u, mode) } }).catch((again: { code?: string }) => again);
      if (encrypted instanceof pg.Client && mode === 'allow') return encrypted;
      if (encrypted instanceof pg.Client) await encrypted.end().catch(() => {});
      if (encrypted instanceof pg.Client || encrypted.code === '28P01') throw new GlossError('forbidden', { key: 'hub.tlsOnly', params: { hub: hubKey(target.url) } });
    }
    throw hubError(e, target.url);
  }
}

/** An administrator's command failing: a role without the rights to set up or manage the hub is told which it needs. */
export function adminError(e: unknown, url: string): GlossError {
  const err = e as { code?: string; message?: string };
  if (err.code === '42501') return new GlossError('forbidden', { key: 'hub.adminRights', params: { hub: hubKey(url), detail: err.message ?? '' } });
  return hubError(e, url);
}

/** The server and the address's sslmode disagree, or its certificate cannot be trusted. */
function tlsFailure(err: { code?: string; message?: string }, url: string): GlossError | null {
  const u = parseUrl(url);
  const params = { hub: hubKey(url), mode: param(u, 'sslmode') ?? process.env.PGSSLMODE ?? 'prefer', reason: err.message ?? '' };
  if (serverWithoutTls(err)) return new GlossError('forbidden', { key: 'hub.noTls', params });
  if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') return new GlossError('forbidden', { key: 'hub.certificateName', params: { ...params, host: u.hostname } });
  if (/CERT|SELF_SIGNED|UNABLE_TO_|INVALID_CA/.test(err.code ?? '')) return new GlossError('forbidden', { key: 'hub.certificate', params });
  return null;
}

/**
 * The server wants a client certificate and had none (PostgreSQL's own words, or TLS 1.3's
 * alert), or refused the one shown: its authority is not one the server trusts, it has expired,
 * or it is made out to another user (`cert` compares its CN with the user name).
 */
function clientCertificateRefused(err: { code?: string; message?: string }, hub: string): GlossError | null {
  const message = err.message ?? '';
  if ((err.code === '28000' && /requires a valid client certificate/.test(message)) || err.code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED') {
    return new GlossError('forbidden', { key: 'hub.clientCertRequired', params: { hub } });
  }
  if ((err.code === '28000' && /certificate authentication failed/.test(message)) || /^ERR_SSL_.*ALERT_(UNKNOWN_CA|BAD_CERTIFICATE|UNSUPPORTED_CERTIFICATE|CERTIFICATE_)/.test(err.code ?? '')) {
    return new GlossError('forbidden', { key: 'hub.clientCertRejected', params: { hub, reason: message } });
  }
  return null;
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
  if (err.code === '28P01') return new GlossError('forbidden', { key: 'hub.login', params: { hub } });
  const certificate = clientCertificateRefused(err, hub);
  if (certificate) return certificate;
  // No such role, one that may not log in, or pg_hba.conf refusing this user or computer.
  if (err.code === '28000') return new GlossError('forbidden', { key: 'hub.notAllowed', params: { hub, detail: err.message ?? '' } });
  const tls = tlsFailure(err, url);
  if (tls) return tls;
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
