// The Team panel against a real hub (a throwaway PostgreSQL cluster): connect, synced, a
// conflict with a colleague's edit, offline when the hub goes away, and a certificate it cannot trust.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { openCore } from '../../electron/core/api.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { addMember, createWorkspace } from '../../electron/core/hub/admin.js';
import { migrateHub } from '../../electron/core/hub/schema.js';
import { syncWithHub } from '../../electron/core/hub/sync.js';
import type { Annotation } from '../../shared/model.js';
import { callApi as callCore } from '../fixtures/export/collection.js';
import { postgresMissing, startCluster, type Cluster } from '../helpers/postgres.js';
import { tempDir } from '../helpers/tmp.js';
import { callApi, expect, expectAccessible, openInReader, paintedClaims, screenshotDir, test } from './fixtures.js';

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
    await createWorkspace(admin, 'Corrections');
    for (const user of ['ed', 'eve']) await addMember(admin, { workspace: 'Corrections', user, role: 'editor', password: PASSWORD });
    await addMember(admin, { workspace: 'Corrections', user: 'vic', role: 'viewer', password: PASSWORD });
  } finally {
    await admin.end();
  }
  // Browser mode keeps no password: later syncs find it where libpq looks.
  const passfile = join(passDir.path, 'pgpass');
  writeFileSync(passfile, ['alice', 'ed', 'vic'].map((user) => `127.0.0.1:${cluster!.port}:postgres:${user}:${PASSWORD}\n`).join(''), { mode: 0o600 });
  process.env.PGPASSFILE = passfile;
});
test.afterAll(() => {
  cluster?.stop();
  passDir.remove();
});

/** Opens the Team panel and connects: the panel, once it says synced. */
async function connect(page: Page, url: string, workspace: string): Promise<Locator> {
  await page.getByRole('button', { name: /^Team:/ }).click();
  const panel = page.getByRole('dialog', { name: 'Team' });
  await panel.getByLabel('Hub address').fill(url);
  await panel.getByLabel('Workspace').fill(workspace);
  await panel.getByLabel('Password').fill(PASSWORD);
  await panel.getByRole('button', { name: 'Connect and sync' }).click();
  await expect(panel.getByRole('status')).toHaveText('synced');
  return panel;
}

/** Eve, on her own laptop, imports a story and syncs it to the Corrections hub first: its id there. */
async function syncedFirstByEve(hub: Cluster, text: string, title: string): Promise<string> {
  const dir = tempDir('gloss-e2e-eve-');
  const eve = await openCore(dir.path);
  try {
    const id = (await callCore(eve, 'articles.importText', { text, title })).imported[0]!.id;
    await syncWithHub(eve.db, { url: hub.url('eve'), workspace: 'Corrections', password: PASSWORD });
    return id;
  } finally {
    eve.close();
    dir.remove();
  }
}

test("N to send counts an article, not only claims; an editor's correction that lost is listed, and used again", async ({ app: page }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = cluster!;
  const text = 'The crossing was closed on Tuesday after heavy shelling. Officials said fuel would last three days.';
  const article = (await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title: 'Crossing' })).imported[0]!;
  const panel = await connect(page, hub.url('ed'), 'Corrections');

  // An article imported, no claim: it waits to be sent all the same.
  await callApi(page, 'articles.importText', { text: 'A second article, with no claim on it yet.', title: 'Second' });
  await expect(panel.getByRole('status')).toHaveText('1 to send');
  await page.screenshot({ path: join(screenshotDir, 'team-to-send.png') });

  // Eve corrects the text and syncs first; Ed corrects it too, offline.
  const dir = tempDir('gloss-e2e-eve-');
  const eve = await openCore(dir.path);
  const eves = text.replace('Tuesday', 'Wednesday');
  try {
    await syncWithHub(eve.db, { url: hub.url('eve'), workspace: 'Corrections', password: PASSWORD });
    expect((await dispatch(eve.api, 'articles.correctText', { id: article.id, body: eves })).ok).toBe(true);
    await syncWithHub(eve.db, { url: hub.url('eve'), workspace: 'Corrections', password: PASSWORD });
  } finally {
    eve.close();
    dir.remove();
  }
  const mine = text.replace('heavy shelling', 'two days of heavy shelling');
  await callApi(page, 'articles.correctText', { id: article.id, body: mine });
  await expect(panel.getByRole('status')).toHaveText('2 to send');
  await panel.getByRole('button', { name: 'Sync now' }).click();
  const lost = panel.getByRole('region', { name: 'Text corrections replaced' });
  await expect(lost).toContainText('“Crossing”: corrected by eve');
  await expect(panel.getByRole('status')).toHaveText('1 conflict');
  await expectAccessible(page, 'team panel with a text conflict');
  await page.screenshot({ path: join(screenshotDir, 'team-text-conflict.png') });
  // The same in Arabic: the panel mirrors, the list reads right to left.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.locator('#settings-language').selectOption('ar');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('.team-button').click();
  await expect(page.getByRole('region', { name: 'تصحيحات نص استُبدلت' })).toContainText('صحّحه eve');
  await page.screenshot({ path: join(screenshotDir, 'team-text-conflict-ar.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'الإعدادات…' }).click();
  await page.locator('#settings-language').selectOption('en');
  await page.keyboard.press('Escape');
  await page.locator('.team-button').click();
  expect((await callApi<{ body: string }>(page, 'articles.get', { id: article.id })).body).toBe(eves);

  await lost.getByRole('button', { name: 'Use mine again' }).click();
  await expect(lost).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText('1 to send');
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toHaveText('synced');
  expect((await callApi<{ body: string }>(page, 'articles.get', { id: article.id })).body).toBe(mine);
});

test('a story a colleague synced first stays open in the reader when the sync makes it theirs, with its claims', async ({ app: page }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = cluster!;
  const text = 'Aid trucks crossed at Kerem Shalom on Sunday. The ministry said forty trucks entered before noon.';
  const evesId = await syncedFirstByEve(hub, text, 'Aid trucks cross');
  const mine = (await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title: 'Trucks' })).imported[0]!.id;
  const start = text.indexOf('forty trucks');
  const claim = await callApi<Annotation>(page, 'annotations.create', { articleId: mine, start, end: start + 'forty trucks'.length });
  await openInReader(page, mine);
  await expect(page.locator('.pane')).toContainText('forty trucks entered');
  await expect.poll(() => paintedClaims(page)).toBe(1);

  await connect(page, hub.url('ed'), 'Corrections');
  await page.keyboard.press('Escape');

  await expect(page).toHaveURL(new RegExp(`#read=${evesId}$`));
  await expect(page.locator('.pane')).toContainText('Aid trucks cross');
  await expect.poll(() => paintedClaims(page)).toBe(1);
  expect((await callApi<Annotation[]>(page, 'annotations.list', { articleId: evesId })).map((a) => a.id)).toEqual([claim.id]);
  // Nothing asked for the old id and said it was missing.
  await expect(page.locator('.toast-error')).toHaveCount(0);
  await page.screenshot({ path: join(screenshotDir, 'team-same-story.png') });
});

