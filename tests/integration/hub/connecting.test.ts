// Connecting to the PostgreSQL servers a desk or a school really has: one that accepts only TLS
// (a self-signed certificate, pg_hba `hostssl` only), one without TLS, addresses as people paste
// them, and logins and roles that cannot do what the hub needs. Each either works as psql would
// or says what is wrong and what to write instead; no password shows in a message or the library.
import { readdirSync, readFileSync } from 'node:fs';
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
