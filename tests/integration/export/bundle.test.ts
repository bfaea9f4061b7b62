// The .gloss exchange file: round trip, merging by stable ids, conflicts, and hostile files.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { InputOf, MethodName } from '../../../shared/contract/index.js';
import { buildExportFixture, callApi, exportFile, type Fixture } from '../../fixtures/export/collection.js';
import { tempDir } from '../../helpers/tmp.js';
import { webAnnotationFailures } from '../../helpers/web-annotation.js';

const dirs: Array<ReturnType<typeof tempDir>> = [];
const cores: Core[] = [];

async function emptyLibrary(): Promise<Pick<Fixture, 'call'> & { core: Core }> {
  const dir = tempDir('gloss-bundle-');
  dirs.push(dir);
  const core = await openCore(dir.path);
  cores.push(core);
  return { core, call: <M extends MethodName>(m: M, input: InputOf<M>) => callApi(core, m, input) };
}

async function bundleOf(lib: Pick<Fixture, 'call'>, collectionId: string) {
  const file = await exportFile(lib, { format: 'bundle', collectionId });
  return { ...file, json: JSON.parse(file.text) as Record<string, unknown> & { annotations: Array<{ id: string; note: string }> } };
}

function importInto(lib: Pick<Fixture, 'call'>, bytes: Buffer, name = 'shared.gloss') {
  return lib.call('exports.importBundle', { name, dataBase64: bytes.toString('base64') });
}

async function collectionIdOf(lib: Pick<Fixture, 'call'>, name: string): Promise<string> {
  const found = (await lib.call('collections.list', {})).find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found.id;
}

let a: Fixture;
beforeAll(async () => {
  const dir = tempDir('gloss-bundle-a-');
  dirs.push(dir);
  a = await buildExportFixture(dir.path);
  cores.push(a.core);
});
afterAll(() => {
  for (const c of cores) c.close();
  for (const d of dirs) d.remove();
});

const noteOf = async (lib: Pick<Fixture, 'call'>, articleId: string, annotationId: string) =>
  (await lib.call('annotations.list', { articleId })).find((x) => x.id === annotationId)!;