test('a selected story that the sync makes a colleague’s stays selected, and Read opens it', async ({ app: page }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = cluster!;
  const text = 'Three bakeries reopened in Deir al-Balah on Friday, the municipality said. Flour came by sea.';
  const evesId = await syncedFirstByEve(hub, text, 'Bakeries reopen');
  await callApi(page, 'articles.importText', { text, title: 'Bakeries' });
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('checkbox').check();
  await connect(page, hub.url('ed'), 'Corrections');
  await page.keyboard.press('Escape');

  await expect(rows.first()).toContainText('Bakeries reopen');
  const bar = page.getByRole('region', { name: 'Selected articles' });
  await expect(bar).toContainText('1 selected');
  await page.screenshot({ path: join(screenshotDir, 'team-same-story-selected.png') });
  await bar.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#read=${evesId}$`));
  await expect(page.locator('.pane')).toContainText('Flour came by sea');
});

test('a hub that lost changes (restored from an older copy) is said so after the sync that sent them again', async ({ app: page, dataDir }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = cluster!;
  await callApi(page, 'articles.importText', { text: 'The council said the new harbour bridge will cost 40 million euros.', title: 'Bridge' });
  const panel = await connect(page, hub.url('ed'), 'Corrections');
  // As a hub restored onto a new server reads to this library: its counter behind what was read.
  const library = new Database(join(dataDir, 'library.sqlite'));
  library.prepare("UPDATE hub_state SET cursor = '999999999'").run();
  library.close();
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toHaveText('synced');
  await expect(page.getByText(/The hub had lost changes this library knew it held/)).toBeVisible();
});

test('a viewer is told the hub lost changes it had read, in words for one who sends nothing', async ({ app: page, dataDir }) => {
  test.skip(missing !== null, missing ?? '');
  const panel = await connect(page, cluster!.url('vic'), 'Corrections');
  const library = new Database(join(dataDir, 'library.sqlite'));
  library.prepare("UPDATE hub_state SET cursor = '999999999'").run();
  library.close();
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toHaveText('synced');
  await expect(page.getByText(/The hub had lost changes this library had read from it.*they return to the hub when those who made them sync/)).toBeVisible();
});

test('connect to a hub, see it synced, a conflict with a colleague, then offline', async ({ app: page }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = cluster!;
  const text = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later.';
  const article = (await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title: 'Crossing' })).imported[0]!;
  const claim = await callApi<Annotation>(page, 'annotations.create', { articleId: article.id, start: 36, end: 77, note: 'base' });

  await expect(page.getByRole('button', { name: 'Team: not connected' })).toBeVisible();
  const panel = await connect(page, hub.url('alice'), 'Desk');
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

test('a hub whose certificate cannot be trusted: the Team panel names the certificate and how to trust it, then connects with it', async ({ app: page }) => {
  test.skip(missing !== null, missing ?? '');
  const hub = await startCluster({ tls: 'only' });
  try {
    const admin = await hub.admin();
    try {
      await migrateHub(admin);
      await createWorkspace(admin, 'Desk');
      await addMember(admin, { workspace: 'Desk', user: 'alice', role: 'checker', password: PASSWORD });
    } finally {
      await admin.end();
    }
    await page.getByRole('button', { name: /^Team:/ }).click();
    const panel = page.getByRole('dialog', { name: 'Team' });
    const address = `postgres://alice@127.0.0.1:${hub.port}/postgres?sslmode=verify-full`;
    await panel.getByLabel('Hub address').fill(address);
    await panel.getByLabel('Workspace').fill('Desk');
    await panel.getByLabel('Password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Connect and sync' }).click();
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('cannot be trusted (self-signed certificate)');
    await expect(alert).toContainText('sslrootcert=');
    await page.screenshot({ path: join(screenshotDir, 'team-untrusted-certificate.png') });
    await panel.getByLabel('Hub address').fill(`${address}&sslrootcert=${hub.certificate}`);
    await panel.getByLabel('Password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Connect and sync' }).click();
    await expect(panel.getByRole('status')).toHaveText('synced');
  } finally {
    hub.stop();
  }
});
