// The desktop app's saved team hub password: encrypted with Electron's safeStorage (a key the
// operating system's keychain holds) in a file beside the library, never in the library, never
// sent back to the window. A `hub.sync` with a password and `remember` saves it; one without a
// password gets the saved one for that hub workspace. So does a client key's password
// (`sslpassword=` in the address, which the address remembered leaves out). Kept thin: the rules
// are here, the encryption is Electron's.
import { readFileSync, writeFileSync } from 'node:fs';
import type { MethodName } from '../shared/contract/index.js';
import { keyPasswordIn, withoutPassword } from './core/hub/address.js';
import type { Result } from '../shared/result.js';

export interface Encryption {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

type Call = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** The methods that connect to a hub workspace ({ url, workspace, password? }). */
const HUB_METHODS = new Set<MethodName>(['hub.sync', 'assignments.publish', 'assignments.getFromHub', 'assignments.handInToHub', 'class.pullAnswers']);

/** A hub as its saved password is filed: as the library remembers it, a password in the URL left out. */
function savedAs(url: unknown): string {
  try {
    return withoutPassword(new URL(String(url)));
  } catch {
    return String(url);
  }
}

function keyPasswordOf(url: unknown): string | undefined {
  try {
    return keyPasswordIn(new URL(String(url)));
  } catch {
    return undefined;
  }
}

export function withSavedHubPassword(call: Call, encryption: Encryption, file: string): Call {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return async (method, input) => {
    if (!HUB_METHODS.has(method) || typeof input !== 'object' || input === null) return call(method, input);
    const { remember, ...target } = input as { url?: unknown; workspace?: unknown; password?: unknown; remember?: unknown };
    const key = `${savedAs(target.url)}#${String(target.workspace)}`;
    const keyKey = `sslpassword ${key}`;
    const typed = typeof target.password === 'string' && target.password ? target.password : undefined;
    const inUrl = keyPasswordOf(target.url);
    const available = encryption.isEncryptionAvailable();
    const saved = available ? read() : {};
    const open = (k: string) => (saved[k] ? encryption.decryptString(Buffer.from(saved[k], 'base64')) : undefined);
    const password = typed ?? open(key);
    const keyPassword = inUrl === undefined ? open(keyKey) : undefined;
    const url = keyPassword === undefined ? target.url : `${String(target.url)}${String(target.url).includes('?') ? '&' : '?'}sslpassword=${keyPassword}`;
    const result = await call(method, { ...target, url, ...(password ? { password } : {}) });
    // Only what the hub accepted is worth keeping.
    if (result.ok && remember === true && available && (typed || inUrl !== undefined)) {
      const keep = (plain: string) => encryption.encryptString(plain).toString('base64');
      writeFileSync(file, JSON.stringify({ ...read(), ...(typed ? { [key]: keep(typed) } : {}), ...(inUrl !== undefined ? { [keyKey]: keep(inUrl) } : {}) }), { mode: 0o600 });
    }
    return result;
  };
}
