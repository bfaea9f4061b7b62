// What a failed sync says: the hub's troubles name the hub; this library's own do not.
import { describe, expect, it } from 'vitest';
import { hubError, hubKey } from '../../../electron/core/hub/connection.js';

const url = 'postgres://alice@hub.example.org/newsroom';

describe('a failed sync', () => {
  it('says the library was busy, not that the hub answered with an error, when SQLite waited too long', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(hubError(busy, url)).toMatchObject({ code: 'busy', key: 'system.busy' });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(hubError(full, url)).toMatchObject({ code: 'disk_full' });
  });

  it('tells a typo in the address from a network that is down', () => {
    expect(hubError(Object.assign(new Error('getaddrinfo ENOTFOUND hub.example.orh'), { code: 'ENOTFOUND' }), 'postgres://alice@hub.example.orh/newsroom')).toMatchObject({
      code: 'unavailable',
      key: 'hub.unknownHost',
      params: { host: 'hub.example.orh' },
    });
    expect(hubError(Object.assign(new Error('database "newsrom" does not exist'), { code: '3D000' }), 'postgres://alice@hub.example.org:5433/newsrom')).toMatchObject({
      code: 'not_found',
      key: 'hub.noDatabase',
      params: { host: 'hub.example.org:5433', database: 'newsrom' },
    });
  });

  it('names the hub for its own failures', () => {
    expect(hubError(Object.assign(new Error('password authentication failed'), { code: '28P01' }), url)).toMatchObject({ code: 'forbidden', key: 'hub.login' });
    expect(hubError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), url)).toMatchObject({ code: 'unavailable', key: 'hub.unreachable' });
  });

  it('tells a certificate made out to another server, and a login pg_hba.conf refuses, from a wrong password', () => {
    const tls = 'postgres://alice@db.example.org/newsroom?sslmode=verify-full';
    const altname = Object.assign(new Error("Hostname/IP does not match certificate's altnames: Host: db.example.org. is not in the cert's altnames: DNS:*.example.net"), {
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
    expect(hubError(altname, tls)).toMatchObject({ code: 'forbidden', key: 'hub.certificateName', params: { host: 'db.example.org' } });
    expect(hubError(altname, tls).message).toContain('sslmode=verify-ca');
    const hba = Object.assign(new Error('no pg_hba.conf entry for host "10.0.0.5", user "alice", database "newsroom", SSL encryption'), { code: '28000' });
    expect(hubError(hba, tls)).toMatchObject({ code: 'forbidden', key: 'hub.notAllowed' });
    expect(hubError(hba, tls).message).not.toMatch(/password/);
  });

  it('tells a client certificate the server refused (expired, revoked) from a server certificate this computer does not trust', () => {
    const tls = 'postgres://carol@db.example.org/newsroom?sslmode=verify-full&sslcert=/home/carol/carol.crt&sslkey=/home/carol/carol.key';
    for (const [code, alert] of [['ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED', 'sslv3 alert certificate expired'], ['ERR_SSL_SSLV3_ALERT_CERTIFICATE_REVOKED', 'sslv3 alert certificate revoked']]) {
      const refused = hubError(Object.assign(new Error(`error:0A000415:SSL routines::${alert}`), { code }), tls);
      expect(refused).toMatchObject({ code: 'forbidden', key: 'hub.clientCertRejected' });
      expect(refused.message).toContain(alert);
    }
    const untrusted = Object.assign(new Error('self-signed certificate in certificate chain'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(hubError(untrusted, tls)).toMatchObject({ key: 'hub.certificate' });
  });

  it('remembers and shows the hub without its password, the rest of the address as written', () => {
    expect(hubKey('postgres://alice:p%40ss@hub.example.org/newsroom?sslmode=verify-full&sslrootcert=/etc/ssl/our ca.crt&password=p%2Bss')).toBe(
      'postgres://alice@hub.example.org/newsroom?sslmode=verify-full&sslrootcert=/etc/ssl/our%20ca.crt',
    );
    expect(hubKey('postgresql://alice@[::1]:5433/newsroom?password=x')).toBe('postgresql://alice@[::1]:5433/newsroom');
    // The client key's password too; the certificate's and key's paths stay.
    expect(hubKey('postgres://alice@hub.example.org/newsroom?sslcert=/home/alice/alice.crt&sslpassword=k%26y&sslkey=/home/alice/alice.key')).toBe(
      'postgres://alice@hub.example.org/newsroom?sslcert=/home/alice/alice.crt&sslkey=/home/alice/alice.key',
    );
    // A library knows its hub by this: an address without a password in it stays as it was.
    expect(hubKey('postgres://alice@hub.example.org/newsroom?sslmode=require&')).toBe('postgres://alice@hub.example.org/newsroom?sslmode=require&');
  });
});
