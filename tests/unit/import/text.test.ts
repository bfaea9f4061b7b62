import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareFile, prepareText, type PreparedArticle } from '../../../electron/core/import/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);

/** Every block's offsets must select exactly its text, and the body is nothing but the blocks. */
function texts(a: PreparedArticle): string[] {
  const out = a.blocks.map((b) => a.body.slice(b.start, b.end));
  expect(out.join('\n\n')).toBe(a.body);
  for (const t of out) expect(t).toBe(t.trim());
  return out;
}

describe('plain text import', () => {
  it('takes a leading "date YYYY-MM-DD" marker as the date, keeping the paragraph on its line', async () => {
    const a = await prepareText(' date 2024-03-10 The council met on Monday. It voted to rebuild the quay.\n\nA second paragraph follows here.');
    expect(a.publishedAt).toBe('2024-03-10');
    expect(texts(a)[0]).toBe('The council met on Monday. It voted to rebuild the quay.');
    expect(a.title).toBe('The council met on Monday');
  });

  it('drops skip links and breadcrumbs, and takes the title from the line that repeats the crumb', async () => {
    const a = await prepareText(
      'Skip to content\nHome » Local » Quay to be rebuilt\n\nQuay to be rebuilt\n\nThe council voted on Monday to rebuild the storm-damaged quay before summer.\n\nWork starts in April.',
    );
    expect(a.title).toBe('Quay to be rebuilt');
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the storm-damaged quay before summer.', 'Work starts in April.']);
  });

  it('uses the breadcrumb as the title when no line repeats it', async () => {
    const a = await prepareText('Home › Quay to be rebuilt\n\nThe council voted on Monday to rebuild the storm-damaged quay before summer.');
    expect(a.title).toBe('Quay to be rebuilt');
    expect(texts(a)).toHaveLength(1);
  });

  it('drops a section crumb above the title line', async () => {
    const a = await prepareText('World NewsWorld press\n\nQuay to be rebuilt\n\nThe council voted on Monday to rebuild the quay.\n\nWork starts in April.');
    expect(a.title).toBe('Quay to be rebuilt');
    expect(a.body).not.toContain('World');
  });

  it('lifts a byline, a date line and a source line out of the body', async () => {
    const a = await prepareText(
      'Quay to be rebuilt\n\nBy Jane Doe | The Coastal Courier\n\nMarch 10, 2024\n\nThe council voted on Monday to rebuild the quay.\n\nSource: https://courier.example/quay',
    );
    expect(a).toMatchObject({
      title: 'Quay to be rebuilt',
      author: 'Jane Doe',
      outlet: 'The Coastal Courier',
      publishedAt: '2024-03-10',
      sourceUrl: 'https://courier.example/quay',
    });
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.']);
  });

  it('keeps a list of sources at the end: only an address standing alone is the page’s own', async () => {
    const body = 'The council voted on Monday to rebuild the quay, citing two engineering reports.';
    const list = await prepareText(`Quay to be rebuilt\n\n${body}\n\nSources\n\nhttps://port.example/report-2023.pdf\n\nhttps://council.example/minutes/12`);
    expect(list.sourceUrl).toBeNull();
    expect(texts(list)).toEqual([body, 'Sources', 'https://port.example/report-2023.pdf', 'https://council.example/minutes/12']);

    const one = await prepareText(`Quay to be rebuilt\n\n${body}\n\nThe report:\n\nhttps://port.example/report-2023.pdf`);
    expect(one.sourceUrl).toBeNull();
    expect(texts(one)).toEqual([body, 'The report:', 'https://port.example/report-2023.pdf']);

    const own = await prepareText(`Quay to be rebuilt\n\n${body}\n\nhttps://courier.example/quay`);
    expect(own.sourceUrl).toBe('https://courier.example/quay');
    expect(texts(own)).toEqual([body]);
  });

  it('drops share and comment prompts, and everything after "Related articles"', async () => {
    const a = await prepareText(
      'The council voted on Monday to rebuild the quay.\n\nShare this\n\nWork starts in April.\n\nRelated articles\n\nStorm closes harbour\n\nFerries cancelled\n\nLeave a comment',
    );
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.', 'Work starts in April.']);
  });

  it('makes headings, quotes and list items blocks of their kind', async () => {
    const a = await prepareText(
      'The council voted on Monday to rebuild the quay.\n\nWhat Happens Next\n\nWork starts in April, the mayor said.\n\n> We will not wait for another storm.\n\n- Quay rebuilt by June\n- Ferries back to full timetable\n1. First phase: the cranes',
    );
    const kinds = a.blocks.map((b) => b.kind);
    expect(kinds).toEqual(['paragraph', 'heading', 'paragraph', 'quote', 'list-item', 'list-item', 'list-item']);
    const t = texts(a);
    expect(t[3]).toBe('We will not wait for another storm.');
    expect(t[4]).toBe('Quay rebuilt by June');
    expect(t[6]).toBe('1. First phase: the cranes');
  });

  it('joins hard-wrapped lines into one paragraph but keeps one-line paragraphs apart', async () => {
    const wrapped = await prepareText(
      'The council voted on Monday to rebuild the storm-damaged\nquay before the summer season, after a long debate about\nthe cost.\n\nWork starts in April.',
    );
    expect(texts(wrapped)[0]).toBe(
      'The council voted on Monday to rebuild the storm-damaged quay before the summer season, after a long debate about the cost.',
    );
    const long = 'The council voted on Monday to rebuild the storm-damaged quay before the summer season, after a long and heated debate.';
    const perLine = await prepareText(`${long}\n${long}\n${long}`);
    expect(texts(perLine)).toHaveLength(3);
  });

  it('derives a title from the first sentence when the text has none, cut at a word', async () => {
    const a = await prepareText(
      'Prime Minister Benjamin Netanyahu has made a definitive stand against U.S. President Joe Biden on the planned operation in the south. More follows.',
    );
    expect(a.title).toBe('Prime Minister Benjamin Netanyahu has made a definitive stand against U.S. President Joe…');
    expect(a.title.length).toBeLessThanOrEqual(91);
  });

  it('keeps a title given with pasted text and removes its repeat from the body', async () => {
    const a = await prepareText('Quay to be rebuilt\n\nThe council voted on Monday.', 'Quay to be rebuilt');
    expect(a.title).toBe('Quay to be rebuilt');
    expect(texts(a)).toEqual(['The council voted on Monday.']);
    expect(a.originalType).toBe('text/plain');
    expect(a.originalName).toBeNull();
  });

  it('imports an Arabic article right-to-left, without its chrome in either language', async () => {
    const a = await prepareFile('arabic-article.txt', fixture('arabic-article.txt'));
    expect(a.direction).toBe('rtl');
    expect(a.language).toBe('ar');
    expect(a.title).toBe('ميناء ألدر يعيد فتح أبوابه بعد العاصفة');
    expect(a.author).toBe('مريم حداد');
    const t = texts(a);
    expect(t[0]!.startsWith('أعيد فتح ميناء ألدر')).toBe(true);
    expect(t.at(-1)!.endsWith('في ذروة موسم الصيد.')).toBe(true);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    for (const chrome of ['تخطى إلى المحتوى', 'شارك', 'مقالات ذات صلة', 'توقعات بطقس', 'Share this']) {
      expect(a.body).not.toContain(chrome);
    }
  });

  it('drops short trailing lines in another script than the article', async () => {
    const a = await prepareText(
      'The council voted on Monday to rebuild the quay.\n\nWork starts in April.\n\nتابعونا على وسائل التواصل\n\nכל הזכויות שמורות',
    );
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.', 'Work starts in April.']);
    expect(a.direction).toBe('ltr');
    expect(a.language).toBe('en');
  });

  it('reads a .txt file that is really an HTML page as HTML', async () => {
    const a = await prepareFile(
      'saved.txt',
      enc('<!DOCTYPE html><html><head><title>Quay to be rebuilt</title></head><body><p>The council voted on Monday to rebuild the quay.</p></body></html>'),
    );
    expect(a.originalType).toBe('text/html');
    expect(a.body).toBe('The council voted on Monday to rebuild the quay.');
  });
});

