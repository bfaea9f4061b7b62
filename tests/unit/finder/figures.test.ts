// Figures across outlets: the Rafah sample articles' death tolls side by side, and when two
// figures can both be right given their hedges and dates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compatible, groupFigures } from '../../../electron/core/finder/figures.js';
import { readQuantities } from '../../../electron/core/finder/quantities.js';
import type { FigureMention } from '../../../shared/model.js';
import { corpusDir } from '../../helpers/corpus.js';
import { importArticles, openTestLibrary, type TestLibrary } from '../library/harness.js';

function mention(text: string, publishedAt: string | null, articleId = text): FigureMention {
  const quantity = readQuantities(text)[0]!;
  return { articleId, articleTitle: articleId, outlet: null, publishedAt, sentence: { start: 0, end: text.length, text }, quantity };
}

describe('whether two figures can both be right', () => {
  it.each([
    ['over 31,000 deaths', '2024-03-10', '32,000 deaths', '2024-03-19', true],
    ['fewer than 20,000 deaths', '2024-03-19', '32,000 deaths', '2024-03-19', false],
    ['fewer than 20,000 deaths', null, '32,000 deaths', null, false],
    ['about 1,200 deaths', null, '1,139 deaths', null, true],
    ['32,000 deaths', '2024-03-10', '31,000 deaths', '2024-03-19', false], // a toll does not fall
    ['31,000 deaths', '2024-03-10', '32,000 deaths', '2024-03-19', true], // it grows, within reason
    ['10,000 deaths', '2024-03-10', '32,000 deaths', '2024-03-12', false], // not threefold in two days
    ['nearly 2 million displaced', null, '1.9 million displaced', null, true],
    ['up to 500 aid trucks', null, '600 aid trucks', null, false],
    ['not 200,000 deaths', null, '200,000 deaths', null, false],
    ['not 200,000 deaths', null, '32,000 deaths', null, true],
    // A share in words and one in per cent are on one scale.
    ['a third of the population', null, 'about 33% of the population', null, true],
    ['a third of the population', null, '33% of the population', null, true],
    ['two-thirds of the dead', null, '66% of the dead', null, true],
    ['two-thirds of the dead', null, '60% of the dead', null, false],
    ['nearly two-thirds of the dead', null, 'about 70 per cent of the dead', null, true],
    ['a quarter of the population', null, '40% of the population', null, false],
    ['one in five Gazans', null, '20 percent of Gazans', null, true],
  ] as const)('%s (%s) and %s (%s): %s', (a, da, b, db, expected) => {
    const cumulative = readQuantities(a)[0]!.thing === 'deaths';
    expect(compatible(mention(a, da), mention(b, db), cumulative)).toBe(expected);
    expect(compatible(mention(b, db), mention(a, da), cumulative)).toBe(expected);
  });

  it('does not let a count that can go down (aid trucks a day) grow with time', () => {
    expect(compatible(mention('100 aid trucks', '2024-03-01'), mention('300 aid trucks', '2024-03-20'), false)).toBe(false);
  });
});

describe('groups of figures', () => {
  it('keeps a dated attack’s toll apart from the war’s, so that the outlets’ war tolls agree', () => {
    const report = groupFigures(
      [
        mention('The offensive has killed over 35,000 people.', '2024-05-13', 'ap'),
        mention('Hamas killed around 1,200 people in the Oct. 7 attack.', '2024-05-13', 'ap'),
        mention('More than 35,100 people have been killed, the ministry says.', '2024-05-14', 'bbc'),
      ],
      2,
    );
    expect(report.groups.map((g) => [g.label, g.verdict])).toEqual([
      ['deaths', 'agree'],
      ['deaths (7 October)', 'single'],
    ]);
  });
  it.each([
    ['people', 'About 2.3 million people face famine.', 'Some 250 people gathered outside the hospital.'],
    ['beds', 'Nasser hospital has 350 beds.', 'The field hospital opened with 40 beds.'],
    ['population', 'A third of the population faces famine.', 'About 70% of the population is under 30.'],
    // A sum is named, not what it pays for.
    ['dollars', 'Congress approved $95bn in aid.', 'The hospital received $5m from donors.'],
  ])('lists figures of %s, which may count different things, without saying the outlets disagree', (label, a, b) => {
    const report = groupFigures([mention(a, '2024-03-10', 'ap'), mention(b, '2024-03-10', 'bbc')], 2);
    expect(report.groups.map((g) => [g.label, g.verdict, g.conflicts, g.mentions.map((m) => m.articleId)])).toEqual([
      [label, 'unknownMeasure', [], ['ap', 'bbc']],
    ]);
  });
});

describe('rates', () => {
  const day = '2024-03-19';
  it.each([
    // Of different periods: both can be right.
    ['Only 5 trucks a day entered Gaza on Monday.', day, 'Before the war, 200 trucks a day entered Gaza.', day, 'otherPeriods'],
    ['Only 5 trucks a day entered Gaza.', day, 'Some 200 trucks a day entered Gaza last month.', day, 'otherPeriods'],
    ['Only 5 trucks a day entered Gaza.', day, 'Some 200 trucks a day are entering Gaza.', '2024-03-01', 'otherPeriods'],
    ['Only 5 trucks a day entered Gaza.', null, 'Some 200 trucks a day are entering Gaza.', null, 'otherPeriods'],
    // Of the same day: one of them is wrong.
    ['Only 5 trucks a day entered Gaza.', day, 'Some 200 trucks a day are entering Gaza.', day, 'disagree'],
    ['An average of 100 trucks a day entered Gaza.', day, 'About 100 trucks enter Gaza daily.', day, 'agree'],
  ] as const)('%s (%s) and %s (%s): %s', (a, da, b, db, verdict) => {
    const report = groupFigures([mention(a, da, 'ap'), mention(b, db, 'bbc')], 2);
    expect(report.groups.map((g) => [g.label, g.verdict])).toEqual([['aid trucks a day', verdict]]);
  });

  it('does not compare a rate with a total, nor with the rate it is compared with in its own sentence', () => {
    const ap = 'Only 5 trucks a day entered, down from 500 before the war.';
    const report = groupFigures(
      [
        ...readQuantities(ap).map((quantity) => ({ ...mention(ap, '2024-03-19', 'ap'), quantity })),
        mention('Some 200 trucks have entered Gaza since the ceasefire.', '2024-03-19', 'bbc'),
      ],
      2,
    );
    expect(report.groups.map((g) => [g.label, g.verdict, g.mentions.map((m) => m.quantity.text)])).toEqual([
      ['aid trucks a day', 'single', ['5', '500']],
      ['aid trucks', 'single', ['Some 200']],
    ]);
  });
});

