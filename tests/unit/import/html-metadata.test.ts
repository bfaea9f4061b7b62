// The title, date and author of news pages as they are built: reduced from what real pages do
// (a site name after the headline, Dublin Core and other date tags, a byline with its date).
import { afterAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile } from '../../../electron/core/import/index.js';

afterAll(() => closeHtmlWorker());

const enc = (s: string) => new TextEncoder().encode(s);
const TEXT =
  '<p>The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails.</p>' +
  '<p>Pilots said the channel was clear, though divers would inspect the north quay again before the ferries return next week.</p>';

function page({ head = '', body = '' }: { head?: string; body?: string }) {
  return enc(`<!doctype html><html lang="en"><head>${head}</head><body><div id="masthead">${body}</div><article>${TEXT}</article></body></html>`);
}

describe('HTML metadata as news pages write it', () => {
  it.each([
    ['after the headline', '<title>Harbour reopens after storm - Courier.com</title>'],
    ['before the headline', '<title>The Coastal Courier | Harbour reopens after storm</title>'],
    ['with a bullet', '<title>Harbour reopens after storm • Jane’s blog</title>'],
    ['in og:title too', '<meta property="og:title" content="Harbour reopens after storm - Coastal Courier Online"><title>x</title>'],
    ['over several parts', '<title>Harbour reopens after storm - Courier : News : Home</title>'],
  ])('takes the headline without the site name %s, as the page’s heading shows it', async (_, head) => {
    const a = await prepareFile('harbour.html', page({ head, body: '<h1>Harbour reopens after&nbsp;storm</h1>' }));
    expect(a.title).toBe('Harbour reopens after storm');
    expect(a.body.startsWith('The harbour at Port Alder')).toBe(true);
  });

  it('keeps a title whose dashes are the headline’s own, and a site name the heading does not repeat', async () => {
    const a = await prepareFile('a.html', page({ head: '<title>Storm - what we know so far</title>', body: '<h1>Storm - what we know so far</h1>' }));
    expect(a.title).toBe('Storm - what we know so far');
    // The site's logo as its heading is not the headline.
    const b = await prepareFile('b.html', page({ head: '<title>Harbour reopens after storm - Courier</title>', body: '<h1>Courier</h1>' }));
    expect(b.title).toMatch(/^Harbour reopens after storm/);
  });

  it('cuts the author’s name after the headline', async () => {
    const head = '<meta property="og:title" content="Harbour reopens - Maria Lopes and Tom Hale"><meta name="author" content="Maria Lopes and Tom Hale">';
    const a = await prepareFile('a.html', page({ head }));
    expect(a.title).toBe('Harbour reopens');
    expect(a.author).toBe('Maria Lopes and Tom Hale');
  });

  it.each([
    ['Dublin Core', '<meta name="DC.date.issued" content="2011-10-05">'],
    ['DC.date', '<meta name="dc.date" scheme="W3CDTF" content="2011-10-05T18:54:00+1000">'],
    ['publish_date in words', '<meta name="publish_date" content="Wed, 05 Oct 2011 08:10:27 EST">'],
    ['pub_date as digits', '<meta name="pub_date" content="20111005">'],
    ['sailthru.date', '<meta name="sailthru.date" content="October 5, 2011">'],
    ['dcterms.created', '<meta name="dcterms.created" content="2011-10-05T09:24:01+00:00"><meta name="dcterms.modified" content="2011-10-06T10:41:47+00:00">'],
  ])('reads the published date from %s', async (_, head) => {
    const a = await prepareFile('a.html', page({ head: `<title>Harbour reopens</title>${head}` }));
    expect(a.publishedAt).toBe('2011-10-05');
  });

  it.each([
    ['https://courier.example/2014/6/26/5842180/harbour-reopens', '2014-06-26'],
    ['https://courier.example/2010/LOCAL/08/13/harbour.reopens/index.html', '2010-08-13'],
    ['https://courier.example/shows/harbour-hour/2013/may/27/', '2013-05-27'],
    ['https://courier.example/2024/10/100-best-harbour-walks/', null],
    ['https://courier.example/2024/02/30/harbour-reopens', null],
  ])('takes the day in the page’s address %s when the page gives no date', async (url, date) => {
    const a = await prepareFile('a.html', page({ head: `<title>Harbour reopens</title><link rel="canonical" href="${url}">` }));
    expect(a.publishedAt).toBe(date);
  });

  it('takes a date in the page over the one in its address', async () => {
    const head = '<title>Harbour reopens</title><link rel="canonical" href="https://courier.example/2014/06/26/harbour-reopens">';
    const a = await prepareFile('a.html', page({ head, body: '<div class="byline">By Maria Lopes June 27, 2014 9:00 AM</div>' }));
    expect(a.publishedAt).toBe('2014-06-27');
  });

  it('takes hAtom’s published date, not its update', async () => {
    const body =
      '<p>Published: <span class="published" title="10/5/2011 8:27:07 AM">10/5/2011 2:27 AM</span></p>' +
      '<p>Last Modified: <span class="updated" title="2011-10-06T04:06:42.170Z">10/6/2011 4:06 AM</span></p>';
    const a = await prepareFile('a.html', page({ head: '<title>Harbour reopens</title>', body }));
    expect(a.publishedAt).toBe('2011-10-05');
  });

  it('takes the date marked as published, not the first <time> (the last update)', async () => {
    const body =
      '<p>Updated <time itemprop="dateModified" datetime="2013-04-06T10:37:32+02:00">6 April</time></p>' +
      '<p>Published <time itemprop="datePublished" datetime="2013-04-05T17:08:23+02:00">5 April</time></p>';
    const a = await prepareFile('a.html', page({ head: '<title>Harbour reopens</title>', body }));
    expect(a.publishedAt).toBe('2013-04-05');
  });

  it('takes the day the page shows for a time given in UTC, when the page gives the same moment with its offset', async () => {
    // 23:42 in New York is 03:42 the next day in UTC: the article is of the 6th where it was published.
    const head = '<title>Harbour reopens</title><meta property="article:published_time" content="2015-04-07T03:42:00Z">';
    const a = await prepareFile('a.html', page({ head, body: '<time class="updated" datetime="2015-04-06 23:42:00-0400">April 6, 2015 11:42 pm</time>' }));
    expect(a.publishedAt).toBe('2015-04-06');
    // Without such a time, the UTC day is all there is.
    const b = await prepareFile('b.html', page({ head }));
    expect(b.publishedAt).toBe('2015-04-07');
  });

  it.each([
    ['By: Maria Lopes August 18, 2010 3:21 PM PDT Print E-mail', 'Maria Lopes', '2010-08-18'],
    ['Maria Lopes on June 29, 2014 08:08 pm @mlopes 76 Comments', 'Maria Lopes', '2014-06-29'],
    ['Maria Lopes2014-01-26 21:32:46 UTC', 'Maria Lopes', '2014-01-26'],
    ['Maria Lopes Tuesday, Aug. 17, 2010', 'Maria Lopes', '2010-08-17'],
    ['Maria Lopes | Apr 19, 2013', 'Maria Lopes', '2013-04-19'],
    ['MARIA LOPES and TOM HALE - AP Writers | AP – 1 hr 4 mins ago', 'MARIA LOPES and TOM HALE', null],
    ['9:39AM BST 05 Oct 2011', null, '2011-10-05'],
    ['Maria Lopes, Coastal Courier', 'Maria Lopes, Coastal Courier', null],
  ])('reads the byline “%s” as its author and its date', async (line, author, date) => {
    const a = await prepareFile('a.html', page({ head: '<title>Harbour reopens</title>', body: `<div class="byline">${line}</div>` }));
    expect(a.author).toBe(author);
    expect(a.publishedAt).toBe(date);
  });

  it('lifts a date set as a heading above the text, and a byline with the time it was posted', async () => {
    const a = await prepareFile('a.html', enc(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><h4>June 8, 2012 6:14 AM</h4>${TEXT}</article></body></html>`));
    expect(a.publishedAt).toBe('2012-06-08');
    expect(a.body.startsWith('The harbour at Port Alder')).toBe(true);
    const b = await prepareFile('b.html', enc(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><p>By Maria Lopes posted Aug 18th 2010 7:30PM</p>${TEXT}</article></body></html>`));
    expect(b).toMatchObject({ author: 'Maria Lopes', publishedAt: '2010-08-18' });
    expect(b.body.startsWith('The harbour at Port Alder')).toBe(true);
  });

  it('keeps a table’s “Written by” and “Published” rows as text, not as the article’s author and date', async () => {
    // An encyclopedia's infobox credits the work it describes, not the page.
    const infobox = '<table class="infobox"><tr><th>Written by</th><td>Ana Ruiz</td></tr><tr><th>Published</th><td>March 3, 2001</td></tr></table>';
    const a = await prepareFile('a.html', enc(`<!doctype html><html lang="en"><head><title>The Quay (novel)</title></head><body><article>${infobox}${TEXT}</article></body></html>`));
    expect(a).toMatchObject({ author: null, publishedAt: null });
    expect(a.body).toContain('Written by · Ana Ruiz\n\nPublished · March 3, 2001');
  });

  it('takes the byline in the page’s header, which Readability drops with it, over one in a list of other articles', async () => {
    const header = '<header class="header-container"><h1>Harbour reopens</h1><p class="byline">By <em><a href="/users/mlopes">Maria Lopes</a></em> <a href="https://x.example/mlopes">@mlopes</a><br><span class="timestamp">on June 26, 2014 at 9:00a</span></p></header>';
    const others = '<ul class="more-reviews"><li><a href="/reviews/ferry">The new ferry, reviewed</a> <a href="/reviews/ferry" class="byline">Tom Hale</a></li><li><a href="/reviews/quay">The quay, reviewed</a> <a href="/reviews/quay" class="byline">Ana Ruiz</a></li></ul>';
    const a = await prepareFile('a.html', enc(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>${header}<article>${TEXT}${TEXT}${TEXT}</article>${others}</body></html>`));
    expect(a).toMatchObject({ author: 'Maria Lopes', publishedAt: '2014-06-26' });
    // An author marked up as a microformat's name ("By <a class="author fn">").
    const b = await prepareFile('b.html', enc(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><header class="page-header"><h1>Harbour reopens</h1>By <a href="/users/mlopes" class="author fn">Maria Lopes</a></header><article>${TEXT}${TEXT}${TEXT}</article>${others}</body></html>`));
    expect(b.author).toBe('Maria Lopes');
    // A class that says so in capitals, holding a script.
    const byline = '<header class="header"><h1>Harbour reopens</h1><div class="articleByline"><script>var author = "By Maria Lopes";</script>By Maria Lopes</div></header>';
    const c = await prepareFile('c.html', enc(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>${byline}<article>${TEXT}${TEXT}${TEXT}</article>${others}</body></html>`));
    expect(c.author).toBe('Maria Lopes');
  });

  it('takes the byline in the article over a menu item Readability took for one', async () => {
    const menu = '<div class="menu"><div class="nav_item sprite_authors"><a href="/reviews/"><span>Authors</span></a></div></div>';
    const a = await prepareFile('a.html', enc(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>${menu}<article><p>By Maria Lopes posted Aug 18th 2010 7:30PM</p>${TEXT}</article></body></html>`));
    expect(a.author).toBe('Maria Lopes');
  });

  it('takes no site address for an author', async () => {
    const a = await prepareFile('a.html', page({ head: '<title>Harbour reopens</title><meta name="author" content="courier.example">' }));
    expect(a.author).toBeNull();
  });
  it.each([
    ['Maria Lopes Senior Harbour Correspondent', 'Maria Lopes'],
    ['TOM HALE, Executive Editor', 'TOM HALE'],
    ['Ana Ruiz, Tom Hale Envoyés spéciaux à Brest', 'Ana Ruiz, Tom Hale'],
    ['Jared T. Miller Staff Writer', 'Jared T. Miller'],
    ['Ana de Souza Political Reporter', 'Ana de Souza'],
    // The outlet or agency after the name.
    ['By  Ed Hornick, CNN', 'Ed Hornick'],
    ['Doug Stanglin, USA TODAY', 'Doug Stanglin'],
    ['Maria Lopes, Reuters', 'Maria Lopes'],
    ['ANA RUIZ, TOM HALE', 'ANA RUIZ, TOM HALE'],
    // Names and collective bylines stay whole.
    ['Gabriel García Márquez', 'Gabriel García Márquez'],
    ['Tom Senior', 'Tom Senior'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Hale, Tom', 'Hale, Tom'],
    ['Maria Lopes and Tom Hale', 'Maria Lopes and Tom Hale'],
    ["The Courier's Editorial Writers", "The Courier's Editorial Writers"],
  ])('takes the author "%s" as "%s", without the writer’s job', async (name, author) => {
    const a = await prepareFile('a.html', page({ head: `<meta name="author" content="${name}">` }));
    expect(a.author).toBe(author);
  });

  it('takes a job out of a byline in the text too', async () => {
    const a = await prepareFile('a.html', enc(`<html><body><article><p>By Maria Lopes, Staff Writer</p>${TEXT}</article></body></html>`));
    expect(a.author).toBe('Maria Lopes');
  });

  it('takes no publisher for an author: "Ediciones El Courier" on El Courier’s page', async () => {
    const a = await prepareFile('a.html', page({ head: '<meta property="og:site_name" content="EL COURIER"><meta name="author" content="Ediciones El Courier">' }));
    expect(a.author).toBeNull();
    expect(a.outlet).toBe('EL COURIER');
  });
});