describe('plain text import: what must not be mistaken for chrome or metadata', () => {
  it('keeps a sentence in another script at the end of the article', async () => {
    const a = await prepareText(
      'أعيد فتح ميناء ألدر صباح الثلاثاء بعد أسبوع من الإغلاق بسبب العاصفة.\n\nوقال الوزير إن العمل سيستمر طوال الصيف.\n\nThe minister later wrote on X: "The port is open again."\n\nשתפו',
    );
    expect(texts(a)).toEqual([
      'أعيد فتح ميناء ألدر صباح الثلاثاء بعد أسبوع من الإغلاق بسبب العاصفة.',
      'وقال الوزير إن العمل سيستمر طوال الصيف.',
      'The minister later wrote on X: "The port is open again."',
    ]);
    expect(a.direction).toBe('rtl');
  });

  it('keeps a line that starts with "By" but names no one', async () => {
    const a = await prepareText('Quay reopens\n\nBy Tuesday the harbour had reopened\n\nFerries ran to the usual timetable for the first time in a week.');
    expect(a.author).toBeNull();
    expect(a.body).toContain('By Tuesday the harbour had reopened');
  });

  it('does not lose the article to a "Related" link above it', async () => {
    const a = await prepareText('Quay to be rebuilt\n\nRelated\n\nThe council voted on Monday to rebuild the storm-damaged quay before the summer season.');
    expect(a.title).toBe('Quay to be rebuilt');
    expect(a.body).toBe('The council voted on Monday to rebuild the storm-damaged quay before the summer season.');
  });
});

