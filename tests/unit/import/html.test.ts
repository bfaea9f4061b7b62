import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { glossErrorOf } from '../../helpers/errors.js';
import { closeHtmlWorker, prepareFile } from '../../../electron/core/import/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);

afterAll(() => closeHtmlWorker());


describe('HTML import (in a worker)', () => {
  it('keeps the article text and metadata, and nothing of nav, footer, scripts, styles or handlers', async () => {
    const a = await prepareFile('article-with-junk.html', fixture('article-with-junk.html'));
    expect(a).toMatchObject({
      title: 'Harbour reopens after storm',
      outlet: 'The Coastal Courier',
      author: 'Maria Lopes',
      publishedAt: '2024-02-14',
      sourceUrl: 'https://courier.example/news/harbour-reopens',
      language: 'en',
      direction: 'ltr',
      originalType: 'text/html',
    });
    const texts = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(texts.join('\n\n')).toBe(a.body);
    expect(texts[0]).toMatch(/^The harbour at Port Alder reopened on Wednesday morning/);
    expect(texts.at(-1)).toBe('The port authority will publish its full report next month.');
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'quote', 'list-item', 'list-item', 'paragraph']);
    for (const junk of ['SCRIPT-TEXT', 'STYLE-TEXT', 'ONLOAD', 'NAV-TEXT', 'ASIDE-TEXT', 'FOOTER-TEXT', 'steal', 'Skip to content', 'Share this', 'By Maria', '<', '>']) {
      expect(a.body).not.toContain(junk);
    }
    // Provenance keeps the file as it came.
    expect(Buffer.from(a.original).equals(fixture('article-with-junk.html'))).toBe(true);
  });

  it('still reads broken HTML with unclosed tags', async () => {
    const a = await prepareFile('broken.html', fixture('broken.html'));
    expect(a.title).toBe('Storm closes harbour');
    const texts = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(texts[0]).toMatch(/^A winter storm closed the harbour at Port Alder on Sunday night/);
    expect(texts.some((t) => t.includes('remained above gale force'))).toBe(true);
    expect(a.body).not.toMatch(/[<>]/);
  });

  it('takes direction and language from an Arabic page', async () => {
    const p = 'أعيد فتح ميناء ألدر صباح الأربعاء، بعد ثلاثة أيام من عاصفة شتوية اقتلعت رافعتين من قضبانهما وأغرقت قارب إرشاد عند مرساه.';
    const a = await prepareFile('ar.htm', enc(`<html lang="ar" dir="rtl"><head><title>ميناء ألدر</title></head><body><article><p>${p}</p><p>${p}</p></article></body></html>`));
    expect(a.direction).toBe('rtl');
    expect(a.language).toBe('ar');
  });

  it.each([
    ['a fragment saved on its own', '<h1>Storm closes the coast road</h1><p>High winds closed the coast road on Friday night.</p><p>It reopened at noon.</p>'],
    ['HTML5 with its optional tags left out', '<!doctype html><title>Storm closes the coast road</title><p>High winds closed the coast road on Friday night.<p>It reopened at noon.'],
    ['a head and a body but no <html>', '<head><title>Storm closes the coast road</title></head><body><p>High winds closed the coast road on Friday night.</p><p>It reopened at noon.</p></body>'],
    ['an <html> with no <body>', '<html><h1>Storm closes the coast road</h1><p>High winds closed the coast road on Friday night.</p><p>It reopened at noon.</p></html>'],
  ])('reads %s, as a browser does', async (_, html) => {
    const a = await prepareFile('storm.html', enc(html));
    expect(a.title).toBe('Storm closes the coast road');
    expect(a.body).toBe('High winds closed the coast road on Friday night.\n\nIt reopened at noon.');
  });

  it('keeps the language and direction of a page without <head> or <body>', async () => {
    const p = 'أعيد فتح ميناء ألدر صباح الأربعاء، بعد ثلاثة أيام من عاصفة شتوية اقتلعت رافعتين من قضبانهما وأغرقت قارب إرشاد عند مرساه.';
    const a = await prepareFile('ar.htm', enc(`<html lang="ar" dir="rtl"><p>${p}</p><p>${p}</p></html>`));
    expect(a).toMatchObject({ language: 'ar', direction: 'rtl', body: `${p}\n\n${p}` });
  });

  it('reads text saved with an .html name as its text, titled by its first line', async () => {
    const a = await prepareFile('notes.html', enc('Harbour reopens\n\nThe harbour at Port Alder reopened on Wednesday morning & cranes < 3 stood.'));
    expect(a.title).toBe('Harbour reopens');
    expect(a.body).toBe('Harbour reopens\n\nThe harbour at Port Alder reopened on Wednesday morning & cranes < 3 stood.');
  });

  it('keeps a table of figures a row to a paragraph, and reads a page laid out in a table cell by cell', async () => {
    const intro = 'Inspectors walked the length of the old quay on Monday and counted the cracks in each of its piers, one by one, with the council’s engineers.';
    const figures = `<table><tr><th>Pier</th><th>Cracks</th></tr><tr><td>North</td><td>11</td></tr><tr><td><p>South</p></td><td>4</td></tr></table>`;
    const a = await prepareFile('piers.html', enc(`<!doctype html><html lang="en"><head><title>Cracks in the quay</title></head><body><article><p>${intro}</p>${figures}<p>${intro}</p></article></body></html>`));
    expect(a.blocks.map((b) => a.body.slice(b.start, b.end))).toEqual([intro, 'Pier · Cracks', 'North · 11', 'South · 4', intro]);
    const layout = `<table><tr><td><p>${intro}</p><p>The work starts in April.</p></td></tr></table>`;
    const b = await prepareFile('laid-out.html', enc(`<!doctype html><html lang="en"><head><title>Cracks in the quay</title></head><body>${layout}</body></html>`));
    expect(b.blocks.map((x) => b.body.slice(x.start, x.end))).toEqual([intro, 'The work starts in April.']);
  });

  it('numbers a numbered list’s items as the page shows them, so that “demand 2” can be found', async () => {
    const intro = 'The ministry made its demands of the council on Monday, after the vote on the harbour, and gave it a week to answer them.';
    const lists = [
      '<ol><li>Stop the works on the quay.</li><li><p>Publish the report.</p><ol type="a"><li>With its annexes.</li><li>With its tables.</li></ol></li><li value="5">Pay the fishermen.</li><li>Answer in writing.</li></ol>',
      '<ol start="7" type="I"><li>Hear the divers.</li></ol>',
      '<ol reversed><li>Third.</li><li>Second.</li></ol>',
      '<ul><li>A bullet stays a bullet.</li></ul>',
    ].join('');
    const a = await prepareFile('demands.html', enc(`<!doctype html><html lang="en"><head><title>Demands</title></head><body><article><p>${intro}</p>${lists}<p>${intro}</p></article></body></html>`));
    expect(a.blocks.map((b) => a.body.slice(b.start, b.end))).toEqual([
      intro,
      '1. Stop the works on the quay.',
      '2. Publish the report.',
      'a. With its annexes.',
      'b. With its tables.',
      '5. Pay the fishermen.',
      '6. Answer in writing.',
      'VII. Hear the divers.',
      '2. Third.',
      '1. Second.',
      'A bullet stays a bullet.',
      intro,
    ]);
    expect(a.blocks.slice(1, -1).every((b) => b.kind === 'list-item')).toBe(true);
  });

  it('refuses a page of 100,000 elements as too_large', async () => {
    const html = `<html><body>${'<div><span>x</span></div>'.repeat(50_000)}</body></html>`;
    const e = await glossErrorOf(prepareFile('huge.html', enc(html)));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('huge.html');
    expect(e.message).toMatch(/50,000/);
  });

  it('refuses a page with no text as empty_file', async () => {
    const e = await glossErrorOf(prepareFile('blank.html', enc('<html><body><nav>Home</nav><script>x()</script></body></html>')));
    expect(e.code).toBe('empty_file');
  });

  describe('a page that is not one article', () => {
    const links = (names: string[]) => names.map((n, i) => `<li><a href="/${i}">${n}</a></li>`).join('');
    const headlines = ['Harbour reopens after storm', 'Council votes on new ferry', 'School roof repaired at last', 'Fishing quota cut again', 'Coast road closed by landslip', 'Lifeboat crew rescues two', 'Market hall to be sold', 'Bus fares rise in April'];
    const story = [
      'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails and sank a pilot boat at its mooring.',
      'Ferries to the islands will run on their winter timetable from Thursday, the operator said, with extra sailings at the weekend to clear the backlog of freight.',
      'The port authority, which will publish its full report next month, said the cranes would be back on their rails by the spring, at a cost it did not give.',
    ];

    it('refuses a section front, a list of headlines, saying to save the article’s own page or paste its text', async () => {
      const html = `<html><head><title>Local news | The Coastal Courier</title></head><body><main><h1>Local news</h1><ul>${headlines.map((h, i) => `<li><a href="/news/${i}">${h}</a> <span>2 hours ago</span></li>`).join('')}</ul></main></body></html>`;
      const e = await glossErrorOf(prepareFile('local-news.html', enc(html)));
      expect(e.code).toBe('empty_file');
      expect(e.message).toContain('"local-news.html" is a page of links');
      expect(e.message).toMatch(/save that page, or paste the article's text/);
    });

    // A section front's teasers: a headline, a sentence under it, when it was posted.
    const teasers = (n: number) =>
      [
        ['Council puts off its vote on the new island ferry contract', 'The vote was put off again after two councillors asked to see the figures.'],
        ['School roof repaired at last after four winters of leaks', 'Pupils return on Monday to dry classrooms, and parents say it took too long.'],
        ['Fishing quota cut by a fifth as cod stocks fall again', 'The harbour master fears for the smaller crews, who land little else.'],
        ['Coast road closed by a landslip below the lighthouse', 'Drivers face a detour of twenty miles while engineers survey the cliff.'],
        ['Lifeboat crew rescues two walkers cut off by the tide', 'They were lifted from the rocks below the point late on Sunday evening.'],
        ['Market hall to be sold to pay for the new harbour wall', 'Traders have until the summer to find new pitches, the council said.'],
      ]
        .slice(0, n)
        .map(([h, s], i) => `<div class="teaser"><h3><a href="/news/${i}">${h}</a></h3><p>${s}</p><p>${i + 2} hours ago</p></div>`)
        .join('');

    it('refuses a section front whose headlines each have a line under them (a third of its text is links)', async () => {
      const html = `<html><head><title>Local news | The Coastal Courier</title></head><body><main><h1>Local news</h1>${teasers(6)}</main></body></html>`;
      const e = await glossErrorOf(prepareFile('local-news.html', enc(html)));
      expect(e.code).toBe('empty_file');
      expect(e.message).toContain('"local-news.html" is a page of links');
      // With a byline under each as well.
      const bylined = html.replaceAll('hours ago</p>', 'hours ago</p><p>By Maria Lopes</p>');
      expect((await glossErrorOf(prepareFile('local-news.html', enc(bylined)))).code).toBe('empty_file');
    });

    it('leaves out the teasers for other articles after a short article, with their heading, though they outweigh it', async () => {
      const html = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${story.map((p) => `<p>${p}</p>`).join('')}
        <h2>More from Local news</h2>${teasers(6)}</article></body></html>`;
      const a = await prepareFile('harbour.html', enc(html));
      expect(a.body).toBe(story.join('\n\n'));
    });

    it('keeps an article whose short paragraphs are broken by links to others, and the sources it cites with a note each', async () => {
      const short = [
        'The harbour at Port Alder reopened on Wednesday morning.',
        'Two cranes were torn from their rails by the storm.',
        'A pilot boat sank at its mooring on Sunday night.',
        'Ferries will run on their winter timetable from Thursday.',
        'The port authority will publish its report next month.',
      ];
      const more = (i: number) => `<p><strong>READ MORE:</strong> <a href="/news/${i}">${headlines[i]}</a></p>`;
      const sources = ['Port authority: storm damage statement', 'Ferry operator: winter timetable', 'Met Office: storm warning for the coast'];
      const html = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
        ${short.map((p, i) => `<p>${p}</p>${i < 4 ? more(i) : ''}`).join('')}
        <h2>Sources</h2>${sources.map((s, i) => `<p><a href="https://example.org/${i}">${s}</a></p><p>Published 12 March 2024.</p>`).join('')}</article></body></html>`;
      const a = await prepareFile('harbour.html', enc(html));
      for (const p of short) expect(a.body).toContain(p);
      expect(a.body).toContain('READ MORE');
      for (const s of sources) expect(a.body).toContain(s);
    });

    it('leaves out a menu that Readability kept above the article', async () => {
      const html = `<html><head><title>Harbour reopens</title></head><body><div id="page"><div><ul>${links(['Home', 'Tech', 'Markets', 'Politics', 'Sport', 'Video'])}</ul></div><h1>Harbour reopens</h1>${story.map((p) => `<div><p>${p}</p></div>`).join('')}</div></body></html>`;
      const a = await prepareFile('harbour.html', enc(html));
      expect(a.body.startsWith(story[0]!)).toBe(true);
      expect(a.body).not.toMatch(/Home|Markets/);
    });

    it('keeps an article that ends with its sources as a list of links', async () => {
      const sources = ['Port authority: storm damage statement', 'Ferry operator: winter timetable', 'Met Office: storm warning for the coast'];
      const html = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${story.map((p) => `<p>${p}</p>`).join('')}<h2>Sources</h2><ul>${links(sources)}</ul></article></body></html>`;
      const a = await prepareFile('harbour.html', enc(html));
      expect(a.body).toContain(story[2]);
      for (const s of sources) expect(a.body).toContain(s);
    });
  });

  it('leaves out furniture any site has: an icon font’s letter, a close button, a label over the highlights, a text-size control, the site after a byline', async () => {
    const p1 = 'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails.';
    const p2 = 'Readers of example.com and its sister sites sent in photographs of the damage, the paper said on Thursday.';
    const html = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
      <p>| Example.com</p><div><span class="icon notranslate">S</span></div><div class="dialog"><a class="close">x</a></div>
      <p>STORY HIGHLIGHTS</p><ul><li>Two cranes were torn from their rails</li><li>A pilot boat sank at its mooring</li></ul>
      <h3>Text Size</h3><p>${p1}</p><p><span class="icon-label">Icons</span> are no glyphs. ${p2}</p></article></body></html>`;
    const a = await prepareFile('harbour.html', enc(html));
    const texts = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(texts).toEqual(['Two cranes were torn from their rails', 'A pilot boat sank at its mooring', p1, `Icons are no glyphs. ${p2}`]);
  });

  it('takes a short post over the dialog boxes and flyouts the page opens on a click, but keeps an article shown in one', async () => {
    const post = 'The full programme of the harbour festival is out, and tickets go on sale on Monday. See you on the quay in two weeks!';
    const dialogs = `<div id="messages_dialog" class="modal-container"><div class="modal"><h3>Messages</h3>
      <p>You don't have any messages yet, but you can start a conversation with anyone who follows you.</p>
      <p>Messages are private, and can be sent to anyone who follows you on Chirp, at any time of the day.</p>
      <p>You can no longer send messages to this person, because they have blocked you or left Chirp.</p></div></div>
      <div id="repost-post" class="RepostDialog"><h3>Repost this to your followers?</h3>
      <p>Your followers will see it in their timelines, and you can undo this at any time from your own profile.</p></div>
`;
    const flyout = `<div class="util-bar-flyout"><p>Sign in now to share your story with the readers of the Courier.</p><h3>Uh oh!</h3><p>We're experiencing a few technical issues.</p></div>`;
    const page = await prepareFile('chirp.html', enc(`<html><head><title>Harbour Festival on Chirp</title></head><body>
      <div class="page">${flyout}<div class="post"><strong class="fullname show-popup-with-id">Harbour Festival</strong><p class="post-text">${post}</p></div></div>${dialogs}</body></html>`));
    expect(page.body).toBe(`Harbour Festival\n\n${post}`);
    // A link that opens a box is words of its sentence.
    const linked = await prepareFile('chirp.html', enc(`<html><head><title>Harbour Festival on Chirp</title></head><body>
      <div class="page"><div class="post"><p class="post-text">${post} The line-up is in <a class="open-modal" href="#lineup">the programme</a>.</p></div></div>${dialogs}</body></html>`));
    expect(linked.body).toBe(`${post} The line-up is in the programme.`);

    const story = 'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails and sank a pilot boat.';
    const shown = await prepareFile('harbour.html', enc(`<html><head><title>Harbour reopens</title></head><body>
      <div class="article-modal"><article><h1>Harbour reopens</h1><p>${story}</p><p>${story}</p></article></div></body></html>`));
    expect(shown.body).toContain(story);
  });

  it('leaves out a table of contents and a wiki’s [edit] links, but not paragraphs in an element named so', async () => {
    const story = 'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails.';
    const html = `<html><head><title>Port Alder</title></head><body><div id="content"><h1>Port Alder</h1><p>${story}</p>
      <div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#History"><span>1</span> History</a></li><li><a href="#Harbour"><span>2</span> Harbour</a></li></ul></div>
      <h2>History<span class="mw-editsection">[<a href="/edit/1">edit</a>]</span></h2><p>${story}</p>
      <h2>Harbour<span class="mw-editsection">[<a href="/edit/2">edit</a>]</span></h2><div class="toc"><p>${story.replace('harbour', 'quay')}</p></div></div></body></html>`;
    const a = await prepareFile('port-alder.html', enc(html));
    const texts = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(texts).toEqual([story, 'History', story, 'Harbour', story.replace('harbour', 'quay')]);
  });

  it('leaves out pictures’ captions and credits set outside a figure, but not a byline set as one', async () => {
    const p = [
      'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails.',
      'Ferries to the islands will run on their winter timetable from Thursday, the operator said, with extra sailings at the weekend.',
      'The port authority, which will publish its full report next month, said the cranes would be back on their rails by the spring.',
      'Divers will inspect the north quay again before the ferries return, and the pilots say the channel is already clear of wreckage.',
    ];
    const html = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
      <span class="caption">By <a href="/staff/maria-lopes" rel="author">Maria Lopes</a> posted Aug 18th 2010</span>
      <div class="image-wrap"><img src="cranes.jpg" alt=""><p class="image-caption">A crane lies on the quay at Port Alder after the storm on Sunday.</p><span class="credit">(Tom Hale)</span></div>
      <p>${p[0]}</p><p>${p[1]}</p><div class="wp-caption"><img src="ferry.jpg" alt=""><p class="wp-caption-text">The first ferry leaves the harbour.</p></div><p>${p[2]}</p><p>${p[3]}</p></article></body></html>`;
    const a = await prepareFile('harbour.html', enc(html));
    expect(a.body).toBe(p.join('\n\n'));
    expect(a).toMatchObject({ author: 'Maria Lopes', publishedAt: '2010-08-18' });
  });

  it('leaves out text set for screen readers only', async () => {
    const post = 'The full programme of the harbour festival is out, and tickets go on sale on Monday. See you on the quay in two weeks!';
    const html = `<html><head><title>Harbour Festival</title></head><body><article><p><strong>Harbour Festival<span class="u-hiddenVisually">Verified account</span></strong></p>
      <p>${post} <a href="/tickets">Tickets<span class="sr-only"> (opens in a new window)</span></a></p><p>${post}</p></article></body></html>`;
    const a = await prepareFile('festival.html', enc(html));
    expect(a.body).toBe(`Harbour Festival\n\n${post} Tickets\n\n${post}`);
  });

  it('keeps paragraphs set in a box whose class names media, and still leaves out comments', async () => {
    const p = [
      'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails.',
      'Ferries to the islands will run on their winter timetable from Thursday, the operator said, with extra sailings at the weekend.',
      'The port authority, which will publish its full report next month, said the cranes would be back on their rails by the spring.',
      'Divers will inspect the north quay again before the ferries return, and the pilots say the channel is already clear of wreckage.',
      'Insurers have sent assessors, and the council will ask the government for help with the cost of the repairs to the sea wall.',
      'Fishermen, who lost a week at sea, will be paid from a hardship fund that the harbour board set up after the last great storm.',
      'The board meets again on Monday, when it will hear from the engineers who surveyed the cranes, the piers and the sea wall.',
    ];
    const html = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>${p[0]}</p><p>${p[1]}</p>
      <div class="wide-media"><div class="picture"><img src="cranes.jpg" alt=""></div><div class="overlay"><h3>What the storm broke</h3><p>${p[3]}</p><p>${p[4]}</p></div></div>
      <p>${p[2]}</p><p>${p[5]}</p><p>${p[6]}</p><div class="comment-media"><p>What a waste of money. The council should have fixed the sea wall years ago, as everyone here has said.</p>
      <p>Agreed, and the ferry company should pay for its own pier, like every other operator on this coast has to, year after year.</p></div></article></body></html>`;
    const a = await prepareFile('harbour.html', enc(html));
    for (const t of p) expect(a.body).toContain(t);
    expect(a.body).not.toMatch(/waste of money|Agreed/);
  });

  it('parses several pages at once, each getting its own answer', async () => {
    const page = (n: number) =>
      enc(`<html><head><title>Story ${n}</title></head><body><p>This is the text of story number ${n}, long enough to read.</p></body></html>`);
    const all = await Promise.all([1, 2, 3, 4].map((n) => prepareFile(`s${n}.html`, page(n))));
    expect(all.map((a) => a.title)).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
    expect(all[2]!.body).toContain('story number 3');
  });
});
