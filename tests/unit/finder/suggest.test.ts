// Check-worthy sentences of an article: ranked, with reasons; accepting makes a claim "Not yet
// checked"; a dismissal is remembered, also after the library is closed and opened again.
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { splitSentences } from '../../../electron/core/finder/sentences.js';
import type { ClaimSuggestion } from '../../../shared/model.js';
import { importArticles, markdown, openTestLibrary, type TestLibrary } from '../library/harness.js';

const ARTICLE = markdown(
  'Talks in Cairo',
  'Thank you all for coming tonight. The health ministry said more than 31,000 people have been killed since October. ' +
    'It was a long day.',
  'Unemployment in the region has doubled to 45% over the past year, according to the World Bank. What a view.',
);

describe('check-worthy sentences', () => {
  let lib: TestLibrary;
  afterEach(() => lib?.close());

  it('ranks the sentences with figures and attributions first, each with its reasons, and leaves the small talk out', async () => {
    lib = await openTestLibrary();
    const [id] = await importArticles(lib, [['cairo.md', ARTICLE]]);
    const suggested = await lib.call('finder.suggest', { articleId: id! });
    expect(suggested.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        'The health ministry said more than 31,000 people have been killed since October.',
        'Unemployment in the region has doubled to 45% over the past year, according to the World Bank.',
      ]),
    );
    expect(suggested.map((s) => s.text)).not.toContain('Thank you all for coming tonight.');
    expect(suggested.map((s) => s.text)).not.toContain('What a view.');
    expect([...suggested].sort((a, b) => b.score - a.score)).toEqual(suggested);
    const toll = suggested.find((s) => s.text.startsWith('The health ministry'))!;
    expect(toll.reasons).toEqual(expect.arrayContaining(['figure', 'attribution']));
    const { body } = await lib.call('articles.get', { id: id! });
    expect(body.slice(toll.start, toll.end)).toBe(toll.text);
  });

  it('lists every sentence in text order with --all, marking which pass', async () => {
    lib = await openTestLibrary();
    const [id] = await importArticles(lib, [['cairo.md', ARTICLE]]);
    const all = await lib.call('finder.suggest', { articleId: id!, all: true });
    expect(all.map((s) => s.text)).toEqual([
      'Thank you all for coming tonight.',
      'The health ministry said more than 31,000 people have been killed since October.',
      'It was a long day.',
      'Unemployment in the region has doubled to 45% over the past year, according to the World Bank.',
      'What a view.',
    ]);
    expect(all.map((s) => s.passes)).toEqual([false, true, false, true, false]);
  });

  it('accepts a suggestion as a claim "Not yet checked" and stops suggesting it', async () => {
    lib = await openTestLibrary();
    const [id] = await importArticles(lib, [['cairo.md', ARTICLE]]);
    const [first] = await lib.call('finder.suggest', { articleId: id! });
    const claim = await lib.call('finder.accept', { articleId: id!, start: first!.start, end: first!.end });
    expect(claim).toMatchObject({ statusTagId: 'status:not-checked', quote: { exact: first!.text } });
    const again = await lib.call('finder.suggest', { articleId: id! });
    expect(again.map((s) => s.text)).not.toContain(first!.text);
    expect((await lib.call('finder.suggest', { articleId: id!, all: true })).find((s) => s.text === first!.text)?.claimId).toBe(claim.id);
    // Accepting twice does not mark the sentence twice; undo takes the claim back.
    expect((await lib.call('finder.accept', { articleId: id!, start: first!.start, end: first!.end })).id).toBe(claim.id);
    await lib.call('annotations.undo', { articleId: id! });
    expect(await lib.call('annotations.list', { articleId: id! })).toEqual([]);
  });

  it('remembers a dismissal after the library is closed, and restores it on request', async () => {
    lib = await openTestLibrary();
    const [id] = await importArticles(lib, [['cairo.md', ARTICLE]]);
    const [first] = await lib.call('finder.suggest', { articleId: id! });
    await lib.call('finder.dismiss', { articleId: id!, text: first!.text });
    lib.core.close();
    const reopened = await openCore(lib.dataDir);
    const texts = async () => {
      const r = await dispatch(reopened.api, 'finder.suggest', { articleId: id! });
      return r.ok ? (r.value as ClaimSuggestion[]).map((s) => s.text) : [];
    };
    expect(await texts()).not.toContain(first!.text);
    await dispatch(reopened.api, 'finder.restore', { articleId: id!, text: first!.text });
    expect(await texts()).toContain(first!.text);
    reopened.close();
    lib = { ...lib, close: () => {} } as TestLibrary;
  });

  it('refuses an unknown article with a clear error', async () => {
    lib = await openTestLibrary();
    const error = await lib.fail('finder.suggest', { articleId: 'nope' });
    expect(error.code).toBe('not_found');
  });
});

