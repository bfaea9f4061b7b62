// Exchange merges are symmetric: whatever the order in which two libraries swap files, an
// annotation both changed since their last common version ends as a kept conflict on both
// sides, never as a silent overwrite; importing either file again adds nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract/index.js';
import type { Annotation } from '../../../shared/model.js';
import { callApi, exportFile } from '../../fixtures/export/collection.js';
import { tempDir } from '../../helpers/tmp.js';

const TEXT = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later.';
const QUOTE = 'fuel would last three days';

const dirs: Array<ReturnType<typeof tempDir>> = [];
const cores: Core[] = [];
afterAll(() => {
  for (const c of cores) c.close();
  for (const d of dirs) d.remove();
});

interface Lib {
  core: Core;
  call<M extends MethodName>(m: M, input: InputOf<M>): Promise<ResultOf<M>>;
}

async function library(): Promise<Lib> {
  const dir = tempDir('gloss-merge-');
  dirs.push(dir);
  const core = await openCore(dir.path);
  cores.push(core);
  return { core, call: (m, input) => callApi(core, m, input) };
}

async function fileOf(lib: Lib): Promise<Buffer> {
  const collection = (await lib.call('collections.list', {}))[0]!;
  return (await exportFile(lib, { format: 'bundle', collectionId: collection.id })).bytes;
}

const importInto = (lib: Lib, bytes: Buffer, name: string) => lib.call('exports.importBundle', { name, dataBase64: bytes.toString('base64') });

/** A and B sharing one claim: A made it, B imported A's file. */
async function pair(): Promise<{ a: Lib; b: Lib; id: string; articleId: string }> {
  const a = await library();
  const b = await library();
  const collection = await a.call('collections.create', { name: 'Crossing' });
  const articleId = (await a.call('articles.importText', { text: TEXT, title: 'Crossing', collectionId: collection.id })).imported[0]!.id;
  const start = TEXT.indexOf(QUOTE);
  const claim = await a.call('annotations.create', {
    articleId,
    start,
    end: start + QUOTE.length,
    statusTagId: 'status:not-checked',
    tagIds: ['technique:loaded-language'],
    note: 'base note',
    evidence: [{ url: 'https://example.org/base', title: 'Base', note: '' }],
  });
  await importInto(b, await fileOf(a), 'a0.gloss');
  return { a, b, id: claim.id, articleId };
}

/** The claim as stored, deleted or not, with its open conflicts. */
function stateOf(lib: Lib, id: string) {
  const db = lib.core.db;
  const row = db.prepare('SELECT note, status_tag_id, start, "end", deleted_at FROM annotations WHERE id = ?').get(id) as {
    note: string;
    status_tag_id: string | null;
    start: number;
    end: number;
    deleted_at: string | null;
  };
  const open = db.prepare('SELECT theirs FROM annotation_conflicts WHERE annotation_id = ? AND resolved_at IS NULL').all(id) as Array<{ theirs: string }>;
  return { ...row, conflicts: open.map((c) => JSON.parse(c.theirs) as Record<string, unknown>) };
}

type Edit = (lib: Lib, id: string, side: 'A' | 'B') => Promise<unknown>;

/** Moving a span is what re-anchoring after a text correction does: a new place, a new revision. */
const moveSpan = (lib: Lib, id: string, start: number, end: number) =>
  lib.core.db
    .prepare('UPDATE annotations SET start = ?, "end" = ?, exact = ?, revision = revision + 1 WHERE id = ?')
    .run(start, end, TEXT.slice(start, end), id);

const edits: Record<string, { a: Edit; b: Edit }> = {
  status: {
    a: (l, id) => l.call('annotations.update', { id, statusTagId: 'status:false' }),
    b: (l, id) => l.call('annotations.update', { id, statusTagId: 'status:true' }),
  },
  tags: {
    a: (l, id) => l.call('annotations.update', { id, tagIds: ['technique:loaded-language', 'technique:doubt'] }),
    b: (l, id) => l.call('annotations.update', { id, tagIds: [] }),
  },
  note: {
    a: (l, id) => l.call('annotations.update', { id, note: 'A: the agency says a week' }),
    b: (l, id) => l.call('annotations.update', { id, note: 'B: the ministry says five days' }),
  },
  evidence: {
    a: (l, id) => l.call('annotations.update', { id, evidence: [{ url: 'https://example.org/a', title: 'A source', note: '' }] }),
    b: (l, id) => l.call('annotations.update', { id, evidence: [{ url: 'https://example.org/b', title: 'B source', note: 'x' }] }),
  },
  span: {
    a: async (l, id) => moveSpan(l, id, TEXT.indexOf('fuel'), TEXT.indexOf(' would')),
    b: async (l, id) => moveSpan(l, id, TEXT.indexOf('three days'), TEXT.indexOf('three days') + 'three days'.length),
  },
  'delete (A) against an edit (B)': {
    a: (l, id) => l.call('annotations.delete', { id }),
    b: (l, id) => l.call('annotations.update', { id, note: 'B: edited while A deleted it' }),
  },
};

