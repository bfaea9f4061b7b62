// Corrections of an article's text through the team hub, against a real PostgreSQL: a
// correction reaches every library, which re-anchors its claims as a local correction does; two
// corrections made at once end with the first on the hub and the other kept as a conflict; only
// editors may change the text, which PostgreSQL itself enforces.
import { describe, expect, it } from 'vitest';
import { hubStatus } from '../../../electron/core/hub/sync.js';
import { as, asAdmin, library, missing, useHub, workspace, type Lib } from '../../helpers/hub-testbed.js';

const V1 = 'The crossing was closed on Tuesday after heavy shelling. Officials said fuel would last three days. Talks resumed later in Cairo.';
const V2 = 'The crossing was closed on Tuesday after two days of heavy shelling. Officials said fuel would last three days. Negotiations never restarted.';
const V3 = 'The crossing was closed on Wednesday after heavy shelling. Officials said fuel would last three days. Talks resumed later in Cairo.';

async function hubBody(id: string): Promise<{ body: string; version: number; by: string | null }> {
  const row = await asAdmin((admin) => admin.query("SELECT data->>'body' AS body, text_version AS version, text_by AS by FROM gloss.articles WHERE id = $1", [id]));
  return row.rows[0] as { body: string; version: number; by: string | null };
}

const body = async (lib: Lib, id: string) => (await lib.call('articles.get', { id })).body;
/** Each live claim's place and words, by id. */
async function places(lib: Lib, articleId: string) {
  const claims = await lib.call('annotations.list', { articleId });
  return Object.fromEntries(claims.map((c) => [c.id, { start: c.start, end: c.end, exact: c.quote.exact, orphaned: c.orphaned }]));
}
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

useHub(() => workspace('Desk', [['ed', 'editor'], ['eve', 'editor'], ['alice', 'checker'], ['vera', 'viewer']]));