describe('sentence splitting', () => {
  it('does not break after titles and abbreviations, nor before a lower-case continuation', () => {
    expect(splitSentences('Mr. Smith met Gen. Jones in the U.S. on Monday. “Really?” he asked. Over 31,000 died.').map((s) => s.text)).toEqual([
      'Mr. Smith met Gen. Jones in the U.S. on Monday.',
      '“Really?” he asked.',
      'Over 31,000 died.',
    ]);
  });
  it.each([
    // An initialism before a word that goes on with it: one sentence.
    ['The strike hit at 9 a.m. Monday, killing 12 people. Rescuers searched all day.', ['The strike hit at 9 a.m. Monday, killing 12 people.', 'Rescuers searched all day.']],
    ['The U.S. Army said 5 soldiers died. Then it left.', ['The U.S. Army said 5 soldiers died.', 'Then it left.']],
    ['He met U.S. President Joe Biden on Monday.', ['He met U.S. President Joe Biden on Monday.']],
    ['The U.N. Security Council voted on Monday.', ['The U.N. Security Council voted on Monday.']],
    ['About 5 p.m. Israeli forces struck the camp.', ['About 5 p.m. Israeli forces struck the camp.']],
    ['The strike began at 6 a.m. Gaza time and lasted an hour.', ['The strike began at 6 a.m. Gaza time and lasted an hour.']],
    ['The blast came at 4 a.m. EST, officials said.', ['The blast came at 4 a.m. EST, officials said.']],
    ['Officials briefed U.S. Secretary of State Antony Blinken.', ['Officials briefed U.S. Secretary of State Antony Blinken.']],
    // An initialism that ends the sentence, and titles, as before.
    ['The strike hit at 9 a.m. Residents fled.', ['The strike hit at 9 a.m.', 'Residents fled.']],
    ['It hit at 10 p.m. The toll rose.', ['It hit at 10 p.m.', 'The toll rose.']],
    ['He lives in Washington, D.C. He said no.', ['He lives in Washington, D.C.', 'He said no.']],
    ['Aid reached the U.S. Officials said so.', ['Aid reached the U.S.', 'Officials said so.']],
    ['He was in the U.S. Gaza was bombed that night.', ['He was in the U.S.', 'Gaza was bombed that night.']],
    ['It was 9 a.m. The sirens sounded.', ['It was 9 a.m.', 'The sirens sounded.']],
    ['Dr. Smith treated 40 patients in ward No. 10 on Monday.', ['Dr. Smith treated 40 patients in ward No. 10 on Monday.']],
    // A middle initial, a company's "Inc.", an institution after its country: one sentence.
    ['Bank president Carla J. Whitmore warned of a slowdown.', ['Bank president Carla J. Whitmore warned of a slowdown.']],
    ['The report was written by Omar K. Haddad. The ministry denied it.', ['The report was written by Omar K. Haddad.', 'The ministry denied it.']],
    ['The board met. Brightline Inc. Chairman Paul Ode spoke first.', ['The board met.', 'Brightline Inc. Chairman Paul Ode spoke first.']],
    ['The deal was signed with Norvo Corp. The shares rose.', ['The deal was signed with Norvo Corp.', 'The shares rose.']],
    ['On Tuesday, four bills failed in the U.S. Senate, including a tax plan.', ['On Tuesday, four bills failed in the U.S. Senate, including a tax plan.']],
    ['The plan has support in the U.S. House, aides said.', ['The plan has support in the U.S. House, aides said.']],
    // An initial that ends the sentence.
    ['They chose Plan B. The vote was close.', ['They chose Plan B.', 'The vote was close.']],
    ['See Lindqvist E. Wound Care Today. It helps.', ['See Lindqvist E.', 'Wound Care Today.', 'It helps.']],
    // A sentence that ends with no space after it, or after its notes' marks; "No." as an answer.
    ['The firm had reached 300 towns.The growth was fast.', ['The firm had reached 300 towns.', 'The growth was fast.']],
    ['It is fatal in most patients.3,4 Transplants are risky.', ['It is fatal in most patients.3,4', 'Transplants are risky.']],
    ['Did he resign? No. "I stayed on," he said.', ['Did he resign?', 'No.', '"I stayed on," he said.']],
    ['The site moved to TheNews.com last year.', ['The site moved to TheNews.com last year.']],
    // A dateline is no part of the first sentence.
    ['LISBON (AP) — Fires burned 3,000 hectares. Crews rested.', ['Fires burned 3,000 hectares.', 'Crews rested.']],
    ['Nairobi (Reuters) -- The bank cut its rate on Monday.', ['The bank cut its rate on Monday.']],
    ['OSLO, March 3, 2021 — The fund sold its stake.', ['The fund sold its stake.']],
    ['FRESNO, Calif. -- Farms lost water.', ['Farms lost water.']],
    ['NATO — the alliance — met on Monday.', ['NATO — the alliance — met on Monday.']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(sentences);
  });
  it('gives offsets into the text', () => {
    const text = 'First one.  Second one.';
    for (const s of splitSentences(text, 10)) expect(text.slice(s.start - 10, s.end - 10)).toBe(s.text);
  });
});