describe('figures of the Rafah sample articles', () => {
  let lib: TestLibrary;
  afterEach(() => lib?.close());

  it('groups the outlets’ Palestinian death tolls together, with their hedges and dates, as agreeing', async (ctx) => {
    const dir = corpusDir();
    if (!dir) return ctx.skip();
    lib = await openTestLibrary();
    const files = readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')] as [string, string]);
    const ids = await importArticles(lib, files);
    const collection = await lib.call('collections.create', { name: 'Rafah' });
    await lib.call('collections.addArticles', { id: collection.id, articleIds: ids });

    const report = await lib.call('finder.figures', { collectionId: collection.id });
    expect(report.articleCount).toBe(5);
    const tolls = report.groups.find((g) => g.thing === 'deaths' && g.who === 'Palestinians')!;
    expect(report.groups[0]).toBe(tolls); // the measure several outlets state comes first
    expect(tolls.mentions.map((m) => [m.quantity.text, m.quantity.hedge, m.quantity.low, m.quantity.high, m.publishedAt])).toEqual([
      ['over 31,000', 'more than', 31000, null, '2024-03-10'],
      ['over 32,000', 'more than', 32000, null, null],
    ]);
    expect(new Set(tolls.mentions.map((m) => m.articleId)).size).toBe(2);
    expect(tolls.verdict).toBe('agree');
    // The 7 October toll is another event's: it stands apart rather than "contradicting" 32,000.
    const october = report.groups.find((g) => g.mentions.some((m) => m.quantity.text === 'some 1,200'))!;
    expect(october).toMatchObject({ thing: 'deaths', who: null, label: 'deaths (7 October)', verdict: 'single' });
    expect(report.groups.find((g) => g.thing === 'displaced')?.mentions[0]?.quantity).toMatchObject({ text: 'over a million', low: 1e6 });

    // The collection report carries the same comparison in its "Figures" section.
    const file = await lib.call('exports.run', { format: 'html', collectionId: collection.id });
    const html = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const section = html.slice(html.indexOf('<h2>Figures</h2>'));
    expect(html).toContain('<h2>Figures</h2>');
    expect(section).toContain('<h3>deaths (Palestinians): the articles agree</h3>');
    expect(section).toMatch(/over 31,000<\/span><\/td><td[^>]*>[^<]*<\/td><td>10 Mar 2024<\/td>/);
    expect(section).toContain('over 32,000');
  });

  it('says in the report that figures of an unknown measure are listed, not compared', async () => {
    lib = await openTestLibrary();
    const ids = await importArticles(lib, [
      ['a.md', '# Hunger\n\nAbout 2.3 million people face famine, the agency said.\n'],
      ['b.md', '# Protest\n\nSome 250 people gathered outside the hospital.\n'],
    ]);
    const collection = await lib.call('collections.create', { name: 'Unrelated' });
    await lib.call('collections.addArticles', { id: collection.id, articleIds: ids });
    const file = await lib.call('exports.run', { format: 'html', collectionId: collection.id });
    const section = Buffer.from(file.dataBase64, 'base64').toString('utf8').split('<h2>Figures</h2>')[1]!;
    expect(section).toContain('<h3>people: listed, not compared: these figures may not count the same thing</h3>');
    expect(section).not.toContain('disagree');
    expect(section).not.toContain('cannot both be right');
  });

  it('reads the figures of the open articles too, and links two of them as claims in one step', async () => {
    lib = await openTestLibrary();
    const ids = await importArticles(lib, [
      ['a.md', '# Toll\n\nThe ministry said over 31,000 Palestinians have been killed.\n'],
      ['b.md', '# Count\n\nFewer than 20,000 Palestinians have died, the group claims.\n'],
    ]);
    const report = await lib.call('finder.figures', { articleIds: ids });
    const group = report.groups.find((g) => g.thing === 'deaths')!;
    expect(group.verdict).toBe('disagree');
    expect(group.conflicts).toEqual([[0, 1]]);
    const [a, b] = group.mentions.map((m) => ({ articleId: m.articleId, start: m.sentence.start, end: m.sentence.end }));
    const link = await lib.call('finder.link', { from: a!, to: b!, relation: 'contradicts' });
    expect(link.relation).toBe('contradicts');
    const claims = await lib.call('annotations.list', { articleId: ids[1]! });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ statusTagId: 'status:not-checked', quote: { exact: 'Fewer than 20,000 Palestinians have died, the group claims.' } });
    // Linking again reuses both claims instead of marking the sentences twice.
    await lib.call('finder.link', { from: a!, to: b!, relation: 'same-claim' });
    expect(await lib.call('annotations.list', { articleId: ids[0]! })).toHaveLength(1);
  });
});
