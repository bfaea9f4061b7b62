// The Team panel's "N to send" counts every change the next push sends, for the person's role,
// read from the library alone (it works offline).
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import { hubStatus } from '../../../electron/core/hub/sync.js';
import { callApi } from '../../fixtures/export/collection.js';
import { tempDir } from '../../helpers/tmp.js';

let core: Core;
let dir: ReturnType<typeof tempDir>;
afterEach(() => {
  core?.close();
  dir?.remove();
});

async function libraryOf(role: string) {
  dir = tempDir('gloss-to-send-');
  core = await openCore(dir.path);
  core.db.prepare("INSERT INTO hub_state (hub, user_name, role) VALUES ('postgres://hub/gloss#Desk', 'ed', ?)").run(role);
  return <M extends Parameters<typeof callApi>[1]>(m: M, input: Parameters<typeof callApi<M>>[2]) => callApi(core, m, input);
}
const toSend = () => hubStatus(core.db).toSend;

describe('hub status: N to send', () => {
  it("an editor's count grows with each kind of change, not with claims only", async () => {
    const call = await libraryOf('editor');
    expect(toSend()).toBe(0);
    const a = (await call('articles.importText', { text: 'One article. It says fuel lasts three days.', title: 'One' })).imported[0]!.id;
    expect(toSend()).toBe(1);
    const b = (await call('articles.importText', { text: 'Another article, with other words.', title: 'Two' })).imported[0]!.id;
    expect(toSend()).toBe(2);
    await call('collections.create', { name: 'Empty' });
    expect(toSend()).toBe(2); // an empty collection is not sent
    const c = await call('collections.create', { name: 'Desk' });
    await call('collections.addArticles', { id: c.id, articleIds: [a] });
    expect(toSend()).toBe(3);
    const claim = await call('annotations.create', { articleId: a, start: 0, end: 3, statusTagId: 'status:false' });
    expect(toSend()).toBe(5); // the claim and the taxonomy of its status
    const other = await call('annotations.create', { articleId: b, start: 0, end: 7 });
    await call('annotations.link', { fromId: claim.id, toId: other.id, relation: 'same-claim' });
    expect(toSend()).toBe(7);
    // Trashed before the hub had it: nothing of it is sent, its claim neither.
    await call('articles.delete', { id: b });
    expect(toSend()).toBe(4);
  });

  it("a checker's count leaves out what a checker does not send (taxonomies); a viewer's is 0", async () => {
    const call = await libraryOf('checker');
    const a = (await call('articles.importText', { text: 'One article. It says fuel lasts three days.', title: 'One' })).imported[0]!.id;
    await call('annotations.create', { articleId: a, start: 0, end: 3, statusTagId: 'status:false' });
    expect(toSend()).toBe(2);
    core.db.prepare("UPDATE hub_state SET role = 'viewer'").run();
    expect(toSend()).toBe(0);
  });
});
