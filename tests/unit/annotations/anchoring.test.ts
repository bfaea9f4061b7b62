import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAnnotation, reanchorAnnotations } from '../../../electron/core/annotations.js';
import { openTestLibrary, spanOf, type TestLibrary } from './fixtures.js';

let lib: TestLibrary;
beforeEach(async () => {
  lib = await openTestLibrary();
});
afterEach(() => lib.close());

/** What articles.correctText does: replace the body, then re-anchor, in one transaction. */
function correctWithClaims(articleId: string, newBody: string) {
  return lib.db.transaction(() => {
    const { body } = lib.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string };
    lib.db.prepare('UPDATE articles SET body = ? WHERE id = ?').run(newBody, articleId);
    return reanchorAnnotations(lib.db, articleId, body, newBody);
  })();
}

/** The counts of a correction. */
function correct(articleId: string, newBody: string) {
  const { claims: _, ...counts } = correctWithClaims(articleId, newBody);
  return counts;
}

const none = { unchanged: 0, shifted: 0, refound: 0, orphaned: 0 };

async function annotate(articleId: string, body: string, phrase: string, nth = 0) {
  return lib.ok('annotations.create', { articleId, ...spanOf(body, phrase, nth), note: phrase });
}

describe('re-anchoring after a correction', () => {
  it('follows a span when text is inserted before it', async () => {
    const body = 'The minister said taxes will rise next year. Nobody asked why.';
    const id = lib.addArticle(body);
    const a = await annotate(id, body, 'taxes will rise');
    const newBody = 'Update, 10 March: ' + body;
    expect(correct(id, newBody)).toEqual({ ...none, shifted: 1 });
    const after = getAnnotation(lib.db, a.id);
    expect(newBody.slice(after.start, after.end)).toBe('taxes will rise');
    expect(after.start).toBe(a.start + 'Update, 10 March: '.length);
    expect(after.quote.prefix).toBe('Update, 10 March: The minister said '.slice(-32));
    expect(after.orphaned).toBe(false);
  });

  it('finds a span whose own text was lightly corrected, and updates its quote', async () => {
    const body = 'Yesterday the council approved a budget of 40 million euros for the bridge. Work starts in May.';
    const id = lib.addArticle(body);
    const a = await annotate(id, body, 'approved a budget of 40 million euros');
    const newBody = 'Yesterday the council approved a budget of 45 million euro for the bridge. Work starts in May.';
    expect(correct(id, newBody)).toEqual({ ...none, refound: 1 });
    const after = getAnnotation(lib.db, a.id);
    expect(after.orphaned).toBe(false);
    expect(after.quote.exact).toBe(newBody.slice(after.start, after.end));
    expect(after.quote.exact).toBe('approved a budget of 45 million euro');
  });

  it('marks a span whose text was deleted as orphaned, keeping its quote, and finds it again when the text returns', async () => {
    const body = 'First paragraph stays.\n\nThe mayor claimed crime fell by half in a year.\n\nLast paragraph stays.';
    const id = lib.addArticle(body);
    const kept = await annotate(id, body, 'Last paragraph');
    const gone = await annotate(id, body, 'crime fell by half in a year');
    const shortened = 'First paragraph stays.\n\nLast paragraph stays.';
    expect(correct(id, shortened)).toEqual({ ...none, shifted: 1, orphaned: 1 });

    const orphan = getAnnotation(lib.db, gone.id);
    expect(orphan.orphaned).toBe(true);
    expect(orphan.quote.exact).toBe('crime fell by half in a year');
    expect(orphan.end).toBeLessThanOrEqual(shortened.length);
    expect(orphan.start).toBeLessThan(orphan.end);
    expect(getAnnotation(lib.db, kept.id)).toMatchObject({ orphaned: false, quote: { exact: 'Last paragraph' } });

    expect(correct(id, body)).toEqual({ ...none, shifted: 1, refound: 1 });
    expect(getAnnotation(lib.db, gone.id)).toMatchObject({ orphaned: false, start: gone.start, end: gone.end });
  });

  it('orphans rather than moves a span rewritten beyond recognition', async () => {
    const body = 'Officials said the water is perfectly safe to drink. More tests follow.';
    const id = lib.addArticle(body);
    const a = await annotate(id, body, 'the water is perfectly safe to drink');
    expect(correct(id, 'Officials said they could not yet tell whether tap water may be drunk. More tests follow.')).toEqual({ ...none, orphaned: 1 });
    expect(getAnnotation(lib.db, a.id).orphaned).toBe(true);
  });

  it('chooses the occurrence of a repeated phrase whose context matches', async () => {
    const march = 'In March the minister said taxes will rise.';
    const may = 'In May the opposition leader said taxes will rise.';
    const body = `${march}\n\n${may}`;
    const id = lib.addArticle(body);
    const opposition = await annotate(id, body, 'taxes will rise', 1);
    const minister = await annotate(id, body, 'taxes will rise', 0);
    // The paragraphs swap: the shared ending would carry the offsets onto the wrong twin.
    const swapped = `${may}\n\n${march}`;
    expect(correct(id, swapped)).toEqual({ ...none, shifted: 2 });
    expect(getAnnotation(lib.db, opposition.id).start).toBe(spanOf(swapped, 'taxes will rise', 0).start);
    expect(getAnnotation(lib.db, minister.id).start).toBe(spanOf(swapped, 'taxes will rise', 1).start);
  });

  it('re-anchors deleted annotations too, so that undo brings back a span that fits the text', async () => {
    const body = 'Prices doubled overnight, the report says.';
    const id = lib.addArticle(body);
    const a = await annotate(id, body, 'Prices doubled overnight');
    await lib.ok('annotations.delete', { id: a.id });
    expect(correctWithClaims(id, 'Correction: ' + body)).toEqual({ ...none, claims: [] });
    await lib.ok('annotations.undo', { articleId: id });
    const back = getAnnotation(lib.db, a.id);
    expect('Correction: '.length + a.start).toBe(back.start);
  });
});