describe('exchange file', () => {
  it('is readable JSON with a format header, and survives export → import into an empty library → export', async () => {
    const first = await bundleOf(a, a.collectionId);
    expect(first.fileName).toBe('rafah-crossing-may-2024.gloss');
    expect(first.json).toMatchObject({ format: 'gloss-exchange', version: 2 });
    expect(first.json.annotations).toHaveLength(a.claims.length);

    const b = await emptyLibrary();
    const report = await importInto(b, first.bytes);
    expect(report).toEqual({
      articlesAdded: 4,
      articlesExisting: 0,
      annotationsAdded: a.claims.length,
      annotationsUpdated: 0,
      conflicts: 0,
      textsTaken: [],
      textsKept: [],
      collections: [a.collectionName],
    });
    const again = await bundleOf(b, await collectionIdOf(b, a.collectionName));
    const { exportedAt: _x, ...firstContent } = first.json;
    const { exportedAt: _y, ...againContent } = again.json;
    expect(againContent).toEqual(firstContent);

    // What a reader sees is the same too.
    const csvA = (await exportFile(a, { format: 'csv', collectionId: a.collectionId })).text;
    const csvB = (await exportFile(b, { format: 'csv', collectionId: await collectionIdOf(b, a.collectionName) })).text;
    expect(csvB).toBe(csvA);
  });

  it('imported twice adds nothing the second time', async () => {
    const file = await bundleOf(a, a.collectionId);
    const b = await emptyLibrary();
    await importInto(b, file.bytes);
    const second = await importInto(b, gzipSync(file.bytes), 'shared.gloss.gz');
    expect(second).toMatchObject({ articlesAdded: 0, articlesExisting: 4, annotationsAdded: 0, annotationsUpdated: 0, conflicts: 0 });
    expect(await b.call('collections.list', {})).toHaveLength(1);
    expect((await b.call('articles.list', {})).length).toBe(4);
  });

  it('merges: one-side changes are taken, stale copies ignored, both-side changes kept as a conflict', async () => {
    const b = await emptyLibrary();
    await importInto(b, (await bundleOf(a, a.collectionId)).bytes);
    const [closed, , unnamed, fuel] = a.claims;
    const ledger = a.articleIds.ledger;

    // B changes "unnamed" and "fuel"; A changes "fuel" too (both sides) and "closed" (A only).
    await b.call('annotations.update', { id: unnamed!.id, note: 'B: checked with the ministry', statusTagId: 'status:false' });
    await b.call('annotations.update', { id: fuel!.id, note: 'B: agency now says five days' });
    await a.call('annotations.update', { id: fuel!.id, note: 'A: hospital director says a week' });
    await a.call('annotations.update', { id: closed!.id, note: 'A: also confirmed by satellite images' });
    const fromB = await bundleOf(b, await collectionIdOf(b, a.collectionName));

    const report = await importInto(a, fromB.bytes, 'from-b.gloss');
    expect(report).toMatchObject({ articlesAdded: 0, articlesExisting: 4, annotationsAdded: 0, annotationsUpdated: 1, conflicts: 1 });

    const taken = await noteOf(a, ledger, unnamed!.id);
    expect(taken.note).toBe('B: checked with the ministry');
    expect(taken.statusTagId).toBe('status:false');

    const both = await noteOf(a, ledger, fuel!.id);
    expect(both.note).toBe('A: hospital director says a week');
    expect(both.conflict).toMatchObject({ source: 'from-b.gloss', theirs: { note: 'B: agency now says five days' } });

    // B's file knew A's old "closed", not A's new one: A's edit stays, silently.
    expect((await noteOf(a, ledger, closed!.id)).note).toBe('A: also confirmed by satellite images');

    // The same file again: no second conflict, nothing changes.
    expect(await importInto(a, fromB.bytes, 'from-b.gloss')).toMatchObject({ annotationsUpdated: 0, conflicts: 0 });

    // The person settles it by keeping theirs.
    const settled = await a.call('annotations.resolveConflict', { id: fuel!.id, keep: 'theirs' });
    expect(settled!.note).toBe('B: agency now says five days');
    expect(settled!.conflict).toBeNull();

    // And B, importing A's file now, takes A's newer versions without a conflict.
    const fromA = await bundleOf(a, a.collectionId);
    const back = await importInto(b, fromA.bytes, 'from-a.gloss');
    expect(back.conflicts).toBe(0);
    expect((await noteOf(b, ledger, closed!.id)).note).toBe('A: also confirmed by satellite images');
    expect((await noteOf(b, ledger, fuel!.id)).note).toBe('B: agency now says five days');
  });

  it('an article already here under another id is matched by its text, and its claims join it', async () => {
    const file = await bundleOf(a, a.collectionId);
    const json = JSON.parse(file.text);
    const renamed = 'renamed-article-id';
    const old = json.articles[0].id;
    json.articles[0].id = renamed;
    for (const x of json.annotations) if (x.articleId === old) x.articleId = renamed;
    for (const c of json.collections) c.articleIds = c.articleIds.map((id: string) => (id === old ? renamed : id));
    for (const x of json.annotations) x.id = `copy-${x.id}`;
    for (const l of json.links) Object.assign(l, { id: `copy-${l.id}`, fromId: `copy-${l.fromId}`, toId: `copy-${l.toId}` });
    for (const x of json.annotations) for (const e of x.evidence) e.id = `copy-${e.id}`;

    const report = await importInto(a, Buffer.from(JSON.stringify(json)));
    expect(report.articlesAdded).toBe(0);
    expect(report.articlesExisting).toBe(4);
    expect(report.annotationsAdded).toBe(a.claims.length);
    const onLedger = await a.call('annotations.list', { articleId: old });
    expect(onLedger.filter((x) => x.id.startsWith('copy-')).length).toBeGreaterThan(0);
  });

  it("brings back an article of the file that is in the trash here, with the file's claims and collection", async () => {
    const sender = await emptyLibrary();
    const text = 'The bakery reopened on Friday. Flour came by sea, the municipality said.';
    const articleId = (await sender.call('articles.importText', { text })).imported[0]!.id;
    const claim = await sender.call('annotations.create', { articleId, start: 4, end: 10 });
    const collection = await sender.call('collections.create', { name: 'Bakeries' });
    await sender.call('collections.addArticles', { id: collection.id, articleIds: [articleId] });
    const receiver = await emptyLibrary();
    const mine = (await receiver.call('articles.importText', { text })).imported[0]!.id;
    await receiver.call('articles.delete', { id: mine });

    expect(await importInto(receiver, (await bundleOf(sender, collection.id)).bytes)).toMatchObject({ articlesExisting: 1, annotationsAdded: 1 });
    expect((await receiver.call('articles.list', {})).map((a) => a.id)).toEqual([mine]);
    expect((await receiver.call('annotations.list', { articleId: mine })).map((a) => a.id)).toEqual([claim.id]);
    expect((await receiver.call('collections.list', {})).find((c) => c.name === 'Bakeries')?.articleIds).toEqual([mine]);
  });

  it('a claim made on a text this library has since corrected lands where its context is, or is orphaned; never on the first match', async () => {
    const sender = await emptyLibrary();
    const text = 'Officials said the crossing was closed. Aid groups said the convoy waited. Drivers said the road was shelled.';
    const articleId = (await sender.call('articles.importText', { text, title: 'Crossing' })).imported[0]!.id;
    const collection = await sender.call('collections.create', { name: 'Shared' });
    await sender.call('collections.addArticles', { id: collection.id, articleIds: [articleId] });
    const receiver = await emptyLibrary();
    await importInto(receiver, (await bundleOf(sender, collection.id)).bytes);
    // The receiver corrects the text before the claims come: every offset after it moves.
    await receiver.call('articles.correctText', { id: articleId, body: `Late on Tuesday, o${text.slice(1)}` });

    const at = (quote: string, from = 0) => text.indexOf(quote, from);
    const convoy = await sender.call('annotations.create', { articleId, start: at('the convoy'), end: at('the convoy') + 3 });
    const road = await sender.call('annotations.create', { articleId, start: at('the road'), end: at('the road') + 3 });
    // "the" with neighbours that occur twice with it: no one place is sure.
    const twin = 'Officials said the crossing was closed. Officials said the crossing was open.';
    const twinId = (await sender.call('articles.importText', { text: twin, title: 'Twins' })).imported[0]!.id;
    await sender.call('collections.addArticles', { id: collection.id, articleIds: [twinId] });
    await importInto(receiver, (await bundleOf(sender, collection.id)).bytes);
    await receiver.call('articles.correctText', { id: twinId, body: `Update: ${twin}` });
    const second = twin.lastIndexOf('the crossing');
    const twinClaim = await sender.call('annotations.create', { articleId: twinId, start: second, end: second + 3 });
    await importInto(receiver, (await bundleOf(sender, collection.id)).bytes);

    const body = (await receiver.call('articles.get', { id: articleId })).body;
    const mine = await receiver.call('annotations.list', { articleId });
    for (const [claim, words] of [[convoy, 'the convoy'], [road, 'the road']] as const) {
      const got = mine.find((x) => x.id === claim.id)!;
      expect(got.orphaned).toBe(false);
      expect(got.start).toBe(body.indexOf(words));
      expect(body.slice(got.start, got.end)).toBe('the');
    }
    const onTwins = (await receiver.call('annotations.list', { articleId: twinId })).find((x) => x.id === twinClaim.id)!;
    expect(onTwins.orphaned).toBe(true);
  });
});

