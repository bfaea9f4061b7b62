// The desktop app's saved hub password: saved only when asked and accepted, encrypted at rest,
// given back to later syncs of the same hub workspace, and never to anything else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withSavedHubPassword, type Encryption } from '../../../electron/hub-password.js';
import type { MethodName } from '../../../shared/contract/index.js';
import type { Result } from '../../../shared/result.js';
import { tempDir } from '../../helpers/tmp.js';

const rot = (s: string) => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
const encryption: Encryption = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(rot(plain)),
  decryptString: (b) => rot(b.toString()),
};

describe('saved hub password', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('is saved when the hub accepted it and remember was asked, and used by the next syncs of that workspace only', async () => {
    dir = tempDir('gloss-hubpw-');
    const file = join(dir.path, 'hub-passwords.json');
    const seen: unknown[] = [];
    let accept = true;
    const core = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
      seen.push({ method, input });
      return accept ? { ok: true, value: {} } : { ok: false, error: { code: 'forbidden', message: 'refused' } };
    };
    const call = withSavedHubPassword(core, encryption, file);
    const hub = { url: 'postgres://alice@hub/gloss', workspace: 'Desk' };

    accept = false;
    await call('hub.sync', { ...hub, password: 'wrong', remember: true });
    expect(() => readFileSync(file)).toThrow(); // a refused password is not kept
    accept = true;
    await call('hub.sync', { ...hub, password: 'secret', remember: true });
    expect(readFileSync(file, 'utf8')).not.toContain('secret');

    seen.length = 0;
    await call('hub.sync', hub);
    await call('hub.sync', { ...hub, workspace: 'Other' });
    await call('hub.status', {});
    expect(seen).toEqual([
      { method: 'hub.sync', input: { ...hub, password: 'secret' } },
      { method: 'hub.sync', input: { ...hub, workspace: 'Other' } },
      { method: 'hub.status', input: {} },
    ]);

    // The classroom's hub calls (hand in, pull answers) use it too.
    seen.length = 0;
    await call('class.pullAnswers', { ...hub, assignmentId: 'a1' });
    expect(seen).toEqual([{ method: 'class.pullAnswers', input: { ...hub, assignmentId: 'a1', password: 'secret' } }]);
  });

  it('is filed under the hub as the library remembers it, never under a URL that holds a password', async () => {
    dir = tempDir('gloss-hubpw-');
    const file = join(dir.path, 'hub-passwords.json');
    const seen: unknown[] = [];
    const call = withSavedHubPassword(async (method, input) => (seen.push(input), { ok: true, value: {} }), encryption, file);
    // Pasted with its password, then typed in the password field too, to be remembered.
    await call('hub.sync', { url: 'postgres://alice:p%40ss%20word@hub/gloss?sslmode=require', workspace: 'Desk', password: 'p@ss word', remember: true });
    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toContain('p%40ss');
    expect(saved).not.toContain('p@ss');
    // Later syncs name the hub as its status gives it: without the password.
    seen.length = 0;
    await call('hub.sync', { url: 'postgres://alice@hub/gloss?sslmode=require', workspace: 'Desk' });
    expect(seen).toEqual([{ url: 'postgres://alice@hub/gloss?sslmode=require', workspace: 'Desk', password: 'p@ss word' }]);
  });

  it('keeps a client key\'s password given in the address (sslpassword=), and gives it back to the later syncs, whose address leaves it out', async () => {
    dir = tempDir('gloss-hubpw-');
    const file = join(dir.path, 'hub-passwords.json');
    const seen: unknown[] = [];
    const call = withSavedHubPassword(async (method, input) => (seen.push(input), { ok: true, value: {} }), encryption, file);
    const remembered = 'postgres://carol@hub/gloss?sslmode=verify-full&sslcert=/home/carol/carol.crt&sslkey=/home/carol/carol.key';
    // A hub that logs in by the certificate alone: no password typed.
    await call('hub.sync', { url: `${remembered}&sslpassword=k3y%26pass`, workspace: 'Desk', password: '', remember: true });
    expect(readFileSync(file, 'utf8')).not.toContain('k3y');
    seen.length = 0;
    await call('hub.sync', { url: remembered, workspace: 'Desk' });
    await call('hub.sync', { url: remembered, workspace: 'Other' });
    expect(seen).toEqual([
      { url: `${remembered}&sslpassword=k3y%26pass`, workspace: 'Desk' },
      { url: remembered, workspace: 'Other' },
    ]);
  });
});