describe.skipIf(missing)('team hub: corrections of an article text', () => {
  it("an editor's correction reaches another library, which re-anchors its claims (unchanged, shifted, orphaned); syncing again changes nothing", async () => {
    const ed = await library('ed', 'Desk');
    const alice = await library('alice', 'Desk');
    const articleId = (await ed.call('articles.importText', { text: V1, title: 'Crossing' })).imported[0]!.id;
    const kept = await ed.call('annotations.create', { articleId, ...span(V1, 'The crossing was closed'), note: 'stays' });
    const moved = await ed.call('annotations.create', { articleId, ...span(V1, 'fuel would last three days'), note: 'moves' });
    const lost = await ed.call('annotations.create', { articleId, ...span(V1, 'Talks resumed later in Cairo'), note: 'goes' });
    await ed.sync();
    await alice.sync();
    // A claim only Alice has, made before the correction reached her.
    const hers = await alice.call('annotations.create', { articleId, ...span(V1, 'Officials said'), note: 'hers' });

    const report = await ed.call('articles.correctText', { id: articleId, body: V2 });
    expect(Object.fromEntries(report.claims.map((c) => [c.id, c.outcome]))).toEqual({ [kept.id]: 'unchanged', [moved.id]: 'shifted', [lost.id]: 'orphaned' });
    // The text and the three claims re-anchoring wrote (the unchanged one's quoted context changed).
    expect(hubStatus(ed.core.db).toSend).toBe(4);
    expect(await ed.sync()).toMatchObject({ sent: 4 });
    expect(await hubBody(articleId)).toEqual({ body: V2, version: 2, by: 'ed' });

    expect(await alice.sync()).toMatchObject({ corrected: 1, textConflicts: 0, conflicts: 0 });
    expect(await body(alice, articleId)).toBe(V2);
    const onAlice = await places(alice, articleId);
    expect(onAlice[kept.id]).toEqual({ ...span(V2, 'The crossing was closed'), exact: 'The crossing was closed', orphaned: false });
    expect(onAlice[moved.id]).toEqual({ ...span(V2, 'fuel would last three days'), exact: 'fuel would last three days', orphaned: false });
    expect(onAlice[lost.id]).toMatchObject({ exact: 'Talks resumed later in Cairo', orphaned: true });
    expect(onAlice[hers.id]).toEqual({ ...span(V2, 'Officials said'), exact: 'Officials said', orphaned: false });

    await ed.sync();
    expect(await places(ed, articleId)).toEqual(onAlice);
    // Idempotent: once both have met, more syncs receive, send and change nothing.
    for (const lib of [alice, ed, alice, ed]) expect(await lib.sync()).toMatchObject({ corrected: 0, added: 0, updated: 0, conflicts: 0, sent: 0 });
    expect(await places(alice, articleId)).toEqual(onAlice);
    expect(await body(ed, articleId)).toBe(V2);
    const onHub = await asAdmin((admin) => admin.query('SELECT count(*) AS n FROM gloss.claims WHERE article_id = $1', [articleId]));
    expect(Number(onHub.rows[0].n)).toBe(4);
  });

  it('two editors correct the same text between syncs: the first on the hub wins everywhere, the other is kept as a conflict its author sees', async () => {
    const ed = await library('ed', 'Desk');
    const eve = await library('eve', 'Desk');
    const articleId = (await ed.call('articles.importText', { text: V1.replace('Cairo', 'Doha'), title: 'Both correct' })).imported[0]!.id;
    const claim = await ed.call('annotations.create', { articleId, ...span(V1, 'fuel would last three days') });
    await ed.sync();
    await eve.sync();

    const edText = V2.replace('restarted', 'restarted in Doha');
    await ed.call('articles.correctText', { id: articleId, body: edText });
    await eve.call('articles.correctText', { id: articleId, body: V3.replace('Cairo', 'Doha') });
    await ed.sync();
    expect(await eve.sync()).toMatchObject({ corrected: 1, textConflicts: 1 });

    expect(await body(eve, articleId)).toBe(edText);
    expect(hubStatus(eve.core.db).textConflicts).toEqual([expect.objectContaining({ articleId, title: 'Both correct', theirsBy: 'ed' })]);
    expect(await hubBody(articleId)).toMatchObject({ body: edText, by: 'ed' });
    await ed.sync();
    expect(await body(ed, articleId)).toBe(edText);
    expect((await places(eve, articleId))[claim.id]).toEqual((await places(ed, articleId))[claim.id]);
    expect((await places(eve, articleId))[claim.id]).toMatchObject({ ...span(edText, 'fuel would last three days'), orphaned: false });
    for (const lib of [eve, ed]) expect(await lib.sync()).toMatchObject({ corrected: 0, textConflicts: 0, sent: 0 });

    // Eve uses hers again: now made from the hub's text, it goes through and reaches Ed.
    await eve.call('hub.settleTextConflict', { articleId, keep: 'mine' });
    expect(hubStatus(eve.core.db)).toMatchObject({ textConflicts: [] });
    expect(hubStatus(eve.core.db).toSend).toBeGreaterThanOrEqual(1);
    await eve.sync();
    expect(await hubBody(articleId)).toEqual({ body: V3.replace('Cairo', 'Doha'), version: 3, by: 'eve' });
    expect(await ed.sync()).toMatchObject({ corrected: 1, textConflicts: 0 });
    expect(await body(ed, articleId)).toBe(V3.replace('Cairo', 'Doha'));
    await expect(eve.call('hub.settleTextConflict', { articleId, keep: 'theirs' })).rejects.toThrow(/not_found/);
  });

  it("a checker's or a viewer's change of the text is refused by PostgreSQL; a checker's correction stays in their library with its claims", async () => {
    const ed = await library('ed', 'Desk');
    const alice = await library('alice', 'Desk');
    const text = V1.replace('Cairo', 'Amman');
    const articleId = (await ed.call('articles.importText', { text, title: 'Guarded' })).imported[0]!.id;
    await ed.sync();
    await alice.sync();

    for (const [user, refusal] of [['alice', { code: '42501' }], ['vera', null]] as const) {
      const client = await as(user);
      try {
        const change = client.query(`UPDATE gloss.articles SET data = jsonb_set(data, '{body}', '"forged"') WHERE id = $1`, [articleId]);
        // A checker is stopped by the guard; a viewer may update nothing at all (row-level security).
        if (refusal) await expect(change).rejects.toMatchObject(refusal);
        else expect((await change).rowCount).toBe(0);
      } finally {
        await client.end();
      }
    }
    expect(await hubBody(articleId)).toEqual({ body: text, version: 1, by: null });

    const hers = V2.replace('Tuesday', 'Monday');
    await alice.call('articles.correctText', { id: articleId, body: hers });
    const claim = await alice.call('annotations.create', { articleId, ...span(hers, 'two days of heavy shelling') });
    expect(hubStatus(alice.core.db).toSend).toBe(0);
    expect(await alice.sync()).toMatchObject({ sent: 0 });
    expect(await hubBody(articleId)).toMatchObject({ body: text, version: 1 });
    expect((await asAdmin((admin) => admin.query('SELECT 1 FROM gloss.claims WHERE id = $1', [claim.id]))).rowCount).toBe(0);
  });
});