describe('symmetric exchange merges', () => {
  for (const [field, edit] of Object.entries(edits)) {
    for (const order of ['A→B then B→A', 'B→A then A→B'] as const) {
      it(`${field}, changed on both sides, ${order}: a conflict kept on both, nothing added by a second import`, async () => {
        const { a, b, id } = await pair();
        await edit.a(a, id, 'A');
        await edit.b(b, id, 'B');
        const ours = { a: stateOf(a, id), b: stateOf(b, id) };

        let fromA: Buffer;
        let fromB: Buffer;
        if (order === 'A→B then B→A') {
          fromA = await fileOf(a);
          expect((await importInto(b, fromA, 'from-a.gloss')).conflicts).toBe(1);
          fromB = await fileOf(b);
          expect((await importInto(a, fromB, 'from-b.gloss')).conflicts).toBe(1);
        } else {
          fromB = await fileOf(b);
          expect((await importInto(a, fromB, 'from-b.gloss')).conflicts).toBe(1);
          fromA = await fileOf(a);
          expect((await importInto(b, fromA, 'from-a.gloss')).conflicts).toBe(1);
        }

        // Each side still has its own version, and the other's waiting beside it.
        const after = { a: stateOf(a, id), b: stateOf(b, id) };
        for (const side of ['a', 'b'] as const) {
          const { conflicts, ...mine } = after[side];
          const { conflicts: _none, ...before } = ours[side];
          expect(mine).toEqual(before);
          expect(conflicts).toHaveLength(1);
        }
        const otherOf = (s: ReturnType<typeof stateOf>) => ({ note: s.note, statusTagId: s.status_tag_id, start: s.start, end: s.end, deleted: s.deleted_at !== null });
        expect(after.a.conflicts[0]).toMatchObject(otherOf(ours.b));
        expect(after.b.conflicts[0]).toMatchObject(otherOf(ours.a));

        // Either file again, into either library: nothing new.
        for (const [lib, file] of [[a, fromB], [b, fromA], [a, fromA], [b, fromB]] as const) {
          expect(await importInto(lib, file, 'again.gloss')).toMatchObject({ annotationsAdded: 0, annotationsUpdated: 0, conflicts: 0 });
        }
        expect(stateOf(a, id)).toEqual(after.a);
        expect(stateOf(b, id)).toEqual(after.b);
      });
    }
  }

  it('a conflict settled on one side settles it on the other at the next exchange, with the choice made', async () => {
    const { a, b, id, articleId } = await pair();
    await edits.note!.a(a, id, 'A');
    await edits.note!.b(b, id, 'B');
    await importInto(a, await fileOf(b), 'from-b.gloss');
    await importInto(b, await fileOf(a), 'from-a.gloss');

    const settled = (await a.call('annotations.resolveConflict', { id, keep: 'theirs' }))!;
    expect(settled.note).toBe('B: the ministry says five days');
    expect(await importInto(b, await fileOf(a), 'from-a-2.gloss')).toMatchObject({ annotationsUpdated: 1, conflicts: 0 });
    const onB = (await b.call('annotations.list', { articleId })).find((x: Annotation) => x.id === id)!;
    expect(onB).toMatchObject({ note: 'B: the ministry says five days', conflict: null });
    // And back again: the same version on both sides, nothing to do.
    expect(await importInto(a, await fileOf(b), 'from-b-2.gloss')).toMatchObject({ annotationsUpdated: 0, conflicts: 0 });
  });

  it('an edit on one side only is taken, a revert included, in either direction', async () => {
    const { a, b, id } = await pair();
    await a.call('annotations.update', { id, note: 'A: changed' });
    await importInto(b, await fileOf(a), 'from-a.gloss');
    expect(stateOf(b, id).note).toBe('A: changed');
    // B puts the base note back: content A has seen before, but a newer change.
    await b.call('annotations.update', { id, note: 'base note' });
    expect(await importInto(a, await fileOf(b), 'from-b.gloss')).toMatchObject({ annotationsUpdated: 1, conflicts: 0 });
    expect(stateOf(a, id)).toMatchObject({ note: 'base note', conflicts: [] });
  });
});
