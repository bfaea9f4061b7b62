// The Team panel against a real hub (a throwaway PostgreSQL cluster): connect, synced, a
// conflict with a colleague's edit, and offline when the hub goes away.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core/api.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { addMember, createWorkspace } from '../../electron/core/hub/admin.js';
import { migrateHub } from '../../electron/core/hub/schema.js';
import { syncWithHub } from '../../electron/core/hub/sync.js';
import type { Annotation } from '../../shared/model.js';
import { postgresMissing, startCluster, type Cluster } from '../helpers/postgres.js';
import { tempDir } from '../helpers/tmp.js';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

const missing = postgresMissing();
const PASSWORD = 'team panel password';
let cluster: Cluster | null = null;
const passDir = tempDir('gloss-e2e-pgpass-');

test.beforeAll(async () => {
  if (missing) return;
  cluster = await startCluster();
  const admin = await cluster.admin();
  try {
    await migrateHub(admin);
    await createWorkspace(admin, 'Desk');
    for (const user of ['alice', 'bob']) await addMember(admin, { workspace: 'Desk', user, role: 'checker', password: PASSWORD });
  } finally {
    await admin.end();
  }
  // Browser mode keeps no password: later syncs find it where libpq looks.
  const passfile = join(passDir.path, 'pgpass');
  writeFileSync(passfile, `127.0.0.1:${cluster.port}:postgres:alice:${PASSWORD}\n`, { mode: 0o600 });
  process.env.PGPASSFILE = passfile;
});
test.afterAll(() => {
  cluster?.stop();
  passDir.remove();
});

test('connect to a hub, see it synced, a conflict with a colleague, then offline', async ({ app: page }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = cluster!;
  const text = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later.';
  const article = (await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title: 'Crossing' })).imported[0]!;
  const claim = await callApi<Annotation>(page, 'annotations.create', { articleId: article.id, start: 36, end: 77, note: 'base' });

  await expect(page.getByRole('button', { name: 'Team: not connected' })).toBeVisible();
  await page.getByRole('button', { name: /^Team:/ }).click();
  const panel = page.getByRole('dialog', { name: 'Team' });
  await panel.getByLabel('Hub address').fill(hub.url('alice'));
  await panel.getByLabel('Workspace').fill('Desk');
  await panel.getByLabel('Password').fill(PASSWORD);
  await panel.getByRole('button', { name: 'Connect and sync' }).click();
  await expect(panel.getByRole('status')).toHaveText('synced');
  await expect(panel).toContainText('alice (checker)');
  await expectAccessible(page, 'team panel');
  await page.screenshot({ path: join(screenshotDir, 'team-connected.png') });

  // Bob, on his own laptop, gets the claim and changes it; Alice changes it too, offline.
  const dir = tempDir('gloss-e2e-bob-');
  const bob = await openCore(dir.path);
  try {
    await syncWithHub(bob.db, { url: hub.url('bob'), workspace: 'Desk', password: PASSWORD });
    const edited = await dispatch(bob.api, 'annotations.update', { id: claim.id, note: 'Bob: the agency says five days' });
    expect(edited.ok).toBe(true);
    await syncWithHub(bob.db, { url: hub.url('bob'), workspace: 'Desk', password: PASSWORD });
  } finally {
    bob.close();
    dir.remove();
  }
  await callApi(page, 'annotations.update', { id: claim.id, note: 'Alice: the hospital says a week' });
  await expect(panel.getByRole('status')).toHaveText('1 to send');
  await panel.getByLabel('Password').waitFor({ state: 'detached' });
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toHaveText('1 conflict');
  await expect(page.getByRole('button', { name: 'Team: 1 conflict' })).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'team-conflict.png') });

  // The hub goes away: the library keeps working and the panel says offline.
  hub.stop();
  cluster = null;
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toHaveText('offline');
  await expect(panel).toContainText('cannot be reached');
  await page.screenshot({ path: join(screenshotDir, 'team-offline.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Team: offline' })).toBeVisible();
});