describe('re-anchoring in Chinese and Japanese, written without spaces', () => {
  it('keeps claims whose words a correction in the same sentence left alone, re-finds one lightly corrected, orphans one rewritten', async () => {
    const body = '東京で十二日に大きな地震があった。被害は確認されていない。気象庁によると、震源の深さは十キロだった。';
    const id = lib.addArticle(body);
    const quake = await annotate(id, body, '大きな地震');
    const damage = await annotate(id, body, '被害は確認');
    const depth = await annotate(id, body, '震源の深さは十キロ');
    // A date corrected beside one claim, a word put before another: each sentence is one run of
    // letters, which used to be one word, so the first two were orphaned.
    const newBody = body.replace('十二日', '十三日').replace('被害は', '大きな被害は');
    expect(correct(id, newBody)).toEqual({ ...none, unchanged: 1, shifted: 2 });
    for (const [claim, quote] of [[quake, '大きな地震'], [damage, '被害は確認'], [depth, '震源の深さは十キロ']] as const) {
      const after = getAnnotation(lib.db, claim.id);
      expect(newBody.slice(after.start, after.end)).toBe(quote);
      expect(after.orphaned).toBe(false);
    }
    // Its own words lightly corrected: re-found with the change, as '40 million euros' is.
    const deeper = newBody.replace('十キロ', '約二十キロと発表');
    expect(correct(id, deeper)).toEqual({ ...none, unchanged: 2, refound: 1 });
    expect(getAnnotation(lib.db, depth.id).quote.exact).toBe('震源の深さは約二十キロ');
    // Rewritten beyond recognition: orphaned, not moved.
    expect(correct(id, deeper.replace('震源の深さは約二十キロと発表', '震源についての情報はまだない'))).toEqual({ ...none, unchanged: 2, orphaned: 1 });
    expect(getAnnotation(lib.db, depth.id).orphaned).toBe(true);
  });
});