describe('corrections of a text', () => {
  const TEXT = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later in Cairo.';

  /** A with an article and a claim, B with A's file: both have the same text. */
  async function shared() {
    const a = await emptyLibrary();
    const collection = await a.call('collections.create', { name: 'Crossing' });
    const articleId = (await a.call('articles.importText', { text: TEXT, title: 'Crossing', collectionId: collection.id })).imported[0]!.id;
    const start = TEXT.indexOf('three days');
    const claim = await a.call('annotations.create', { articleId, start, end: start + 10, note: 'A' });
    const b = await emptyLibrary();
    await importInto(b, (await bundleOf(a, collection.id)).bytes);
    return { a, b, articleId, claim, fromA: async () => (await bundleOf(a, collection.id)).bytes, fromB: async () => (await bundleOf(b, await collectionIdOf(b, 'Crossing'))).bytes };
  }
  const bodyOf = async (lib: Pick<Fixture, 'call'>, id: string) => (await lib.call('articles.get', { id })).body;

  it('one side corrected it: merged back either way, both have the correction and every claim on it', async () => {
    const { a, b, articleId, claim, fromA, fromB } = await shared();
    const corrected = TEXT.replace('Tuesday', 'Wednesday');
    await b.call('articles.correctText', { id: articleId, body: corrected });
    const start = corrected.indexOf('resumed later');
    await b.call('annotations.create', { articleId, start, end: start + 13, note: 'B' });

    const report = await importInto(a, await fromB(), 'from-b.gloss');
    expect(report).toMatchObject({ textsTaken: ['Crossing'], textsKept: [], conflicts: 0 });
    expect(await bodyOf(a, articleId)).toBe(corrected);
    const onA = await a.call('annotations.list', { articleId });
    expect(onA.map((x) => [corrected.slice(x.start, x.end), x.orphaned])).toEqual([
      ['three days', false],
      ['resumed later', false],
    ]);
    expect(onA.find((x) => x.id === claim.id)!.note).toBe('A');

    // A's file now goes back to B: the same text, nothing to report; and B's older file changes nothing at A.
    expect(await importInto(b, await fromA(), 'from-a.gloss')).toMatchObject({ textsTaken: [], textsKept: [] });
    expect(await bodyOf(b, articleId)).toBe(corrected);
    await a.call('articles.correctText', { id: articleId, body: corrected.replace('Cairo', 'Cairo, Egypt') });
    expect(await importInto(a, await fromB(), 'from-b.gloss')).toMatchObject({ textsTaken: [], textsKept: [] });
    expect(await bodyOf(a, articleId)).toBe(corrected.replace('Cairo', 'Cairo, Egypt'));
  });

  it('both sides corrected it: each keeps its own and the import says so, naming the article', async () => {
    const { a, b, articleId, fromA, fromB } = await shared();
    await a.call('articles.correctText', { id: articleId, body: TEXT.replace('Tuesday', 'Monday') });
    await b.call('articles.correctText', { id: articleId, body: TEXT.replace('Tuesday', 'Wednesday') });
    expect(await importInto(a, await fromB(), 'from-b.gloss')).toMatchObject({ textsTaken: [], textsKept: ['Crossing'] });
    expect(await importInto(b, await fromA(), 'from-a.gloss')).toMatchObject({ textsTaken: [], textsKept: ['Crossing'] });
    expect(await bodyOf(a, articleId)).toBe(TEXT.replace('Tuesday', 'Monday'));
    expect(await bodyOf(b, articleId)).toBe(TEXT.replace('Tuesday', 'Wednesday'));
  });
});