describe('plain text import: newsletter prompts', () => {
  it('drops photo credits, and keeps sentences that name an agency or a photo', async () => {
    const a = await prepareText(
      [
        'The council voted on Monday to rebuild the quay.',
        'Jane Roe / Getty Images',
        '(Credit: Tom Hale/Coastal Courier)',
        'Work starts in April, the council said.',
        'Illustration by Ana Ruiz',
        'Photo: Maria Lopes / AFP',
        'REUTERS/Tom Hale',
        'The figures come to us from Reuters:',
        'Photos of the storm drew crowds to the quay on Sunday.',
        'Foto: Hans Müller/dpa',
        'Credits / Thanks',
        'Ferries return next week.',
      ].join('\n\n'),
    );
    expect(texts(a)).toEqual([
      'The council voted on Monday to rebuild the quay.',
      'Work starts in April, the council said.',
      'The figures come to us from Reuters:',
      'Photos of the storm drew crowds to the quay on Sunday.',
      'Credits / Thanks',
      'Ferries return next week.',
    ]);
  });

  it('drops a labelled list of tags or topics, and keeps a sentence about topics', async () => {
    const a = await prepareText(
      [
        'The council voted on Monday to rebuild the quay.',
        'Work starts in April.',
        'Topics: the harbour, the budget and the ferries were all on the agenda.',
        'Tags: harbour, bridge, council',
        'Topics: Local news; Transport',
        'Etiquetas: puente, puerto',
        'Mots-clés : pont, port',
        'الوسوم: الميناء، الجسر',
      ].join('\n\n'),
    );
    expect(texts(a)).toEqual([
      'The council voted on Monday to rebuild the quay.',
      'Work starts in April.',
      'Topics: the harbour, the budget and the ferries were all on the agenda.',
    ]);
  });

  it('drops the lines comment systems and like buttons leave', async () => {
    const a = await prepareText(
      'The council voted on Monday to rebuild the quay.\n\nRecommend\n\nView Comments\n\nWork starts in April.\n\nComments are closed.\n\nblog comments powered by Disqus',
    );
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.', 'Work starts in April.']);
  });

  it('drops follow, newsletter and comment-count lines, and keeps sentences that say as much', async () => {
    const a = await prepareText(
      [
        'The council voted on Monday to rebuild the quay.',
        'Courtesy of the Harbour Trust',
        'Work starts in April.',
        'Follow Jane Doe on Twitter.',
        'Subscribe to the Harbour Money newsletter!',
        'Learn more',
        '10 réactions',
        '76 Comments',
        'Follow the council on Twitter and you will see why the vote mattered so much to the port.',
        'Ferries return next week.',
      ].join('\n\n'),
    );
    expect(texts(a)).toEqual([
      'The council voted on Monday to rebuild the quay.',
      'Work starts in April.',
      'Follow the council on Twitter and you will see why the vote mattered so much to the port.',
      'Ferries return next week.',
    ]);
  });

  it('drops invitations to follow on several networks, share counts, and a label run into its links', async () => {
    const a = await prepareText(
      [
        'The council voted on Monday to rebuild the quay.',
        'Please follow Harbour Money on Twitter and Facebook.',
        'Get Coastal Courier Business On Twitter, Facebook, and Google Buzz!',
        'Add us on Facebook!',
        'Follow @harbourdesk',
        'Work starts in April.',
        '27 retweets',
        '1.2k shares',
        'Related Items harbour quay council vote ferries',
        'Video Keywords harbour storm cranes Port Alder',
        'Related topics came up too: the ferries and the budget.',
        'Follow the council on Twitter and Facebook and you will see why the vote mattered.',
      ].join('\n\n'),
    );
    expect(texts(a)).toEqual([
      'The council voted on Monday to rebuild the quay.',
      'Work starts in April.',
      'Related topics came up too: the ferries and the budget.',
      'Follow the council on Twitter and Facebook and you will see why the vote mattered.',
    ]);
  });

  it('drops links to more of a section, inbox sign-ups, and comments under their widget’s heading', async () => {
    const a = await prepareText(
      [
        'The council voted on Monday to rebuild the quay.',
        'MORE COMMENTARY »',
        'Work starts in April.',
        'Get Courier news and alerts FREE to your inbox...',
        'More than forty boats were lost ›',
        'Recent comments on our stories..',
        'What a waste of money, says a reader.',
      ].join('\n\n'),
    );
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.', 'Work starts in April.', 'More than forty boats were lost ›']);
  });

  it('drops rules drawn in characters, keeping the credit line under one', async () => {
    const a = await prepareText(
      ['The council voted on Monday to rebuild the quay.', '-------------', 'Work starts in April.', '* * *', 'Ferries return next week.', '___', 'Maria Lopes in Port Alder contributed to this report.'].join('\n\n'),
    );
    expect(texts(a)).toEqual([
      'The council voted on Monday to rebuild the quay.',
      'Work starts in April.',
      'Ferries return next week.',
      'Maria Lopes in Port Alder contributed to this report.',
    ]);
  });

  it('drops the lines embedded players and widgets leave', async () => {
    const a = await prepareText(
      [
        'The council voted on Monday to rebuild the quay.',
        '[+] Enlarge',
        'Image',
        'Podcast: Play in new window | Download',
        'To embed this post, copy the code below and paste into your website or blog.',
        'To view this content, Javascript must be enabled and Adobe Flash Player must be installed.',
        'Read or Share this story: https://courier.example/2ab3',
        'Work starts in April.',
        'Member Comments',
        'Add Your Comment',
        'What a waste of money, says a reader.',
      ].join('\n\n'),
    );
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.', 'Work starts in April.']);
  });

  it('drops a byline’s label left alone once the name has been taken out of the page', async () => {
    const a = await prepareText('Harbour reopens\n\nBy:\n\nThe council voted on Monday to rebuild the quay.\n\nPar :\n\nWork starts in April.');
    expect(texts(a)).toEqual(['The council voted on Monday to rebuild the quay.', 'Work starts in April.']);
  });

  it('drops "Subscribe to our newsletter" style lines', async () => {
    const a = await prepareText('The council voted on Monday to rebuild the quay.\n\nSubscribe to our newsletter\n\nSign up for our daily briefing');
    expect(a.body).toBe('The council voted on Monday to rebuild the quay.');
  });

  it('drops a newsletter’s mailing lines, and keeps a sentence that begins like one', async () => {
    const a = await prepareText(
      [
        'View this email in your browser',
        'Les escroqueries au faux conseiller bancaire se multiplient dans la région, selon la police.',
        'Vous recevez ce type d’appel ? Raccrochez et rappelez votre agence.',
        'Vous recevez ce courriel car vous êtes inscrit à la lettre du Journal du Port.',
        'Se désabonner',
      ].join('\n\n'),
    );
    expect(a.body).toBe(
      'Les escroqueries au faux conseiller bancaire se multiplient dans la région, selon la police.\n\nVous recevez ce type d’appel ? Raccrochez et rappelez votre agence.',
    );
  });
});