describe('re-anchoring in Thai, written without spaces between words', () => {
  it('keeps claims whose words a correction in the same sentence left alone', async () => {
    // "An earthquake struck Bangkok on the twelfth. Officials said no one was hurt."
    const body = 'เกิดแผ่นดินไหวที่กรุงเทพเมื่อวันที่สิบสอง เจ้าหน้าที่กล่าวว่าไม่มีผู้ได้รับบาดเจ็บ';
    const id = lib.addArticle(body);
    const quake = await annotate(id, body, 'แผ่นดินไหวที่กรุงเทพ');
    const hurt = await annotate(id, body, 'ไม่มีผู้ได้รับบาดเจ็บ');
    // The date corrected (twelfth → thirteenth) in the first sentence, a word put in the second.
    const newBody = body.replace('สิบสอง', 'สิบสาม').replace('กล่าวว่า', 'ยืนยันว่า');
    expect(correct(id, newBody)).toEqual({ ...none, shifted: 1, unchanged: 1 });
    for (const [claim, quote] of [[quake, 'แผ่นดินไหวที่กรุงเทพ'], [hurt, 'ไม่มีผู้ได้รับบาดเจ็บ']] as const) {
      const after = getAnnotation(lib.db, claim.id);
      expect(newBody.slice(after.start, after.end)).toBe(quote);
      expect(after.orphaned).toBe(false);
    }
  });
});

describe('grapheme safety', () => {
  const body = 'Fans 👍🏽 cheered; the mayor said q\u0303 is a letter. Family 👨‍👩‍👧 flags 🇫🇷🇩🇪 end.';

  it('widens a span that starts inside an emoji or ends before a combining mark to whole graphemes', async () => {
    const id = lib.addArticle(body);
    const thumb = body.indexOf('👍🏽');
    const inEmoji = await lib.ok('annotations.create', { articleId: id, start: thumb + 1, end: thumb + 12 });
    expect(inEmoji.start).toBe(thumb);
    expect(inEmoji.quote.exact.startsWith('👍🏽')).toBe(true);

    const q = body.indexOf('q\u0303');
    const beforeMark = await lib.ok('annotations.create', { articleId: id, start: q - 5, end: q + 1 });
    expect(beforeMark.quote.exact).toBe('said q\u0303');

    const family = body.indexOf('👨‍👩‍👧');
    const inFamily = await lib.ok('annotations.create', { articleId: id, start: family + 3, end: family + 4 });
    expect(inFamily.quote.exact).toBe('👨‍👩‍👧');

    const flags = body.indexOf('🇫🇷');
    const france = await lib.ok('annotations.create', { articleId: id, start: flags, end: flags + 4 });
    expect(france.quote.exact).toBe('🇫🇷');
    const halfGermany = await lib.ok('annotations.create', { articleId: id, start: flags + 4, end: flags + 5 });
    expect(halfGermany.quote.exact).toBe('🇩🇪');
  });

  it('never cuts the prefix or suffix inside a grapheme', async () => {
    const emojis = '😀'.repeat(40);
    const text = `${emojis}x${emojis}`;
    const id = lib.addArticle(text);
    const a = await lib.ok('annotations.create', { articleId: id, start: 80, end: 81 });
    expect(a.quote.exact).toBe('x');
    expect(a.quote.prefix).toBe('😀'.repeat(16));
    expect(a.quote.suffix).toBe('😀'.repeat(16));
    // Here 32 code units from the span falls in the middle of an emoji: the context stops short of it.
    const odd = lib.addArticle(`${emojis}ab${emojis}`);
    const b = await lib.ok('annotations.create', { articleId: odd, start: 81, end: 82 });
    expect(b.quote).toEqual({ exact: 'b', prefix: '😀'.repeat(15) + 'a', suffix: '😀'.repeat(16) });
    const c = await lib.ok('annotations.create', { articleId: odd, start: 80, end: 81 });
    expect(c.quote).toEqual({ exact: 'a', prefix: '😀'.repeat(16), suffix: 'b' + '😀'.repeat(15) });
  });
});

describe('grapheme boundaries in long runs without plain ASCII', () => {
  it('pairs regional indicators from the start of a long run of flags', async () => {
    const flags = '🇫🇷🇩🇪🇮🇹'.repeat(400);
    const id = lib.addArticle(`Flags: ${flags} end.`);
    // 7 + 1198 code units in: the middle of the 300th flag.
    const a = await lib.ok('annotations.create', { articleId: id, start: 7 + 1198, end: 7 + 1199 });
    expect(a.start).toBe(7 + 1196);
    expect(a.quote.exact).toBe('🇫🇷🇩🇪🇮🇹'.slice(8, 12));
  });
});
