// The same annotation work through the whole core (openCore), as every door reaches it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { tempDir } from '../../helpers/tmp.js';

let dir: ReturnType<typeof tempDir>;
let core: Core;
const events: string[] = [];
beforeEach(async () => {
  dir = tempDir('gloss-annotations-core-');
  core = await openCore(dir.path, (event, payload) => events.push(`${event}:${'what' in payload ? payload.what : ''}`));
});
afterEach(() => {
  core.close();
  dir.remove();
});

it('annotates an imported article, follows a correction of its text, and reopens with everything kept', async () => {
  const text = 'Council doubles bridge budget\n\nThe council said the bridge will cost 40 million euros. Residents were not asked.';
  const report = await dispatch(core.api, 'articles.importText', { text });
  if (!report.ok) throw new Error(report.error.message);
  const article = (report.value as { imported: Array<{ id: string }> }).imported[0]!;
  const body = ((await dispatch(core.api, 'articles.get', { id: article.id })) as { value: { body: string } }).value.body;
  const start = body.indexOf('will cost 40 million euros');

  const created = await dispatch(core.api, 'annotations.create', {
    articleId: article.id,
    start,
    end: start + 'will cost 40 million euros'.length,
    statusTagId: 'status:misleading',
    tagIds: ['technique:missing-context'],
  });
  expect(created).toMatchObject({ ok: true, value: { quote: { exact: 'will cost 40 million euros' } } });
  expect(events).toContain('library.changed:annotations');

  const corrected = await dispatch(core.api, 'articles.correctText', { id: article.id, body: body.replace('40 million', '42 million') });
  expect(corrected).toMatchObject({ ok: true, value: { unchanged: 0, shifted: 0, refound: 1, orphaned: 0 } });

  core.close();
  core = await openCore(dir.path);
  const listed = await dispatch(core.api, 'annotations.list', { articleId: article.id });
  expect(listed).toMatchObject({
    ok: true,
    value: [{ quote: { exact: 'will cost 42 million euros' }, statusTagId: 'status:misleading', tagIds: ['technique:missing-context'], orphaned: false }],
  });
  expect(await dispatch(core.api, 'annotations.list', { articleId: 'missing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
});
