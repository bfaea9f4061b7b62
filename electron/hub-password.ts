// The desktop app's saved team hub password: encrypted with Electron's safeStorage (a key the
// operating system's keychain holds) in a file beside the library, never in the library, never
// sent back to the window. A `hub.sync` with a password and `remember` saves it; one without a
// password gets the saved one for that hub workspace. Kept thin: the rules are here, the
// encryption is Electron's.
import { readFileSync, writeFileSync } from 'node:fs';
import type { MethodName } from '../shared/contract/index.js';
import { withoutPassword } from './core/hub/address.js';
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
    if (typeof target.password === 'string' && target.password) {
      const result = await call(method, target);
      // Only a password the hub accepted is worth keeping.
      if (result.ok && remember === true && encryption.isEncryptionAvailable()) {
        writeFileSync(file, JSON.stringify({ ...read(), [key]: encryption.encryptString(target.password).toString('base64') }), { mode: 0o600 });
      }
      return result;
    }
    const saved = read()[key];
    if (saved && encryption.isEncryptionAvailable()) {
      return call(method, { ...target, password: encryption.decryptString(Buffer.from(saved, 'base64')) });
    }
    return call(method, target);
  };
}
