// Evidence links are web links: http and https are stored, every other scheme is refused where
// it comes in (the API, an exchange file) and, if an older library holds one, never exported.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { InputOf, MethodName } from '../../../shared/contract/index.js';
import { callApi } from '../../fixtures/export/collection.js';
import { tempDir } from '../../helpers/tmp.js';

let dir: ReturnType<typeof tempDir>;
let core: Core;
let articleId: string;
const call = <M extends MethodName>(method: M, input: InputOf<M>) => callApi(core, method, input);
const decode = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64').toString();

beforeEach(async () => {
  dir = tempDir('gloss-evidence-');
  core = await openCore(dir.path);
  const report = await call('articles.importText', { title: 'Bridge', text: 'The bridge will cost 410 million, the council said.' });
  articleId = report.imported[0]!.id;
});
afterEach(() => {
  core.close();
  dir.remove();
});

describe('evidence URLs', () => {
  for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'ftp://example.org/x']) {
    it(`refuses ${bad.split(':')[0]}: in annotations.create and annotations.update with a clear message`, async () => {
      const create = await dispatch(core.api, 'annotations.create', { articleId, start: 0, end: 10, evidence: [{ url: bad, title: 'x' }] });
      expect(create).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(!create.ok && create.error.message).toContain(`evidence.0.url: only http and https links are kept; "${bad}" is not one`);

      const a = await call('annotations.create', { articleId, start: 0, end: 10 });
      const update = await dispatch(core.api, 'annotations.update', { id: a.id, evidence: [{ url: bad }] });
      expect(update).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((await call('annotations.list', { articleId }))[0]!.evidence).toEqual([]);
    });
  }

  it('stores http and https links', async () => {
    const a = await call('annotations.create', {
      articleId, start: 0, end: 10, evidence: [{ url: 'https://example.org/tender' }, { url: 'http://example.org/minutes', title: 'Minutes' }],
    });
    expect(a.evidence.map((e) => e.url)).toEqual(['https://example.org/tender', 'http://example.org/minutes']);
  });

  it('refuses an exchange file with such a link, importing nothing', async () => {
    await call('annotations.create', { articleId, start: 0, end: 10, evidence: [{ url: 'https://example.org/tender', title: 'Tender' }] });
    const bundle = JSON.parse(decode(await call('exports.run', { format: 'bundle', articleId })));
    bundle.annotations[0].evidence[0].url = 'javascript:alert(1)';
    const other = tempDir('gloss-evidence-other-');
    const otherCore = await openCore(other.path);
    try {
      const result = await dispatch(otherCore.api, 'exports.importBundle', {
        name: 'bridge.gloss', dataBase64: Buffer.from(JSON.stringify(bundle)).toString('base64'),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'parse_failed' } });
      expect(!result.ok && result.error.message).toMatch(/evidence\.0\.url: only http and https links are kept; "javascript:alert\(1\)" is not one\. Nothing was imported/);
      expect(await callApi(otherCore, 'articles.list', {})).toEqual([]);
    } finally {
      otherCore.close();
      other.remove();
    }
  });

  it('never exports a link of another scheme that an older library holds', async () => {
    const a = await call('annotations.create', {
      articleId, start: 0, end: 10, statusTagId: 'status:false', evidence: [{ url: 'https://example.org/tender', title: 'Tender' }],
    });
    core.db.prepare("UPDATE evidence SET url = 'javascript:alert(1)' WHERE annotation_id = ?").run(a.id);
    for (const format of ['html', 'md', 'csv', 'w3c', 'claimreview', 'answer-key', 'bundle'] as const) {
      const text = decode(await call('exports.run', { format, articleId }));
      expect(text, format).not.toContain('javascript:');
      if (format !== 'csv' && format !== 'claimreview') expect(text, format).toContain('Tender');
    }
  });
});