describe('hostile or broken exchange files', () => {
  it('takes half a character (a lone surrogate escape, as a tool cutting text by UTF-16 units writes) as U+FFFD, as every door does', async () => {
    const { text } = await bundleOf(a, a.collectionId);
    const courier = a.articleIds.courier;
    const ample = a.claims.find((c) => c.exact === 'fuel stocks were ample for weeks')!;
    // "A spokesperson" becomes "\ud83d spokesperson" in the file: one UTF-16 unit for one, so every offset stays.
    const cut = text.replace('"body": "Authorities shut the southern crossing on Tuesday, blaming security threats.\\n\\nA spokesperson', '"body": "Authorities shut the southern crossing on Tuesday, blaming security threats.\\n\\n\\ud83d spokesperson');
    expect(cut).not.toBe(text);

    const b = await emptyLibrary();
    await importInto(b, Buffer.from(cut));
    // SQLite stored the half character as three bytes that no longer match the text's checksum: the article was "damaged".
    const article = await b.call('articles.get', { id: courier });
    expect(article.body).toContain('\n\n\ufffd spokesperson insisted');
    const claim = await noteOf(b, courier, ample.id);
    expect(article.body.slice(claim.start, claim.end)).toBe(ample.exact);
    expect(claim.orphaned).toBe(false);
  });


  async function counts(core: Core) {
    const n = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return ['articles', 'annotations', 'tags', 'collections', 'claim_links', 'annotation_conflicts'].map(n);
  }

  async function expectRefused(bytes: Buffer, code: string, message: RegExp) {
    const b = await emptyLibrary();
    await importInto(b, (await bundleOf(a, a.collectionId)).bytes);
    const before = await counts(b.core);
    const r = await dispatch(b.core.api, 'exports.importBundle', { name: 'bad.gloss', dataBase64: bytes.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
    expect(await counts(b.core)).toEqual(before);
  }

  it('refuses garbage, other JSON, newer versions and inconsistent files, changing nothing', async () => {
    const good = JSON.parse((await bundleOf(a, a.collectionId)).text);
    await expectRefused(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]), 'bad_encoding', /not UTF-8/);
    await expectRefused(Buffer.from('{"format": "gloss-exchange", }'), 'parse_failed', /not valid JSON/);
    // A download that did not finish: said as that, also where the cut falls inside a character.
    await expectRefused(Buffer.from('{"format": "gloss-exchange", '), 'parse_failed', /is cut short.*ask for the file again/);
    const whole = Buffer.from(JSON.stringify({ ...good, title: 'Rafah — معبر' }));
    await expectRefused(whole.subarray(0, whole.indexOf(Buffer.from('معبر')) + 1), 'parse_failed', /is cut short/);
    await expectRefused(Buffer.from('{"hello": "world"}'), 'unsupported_file', /not a Gloss exchange file/);
    await expectRefused(Buffer.from(JSON.stringify({ ...good, version: 9 })), 'unsupported_file', /newer version of Gloss/);
    await expectRefused(Buffer.from(JSON.stringify({ ...good, annotations: 'lots' })), 'parse_failed', /damaged: annotations/);

    const outside = structuredClone(good);
    outside.annotations[0].end = 10_000_000;
    await expectRefused(Buffer.from(JSON.stringify(outside)), 'parse_failed', /outside its article's text/);

    // A file whose first half is fine and whose last annotation uses an unknown tag: all or nothing.
    const unknownTag = structuredClone(good);
    unknownTag.articles.push({ ...unknownTag.articles[0], id: 'brand-new', body: 'A brand new article body.', blocks: [], contentHash: 'a'.repeat(64) });
    unknownTag.annotations.at(-1).tagIds = ['technique:made-up'];
    await expectRefused(Buffer.from(JSON.stringify(unknownTag)), 'parse_failed', /tag technique:made-up/);
  });

  it('refuses an id or a date that Gloss would not write, naming the field: they become IRIs and dates in the W3C and ClaimReview exports', async () => {
    const good = JSON.parse((await bundleOf(a, a.collectionId)).text);
    const edited = (edit: (b: typeof good) => void) => {
      const b = structuredClone(good);
      edit(b);
      return Buffer.from(JSON.stringify(b));
    };
    const refused = (field: string, what: string) => new RegExp(`damaged: ${field.replaceAll('.', '\\.')}: ${what}.*Nothing was imported`);
    await expectRefused(edited((b) => (b.annotations[0].id = 'claim one')), 'parse_failed', refused('annotations.0.id', 'an id of letters'));
    await expectRefused(edited((b) => (b.taxonomies[0].tags[0].id = '<status>')), 'parse_failed', refused('taxonomies.0.tags.0.id', 'an id of letters'));
    await expectRefused(edited((b) => (b.annotations[0].createdAt = 'yesterday')), 'parse_failed', refused('annotations.0.createdAt', 'a date and time like'));
    await expectRefused(edited((b) => (b.annotations[0].updatedAt = '2024-02-30T10:00:00Z')), 'parse_failed', refused('annotations.0.updatedAt', 'a date and time like'));
    await expectRefused(edited((b) => (b.articles[0].publishedAt = '13/05/2024')), 'parse_failed', refused('articles.0.publishedAt', 'a date like'));
    await expectRefused(edited((b) => (b.articles[1].publishedAt = '2024-02-30')), 'parse_failed', refused('articles.1.publishedAt', 'a date like'));

    // A time with an offset (another tool's) is a valid date-time: taken, and the W3C export stays valid.
    const b = await emptyLibrary();
    await importInto(b, edited((f) => (f.annotations[0].createdAt = '2024-05-07T09:00:00+02:00')));
    const w3c = JSON.parse((await exportFile(b, { format: 'w3c', articleIds: [good.annotations[0].articleId] })).text);
    const item = w3c.first.items.find((i: { id: string }) => i.id === `urn:gloss:annotation:${good.annotations[0].id}`);
    expect(item.created).toBe('2024-05-07T09:00:00+02:00');
    expect(webAnnotationFailures('annotation', { '@context': w3c['@context'], ...item })).toEqual([]);
  });
});
