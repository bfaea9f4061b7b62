// Connecting to the PostgreSQL servers a desk or a school really has: one that accepts only TLS
// (a self-signed certificate, pg_hba `hostssl` only), one without TLS, addresses as people paste
// them, and logins and roles that cannot do what the hub needs. Each either works as psql would
// or says what is wrong and what to write instead; no password shows in a message or the library.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/api.js';
import type { GlossError } from '../../../electron/core/errors.js';
import { addMember, createWorkspace } from '../../../electron/core/hub/admin.js';
import { adminError, connectHub, type HubTarget } from '../../../electron/core/hub/connection.js';
import { migrateHub } from '../../../electron/core/hub/schema.js';
import { syncWithHub } from '../../../electron/core/hub/sync.js';
import { postgresMissing, startCluster, type Cluster } from '../../helpers/postgres.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss } from '../cli/run.js';

const missing = postgresMissing();

describe('an address in a form the hub does not take, given to a door', () => {
  it('is refused in the person\'s language, saying what to write (no server needed)', async () => {
    const dir = tempDir('gloss-hub-connect-');
    try {
      const run = await gloss(['sync', '--hub', 'host=127.0.0.1 dbname=gloss', '--workspace', 'Desk', '--lang', 'es', '--data-dir', dir.path]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('La dirección del servidor debe ser una URL como postgres://');
      expect(run.stderr).toContain('%40 %3A %2F %25 %23 %20');
    } finally {
      dir.remove();
    }
  });
});

/** Whether the connection is encrypted, or the refusal's key and English message. */
async function attempt(target: HubTarget): Promise<{ tls: boolean } | { key?: string; message: string }> {
  try {
    const client = await connectHub(target);
    try {
      const { rows } = await client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      return { tls: rows[0].ssl as boolean };
    } finally {
      await client.end();
    }
  } catch (e) {
    return { key: (e as GlossError).key, message: (e as Error).message };
  }
}

describe.skipIf(missing)('a hub that accepts only TLS, with a self-signed certificate', () => {
  let tls: Cluster;
  beforeAll(async () => {
    tls = await startCluster({ tls: 'only' });
    const admin = await tls.admin();
    await admin.query("CREATE ROLE locked PASSWORD 'pw'");
    await admin.end();
  }, 60_000);
  afterAll(() => tls?.stop());
  const at = (query: string) => ({ url: `postgres://postgres@127.0.0.1:${tls.port}/postgres${query}`, password: tls.adminPassword });

  it('sslmode=require encrypts without verifying the certificate, as libpq; an address without sslmode uses TLS as psql does', async () => {
    expect(await attempt(at('?sslmode=require'))).toEqual({ tls: true });
    expect(await attempt(at(''))).toEqual({ tls: true });
    expect(await attempt(at('?sslmode=prefer'))).toEqual({ tls: true });
    expect(await attempt(at('?sslmode=allow'))).toEqual({ tls: true });
  });

  it('sslmode=verify-full refuses a certificate no trusted authority signed, says so and how to trust it; with sslrootcert= verify-full and verify-ca connect', async () => {
    const refused = await attempt(at('?sslmode=verify-full'));
    expect(refused).toMatchObject({ key: 'hub.certificate' });
    expect((refused as { message: string }).message).toMatch(/self-signed certificate/);
    expect((refused as { message: string }).message).toContain('sslrootcert=');
    for (const mode of ['verify-full', 'verify-ca']) {
      expect(await attempt(at(`?sslmode=${mode}&sslrootcert=${encodeURIComponent(tls.certificate!)}`))).toEqual({ tls: true });
    }
    // verify-ca against the public authorities would take any server one of them certified: libpq refuses it, and so does Gloss.
    expect(await attempt(at('?sslmode=verify-ca'))).toMatchObject({ key: 'hub.verifyCaRoot', message: expect.stringContaining('sslrootcert=') });
    // libpq's require with a root certificate verifies it (verify-ca).
    expect(await attempt(at(`?sslmode=require&sslrootcert=${encodeURIComponent(tls.certificate!)}`))).toEqual({ tls: true });
    expect(await attempt(at('?sslmode=verify-full&sslrootcert=/nonexistent/root.crt'))).toMatchObject({ key: 'hub.rootCert', message: expect.stringContaining('/nonexistent/root.crt') });
  });

  it('sslmode=disable is refused saying the hub takes only encrypted connections, not that the password is wrong', async () => {
    const refused = await attempt(at('?sslmode=disable'));
    expect(refused).toMatchObject({ key: 'hub.tlsOnly' });
    expect((refused as { message: string }).message).toContain('sslmode=require');
    // A wrong password is still said as one, whatever the sslmode; a role that may not log in too.
    expect(await attempt({ ...at('?sslmode=require'), password: 'wrong' })).toMatchObject({ key: 'hub.login' });
    expect(await attempt({ ...at(''), password: 'wrong' })).toMatchObject({ key: 'hub.login' });
    const locked = { url: `postgres://locked@127.0.0.1:${tls.port}/postgres`, password: 'pw' };
    expect(await attempt(locked)).toMatchObject({ key: 'hub.notAllowed', message: expect.stringContaining('not permitted to log in') });
  });

  it('a misspelt sslmode is refused rather than taken as no TLS', async () => {
    expect(await attempt(at('?sslmode=requird'))).toMatchObject({ key: 'hub.sslmode', message: expect.stringContaining('requird') });
  });
});

describe.skipIf(missing)('a hub that offers TLS but logs in only plain connections (pg_hba hostnossl)', () => {
  let unused: Cluster;
  beforeAll(async () => {
    unused = await startCluster({ tls: 'unused' });
  }, 60_000);
  afterAll(() => unused?.stop());
  const at = (query: string) => ({ url: `postgres://postgres@127.0.0.1:${unused.port}/postgres${query}`, password: unused.adminPassword });

  it('an address without sslmode connects without TLS, as psql does; sslmode=require is refused by the server, as by psql', async () => {
    expect(await attempt(at(''))).toEqual({ tls: false });
    expect(await attempt(at('?sslmode=disable'))).toEqual({ tls: false });
    expect(await attempt(at('?sslmode=require'))).toMatchObject({ key: 'hub.notAllowed', message: expect.stringContaining('SSL encryption') });
  });
});

describe.skipIf(missing)('a hub without TLS, and addresses as people paste them', () => {
  let plain: Cluster;
  const SPECIAL = 'p@ss:w/rd%#  x?&=+';
  beforeAll(async () => {
    plain = await startCluster({ ipv6: true });
    const admin = await plain.admin();
    try {
      await migrateHub(admin);
      await createWorkspace(admin, 'Desk');
      await addMember(admin, { workspace: 'Desk', user: 'alice', role: 'checker', password: SPECIAL });
      await admin.query("CREATE ROLE stranger LOGIN PASSWORD 'pw'");
      await admin.query("CREATE ROLE locked PASSWORD 'pw'");
    } finally {
      await admin.end();
    }
  }, 60_000);
  afterAll(() => plain?.stop());
  const admin = (address: string, query = '') => ({ url: `${address.replace('PORT', String(plain.port))}/postgres${query}`, password: plain.adminPassword });

  it('sslmode=require is refused naming TLS; without sslmode it connects unencrypted, as psql', async () => {
    const refused = await attempt(admin('postgres://postgres@127.0.0.1:PORT', '?sslmode=require'));
    expect(refused).toMatchObject({ key: 'hub.noTls', message: expect.stringContaining('sslmode=require') });
    expect(await attempt(admin('postgres://postgres@127.0.0.1:PORT'))).toEqual({ tls: false });
  });

  it('postgres:// and postgresql://, the IPv6 loopback [::1] and a port of its own all connect', async () => {
    expect(await attempt(admin('postgresql://postgres@127.0.0.1:PORT'))).toEqual({ tls: false });
    expect(await attempt(admin('postgres://postgres@[::1]:PORT'))).toEqual({ tls: false });
    expect(await attempt(admin('postgresql://postgres@localhost:PORT', '?sslmode=disable'))).toEqual({ tls: false });
  });

  it('a key=value string, or a password with @ / # % not percent-encoded, is refused saying how to write it', async () => {
    for (const url of [`host=127.0.0.1 port=${plain.port} dbname=postgres user=alice`, `postgres://alice:pa#ss@127.0.0.1:${plain.port}/postgres`, `postgres://alice:50%off@127.0.0.1:${plain.port}/postgres`]) {
      const refused = await attempt({ url });
      expect(refused).toMatchObject({ key: 'hub.address' });
      expect((refused as { message: string }).message).toContain('%40 %3A %2F %25 %23 %20');
    }
  });

  it('a password with special characters, percent-encoded in the URL or as ?password=, syncs; it is in no message and not in the library', async () => {
    const dir = tempDir('gloss-hub-connect-');
    const core = await openCore(dir.path);
    try {
      const encoded = encodeURIComponent(SPECIAL);
      // libpq only percent-decodes: a + written as it is stays a +.
      const urls = [encoded, encoded.replace('%2B', '+')].flatMap((pw) => [`postgres://alice:${pw}@127.0.0.1:${plain.port}/postgres`, `postgres://alice@127.0.0.1:${plain.port}/postgres?password=${pw}`]);
      for (const url of urls) {
        const report = await syncWithHub(core.db, { url, workspace: 'Desk' });
        expect(report).toMatchObject({ user: 'alice', role: 'checker' });
        const refused = await syncWithHub(core.db, { url, workspace: 'Nowhere' }).then(() => null, (e: Error) => e.message);
        expect(refused).toMatch(/no workspace "Nowhere"/);
        const wrong = await attempt({ url: url.replace('p%40ss', 'p%40sS') });
        expect(wrong).toMatchObject({ key: 'hub.login' });
        for (const text of [refused!, (wrong as { message: string }).message]) {
          expect(text).not.toContain(encoded);
          expect(text).not.toContain('p%40s');
        }
      }
      const status = await core.db.prepare('SELECT hub FROM hub_state').all();
      expect(status).toEqual([{ hub: `postgres://alice@127.0.0.1:${plain.port}/postgres#Desk` }]);
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      for (const f of readdirSync(dir.path).filter((name) => !name.endsWith('-shm'))) {
        let bytes: string;
        try {
          bytes = readFileSync(join(dir.path, f), 'latin1');
        } catch {
          continue; // a folder
        }
        expect(bytes, f).not.toContain('p@ss:w');
        expect(bytes, f).not.toContain('p%40ss');
      }
    } finally {
      core.close();
      dir.remove();
    }
  });

  it('a login role the hub has not taken in, one that may not log in, and an administrator without the rights each get their own message', async () => {
    const dir = tempDir('gloss-hub-connect-');
    const core = await openCore(dir.path);
    try {
      const sync = (user: string) => syncWithHub(core.db, { url: `postgres://${user}@127.0.0.1:${plain.port}/postgres`, workspace: 'Desk', password: 'pw' }).then(() => null, (e: GlossError) => e);
      expect(await sync('stranger')).toMatchObject({ key: 'hub.noWorkspace', message: expect.stringContaining('Ask its administrator to add you') });
      expect(await sync('locked')).toMatchObject({ key: 'hub.notAllowed', message: expect.stringContaining('not permitted to log in') });
      expect(await sync('nobody')).toMatchObject({ key: 'hub.login' });
    } finally {
      core.close();
      dir.remove();
    }
    const url = `postgres://stranger@127.0.0.1:${plain.port}/postgres`;
    const client = await connectHub({ url, password: 'pw' });
    try {
      const refused = await migrateHub(client).then(() => null, (e: unknown) => adminError(e, url));
      expect(refused).toMatchObject({ key: 'hub.adminRights', message: expect.stringContaining('CREATEROLE') });
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(missing)('a hub that requires client certificates (pg_hba cert, clientcert=verify-full)', () => {
  let certs: Cluster;
  const home = process.env.HOME;
  const homeDir = tempDir('gloss-hub-home-');
  beforeAll(async () => {
    // libpq's default files are looked for in ~/.postgresql: a home of the test's own.
    process.env.HOME = homeDir.path;
    certs = await startCluster({ tls: 'client-cert' });
    const admin = await certs.admin();
    try {
      await admin.query("CREATE ROLE by_cert; CREATE ROLE carol LOGIN IN ROLE by_cert; CREATE ROLE dave LOGIN PASSWORD 'pw'");
      await migrateHub(admin);
      await createWorkspace(admin, 'Desk');
      await addMember(admin, { workspace: 'Desk', user: 'erin', role: 'checker', password: 'pw' });
      await admin.query('GRANT by_cert TO erin');
    } finally {
      await admin.end();
    }
  }, 60_000);
  afterAll(() => {
    process.env.HOME = home;
    homeDir.remove();
    certs?.stop();
  });
  const verified = () => `sslmode=verify-full&sslrootcert=${encodeURIComponent(certs.authority!)}`;
  const as = (user: string, files: { cert?: string; key?: string; sslpassword?: string } = {}, password?: string): HubTarget => {
    const query = Object.entries({ sslcert: files.cert, sslkey: files.key, sslpassword: files.sslpassword }).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encodeURIComponent(v)}`]));
    return { url: `postgres://${user}@127.0.0.1:${certs.port}/postgres?${[verified(), ...query].join('&')}`, ...(password ? { password } : {}) };
  };

  it('connects with the certificate its authority made out to the user, by sslcert and sslkey, an encrypted key with sslpassword, or from ~/.postgresql', async () => {
    const carol = certs.clientCertificate('carol');
    expect(await attempt(as('carol', carol))).toEqual({ tls: true });
    const locked = certs.clientCertificate('carol', { passphrase: 'k3y+pass&word' });
    expect(await attempt(as('carol', { ...locked, sslpassword: 'k3y+pass&word' }))).toEqual({ tls: true });
    // clientcert=verify-full: the certificate and the password.
    expect(await attempt(as('dave', certs.clientCertificate('dave'), 'pw'))).toEqual({ tls: true });
    mkdirSync(join(homeDir.path, '.postgresql'));
    try {
      copyFileSync(carol.cert, join(homeDir.path, '.postgresql', 'postgresql.crt'));
      copyFileSync(carol.key, join(homeDir.path, '.postgresql', 'postgresql.key'));
      expect(await attempt(as('carol'))).toEqual({ tls: true });
    } finally {
      rmSync(join(homeDir.path, '.postgresql'), { recursive: true });
    }
  });

  it('a certificate or key file that is missing, unreadable or of another kind is named, before connecting', async () => {
    const carol = certs.clientCertificate('carol');
    const cases: Array<[{ cert: string; key?: string }, string, string]> = [
      [{ cert: '/nonexistent/carol.crt', key: carol.key }, 'hub.clientCertFile', '/nonexistent/carol.crt'],
      [{ cert: homeDir.path, key: carol.key }, 'hub.clientCertFile', homeDir.path],
      [{ cert: carol.key, key: carol.key }, 'hub.clientCertFile', carol.key],
      [{ cert: carol.cert, key: '/nonexistent/carol.key' }, 'hub.clientKeyFile', '/nonexistent/carol.key'],
      [{ cert: carol.cert, key: carol.cert }, 'hub.clientKeyFile', carol.cert],
      // A certificate without sslkey: the key is looked for where libpq looks.
      [{ cert: carol.cert }, 'hub.clientKeyFile', join(homeDir.path, '.postgresql', 'postgresql.key')],
    ];
    for (const [files, key, path] of cases) {
      const refused = await attempt(as('carol', files));
      expect(refused, JSON.stringify(files)).toMatchObject({ key, message: expect.stringContaining(path) });
    }
  });

  it('a key that is not the certificate\'s, and an encrypted key without its password or with a wrong one, are said as such; the password shows nowhere', async () => {
    const carol = certs.clientCertificate('carol');
    const dave = certs.clientCertificate('dave');
    expect(await attempt(as('carol', { cert: carol.cert, key: dave.key }))).toMatchObject({
      key: 'hub.clientKeyMismatch',
      message: expect.stringMatching(new RegExp(`${dave.key}.*${carol.cert}`)),
    });
    const locked = certs.clientCertificate('carol', { passphrase: 'right-one' });
    expect(await attempt(as('carol', locked))).toMatchObject({ key: 'hub.clientKeyPassword', message: expect.stringContaining(locked.key) });
    const wrong = await attempt(as('carol', { ...locked, sslpassword: 'wrong-one' }));
    expect(wrong).toMatchObject({ key: 'hub.clientKeyPassword', message: expect.stringContaining('sslpassword=') });
    expect((wrong as { message: string }).message).not.toContain('wrong-one');

    // Through a sync, as a person: the library remembers the hub without the key's password.
    const dir = tempDir('gloss-hub-connect-');
    const core = await openCore(dir.path);
    try {
      const target = as('erin', { ...certs.clientCertificate('erin', { passphrase: 'erin-secret' }), sslpassword: 'erin-secret' });
      expect(await syncWithHub(core.db, { ...target, workspace: 'Desk' })).toMatchObject({ user: 'erin', role: 'checker' });
      const refused = await syncWithHub(core.db, { ...target, workspace: 'Nowhere' }).then(() => '', (e: Error) => e.message);
      expect(refused).toMatch(/no workspace "Nowhere"/);
      const [state] = core.db.prepare('SELECT hub FROM hub_state').all() as Array<{ hub: string }>;
      expect(state!.hub).toContain('sslkey=');
      for (const text of [refused, state!.hub]) expect(text).not.toContain('erin-secret');
    } finally {
      core.close();
      dir.remove();
    }
  });

  it('no certificate where the hub requires one, and one the hub does not accept, each say so', async () => {
    expect(await attempt(as('carol'))).toMatchObject({ key: 'hub.clientCertRequired', message: expect.stringContaining('sslcert=') });
    expect(await attempt(as('dave', {}, 'pw'))).toMatchObject({ key: 'hub.clientCertRequired' });
    // Without sslmode (prefer), the plain try that follows is refused too: the certificate is still what is said.
    expect(await attempt({ url: `postgres://carol@127.0.0.1:${certs.port}/postgres` })).toMatchObject({ key: 'hub.clientCertRequired' });
    const stranger = certs.clientCertificate('carol', { signedBy: 'stranger' });
    expect(await attempt(as('carol', stranger))).toMatchObject({ key: 'hub.clientCertRejected', message: expect.stringContaining('unknown ca') });
    // Made out to another user: pg_hba `cert` compares its name with the user's.
    expect(await attempt(as('carol', certs.clientCertificate('dave')))).toMatchObject({ key: 'hub.clientCertRejected', message: expect.stringContaining('certificate authentication failed') });
  });
});
