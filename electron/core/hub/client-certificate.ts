// The client certificate a hub connection shows, for servers that ask for one (pg_hba `cert`, or
// `clientcert=verify-full`): libpq's sslcert and sslkey (PEM files), else PGSSLCERT / PGSSLKEY,
// else ~/.postgresql/postgresql.crt and .key; sslpassword opens an encrypted key. Both files are
// read and checked here, before connecting, so that a wrong path, password or pairing is said as
// such rather than as a failed handshake. Unlike libpq, a certificate named but missing is an
// error, not a connection without one.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { GlossError, type ErrorKey } from '../errors.js';

export interface ClientFiles {
  cert: string | undefined;
  key: string | undefined;
  password: string | undefined;
}

/** What TLS is given: the certificate, and the key already opened (so no password travels further); nothing without a certificate. */
export function clientCertificate(files: ClientFiles): { cert: string; key: string } | Record<string, never> {
  const own = join(homedir(), '.postgresql');
  const certFile = files.cert ?? process.env.PGSSLCERT ?? [join(own, 'postgresql.crt')].find((f) => existsSync(f));
  if (!certFile) return {};
  const keyFile = files.key ?? process.env.PGSSLKEY ?? join(own, 'postgresql.key');
  const cert = readPem(certFile, 'hub.clientCertFile');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw new GlossError('invalid_input', { key: 'hub.clientCertFile', params: { path: certFile } });
  }
  const key = openKey(readPem(keyFile, 'hub.clientKeyFile'), keyFile, files.password);
  if (!certificate.checkPrivateKey(key)) throw new GlossError('invalid_input', { key: 'hub.clientKeyMismatch', params: { cert: certFile, key: keyFile } });
  return { cert, key: key.export({ type: 'pkcs8', format: 'pem' }) as string };
}

function readPem(path: string, key: ErrorKey): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new GlossError('invalid_input', { key, params: { path } });
  }
}

/** OpenSSL's answers to an encrypted key opened without its password, or with a wrong one. */
const NEEDS_PASSWORD = ['ERR_OSSL_BAD_DECRYPT', 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED', 'ERR_MISSING_PASSPHRASE'];

function openKey(pem: string, path: string, password: string | undefined): KeyObject {
  try {
    return createPrivateKey({ key: pem, ...(password === undefined ? {} : { passphrase: password }) });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    throw new GlossError('invalid_input', { key: NEEDS_PASSWORD.includes(code) ? 'hub.clientKeyPassword' : 'hub.clientKeyFile', params: { path } });
  }
}
