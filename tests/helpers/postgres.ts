// A throwaway PostgreSQL cluster for the team hub tests: initdb in a temporary folder, started
// on a free loopback port, stopped and removed after. PostgreSQL refuses to run as root, so as
// root (CI) it runs as the `postgres` system user. Where PostgreSQL is not installed the tests
// skip with a message; CI installs it (.ci/run), so there they run.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ClusterOptions {
  /**
   * TLS with a self-signed certificate for 127.0.0.1, ::1 and localhost: `only` refuses plain
   * connections (pg_hba `hostssl`); `unused` offers TLS but logs in only plain ones (`hostnossl`).
   * `client-cert`: TLS only, and every role but `postgres` needs a client certificate its
   * authority signed: members of `by_cert` log in by it alone (pg_hba `cert`), the others with a
   * password too (`clientcert=verify-full`). The server's certificate is signed by that authority.
   */
  tls?: 'only' | 'unused' | 'client-cert';
  /** Listens on [::1] too. */
  ipv6?: boolean;
}

export interface Cluster {
  port: number;
  /** The server's certificate (PEM file), when started with TLS. */
  certificate?: string;
  /** The authority (PEM file) that signed the server's certificate, and signs client certificates, with `tls: 'client-cert'`. */
  authority?: string;
  /**
   * A client certificate and its key, made for `user` (its CN) in the cluster's folder: signed by
   * the cluster's authority, or by another one the server does not trust; the key encrypted
   * with `passphrase` if given.
   */
  clientCertificate(user: string, options?: { signedBy?: 'cluster' | 'stranger'; passphrase?: string }): { cert: string; key: string };
  /** A URL for `user` on the cluster's database (password given separately, as a person would). */
  url(user?: string): string;
  adminPassword: string;
  /** A client connected as the administrator. */
  admin(): Promise<pg.Client>;
  /** The server killed as by a power cut (`pg_ctl stop -m immediate`), its files kept. */
  halt(): void;
  /** The halted server started again on its port. */
  restart(): void;
  /** A PostgreSQL program (pg_dump, pg_restore) run as the cluster's system user, as the administrator. */
  tool(cmd: string, args: string[], input?: Buffer): Buffer;
  stop(): void;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, 'bin') : null;
}

let warned = false;
/** The reason the hub tests cannot run here, or null when they can. */
export function postgresMissing(): string | null {
  if (process.env.CI && !binDir()) throw new Error('PostgreSQL is not installed, and CI must run the hub tests: see .ci/run.');
  if (binDir()) return null;
  if (!warned) {
    warned = true;
    console.warn('Skipping team hub tests: PostgreSQL is not installed (Debian: apt-get install postgresql).');
  }
  return 'PostgreSQL is not installed';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = binDir()!;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, input?: Buffer) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', 'env', ...Object.entries(env).filter(([k]) => k.startsWith('PG')).map(([k, v]) => `${k}=${v}`), join(bin, cmd), ...args], { stdio: 'pipe', env, input, maxBuffer: 1 << 28 })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe', env, input, maxBuffer: 1 << 28 });
  const adminPassword = 'admin-' + Math.random().toString(36).slice(2);
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, adminPassword + '\n');
  if (asRoot) {
    const { uid, gid } = ids('postgres');
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-sync']);
  rmSync(pwfile);
  const port = await freePort();
  let settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${options.ipv6 ? ',::1' : ''} -c fsync=off -c max_connections=200`;
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  /** A key and a certificate for `subject` in the cluster's folder, self-signed or signed by `ca`. */
  const certify = (name: string, subject: string, ca?: { cert: string; key: string }, extensions: string[] = []) => {
    const cert = join(dir, `${name}.crt`);
    const key = join(dir, `${name}.key`);
    if (ca) {
      const request = join(dir, `${name}.csr`);
      openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', subject, '-keyout', key, '-out', request);
      const extfile = join(dir, `${name}.ext`);
      writeFileSync(extfile, extensions.map((e) => e + '\n').join(''));
      openssl('x509', '-req', '-in', request, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-days', '2', '-extfile', extfile, '-out', cert);
    } else {
      openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', subject, '-keyout', key, '-out', cert, ...extensions.flatMap((e) => ['-addext', e]));
    }
    return { cert, key };
  };
  const SERVER_NAMES = 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1';
  let certificate: string | undefined;
  let authority: { cert: string; key: string } | undefined;
  if (options.tls) {
    let server: { cert: string; key: string };
    if (options.tls === 'client-cert') {
      authority = certify('authority', '/CN=Gloss test authority', undefined, ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign']);
      server = certify('server', '/CN=localhost', authority, [SERVER_NAMES]);
    } else {
      server = certify('server', '/CN=localhost', undefined, [SERVER_NAMES]);
    }
    certificate = server.cert;
    if (asRoot) {
      const { uid, gid } = ids('postgres');
      for (const f of [server.key, server.cert, ...(authority ? [authority.cert] : [])]) chownSync(f, uid, gid);
    }
    const host = options.tls === 'unused' ? 'hostnossl' : 'hostssl';
    const lines =
      options.tls === 'client-cert'
        ? [`${host} all postgres 127.0.0.1/32 scram-sha-256`, `${host} all +by_cert 127.0.0.1/32 cert`, `${host} all all 127.0.0.1/32 scram-sha-256 clientcert=verify-full`]
        : [`${host} all all 127.0.0.1/32 scram-sha-256`, `${host} all all ::1/128 scram-sha-256`];
    writeFileSync(join(data, 'pg_hba.conf'), ['local all all scram-sha-256', ...lines, ''].join('\n'));
    settings += ` -c ssl=on -c ssl_cert_file=${server.cert} -c ssl_key_file=${server.key}${authority ? ` -c ssl_ca_file=${authority.cert}` : ''}`;
  }
  const start = () => run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start']);
  start();
  const url = (user = 'postgres') => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/postgres?sslmode=${options.tls && options.tls !== 'unused' ? 'require' : 'disable'}`;
  return {
    port,
    ...(certificate ? { certificate } : {}),
    ...(authority ? { authority: authority.cert } : {}),
    clientCertificate(user, { signedBy = 'cluster', passphrase } = {}) {
      const name = `client-${user}-${signedBy}${passphrase ? '-encrypted' : ''}`;
      const ca = signedBy === 'cluster' ? authority! : certify('stranger-authority', '/CN=Another authority', undefined, ['basicConstraints=critical,CA:TRUE']);
      const made = certify(name, `/CN=${user}`, ca);
      if (!passphrase) return made;
      const key = join(dir, `${name}.pem`);
      openssl('pkey', '-in', made.key, '-aes256', '-passout', `pass:${passphrase}`, '-out', key);
      return { cert: made.cert, key };
    },
    url,
    adminPassword,
    async admin() {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', password: adminPassword, ssl: options.tls && options.tls !== 'unused' ? { rejectUnauthorized: false } : false });
      await client.connect();
      return client;
    },
    halt() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    restart: start,
    tool(cmd, args, input) {
      return run(cmd, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', ...args], { ...process.env, PGPASSWORD: adminPassword }, input);
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function ids(user: string): { uid: number; gid: number } {
  const line = execFileSync('getent', ['passwd', user], { encoding: 'utf8' }).split(':');
  return { uid: Number(line[2]), gid: Number(line[3]) };
}
