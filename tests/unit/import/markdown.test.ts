import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../electron/core/import/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);

describe('Markdown import', () => {
  it('reads front matter as metadata and keeps no markup in the body', async () => {
    const a = await prepareFile('front-matter.md', fixture('front-matter.md'));
    expect(a).toMatchObject({
      title: 'Harbour reopens after storm',
      publishedAt: '2024-02-14',
      author: 'Maria Lopes',
      outlet: 'The Coastal Courier',
      sourceUrl: 'https://courier.example/news/harbour-reopens',
      originalType: 'text/markdown',
      language: 'en',
    });
    const texts = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(texts.join('\n\n')).toBe(a.body);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'quote', 'list-item', 'list-item', 'list-item', 'paragraph']);
    expect(texts[0]).toBe(
      'The harbour at Port Alder reopened on Wednesday morning, three days after a winter storm tore two cranes from their rails.',
    );
    expect(texts[1]).toBe('Damage still being counted');
    expect(texts[2]).toBe(
      'We have never seen the water come over the sea wall like that, said a fisherman who has worked the harbour for thirty years.',
    );
    expect(texts[4]).toBe('One pilot boat sunk at its mooring');
    expect(texts[6]).toContain('harbour_report_2024 keeps its underscores, and 3 * 4 = 12');
    for (const markup of ['**', '](', '![', '~~', '`', '# ', 'crane.jpg', 'weather.example', '---']) {
      expect(a.body).not.toContain(markup);
    }
  });

  it('reads a list of authors in front matter, in brackets or as lines', async () => {
    for (const author of ['author: [Ana Ruiz, "Ben Cole"]', 'author:\n  - Ana Ruiz\n  - "Ben Cole"']) {
      const a = await prepareFile('authors.md', enc(`---\ntitle: Storm closes the road\n${author}\ndate: 2024-03-12\n---\n\nHigh winds closed the coast road.\n`));
      expect(a).toMatchObject({ title: 'Storm closes the road', author: 'Ana Ruiz, Ben Cole', publishedAt: '2024-03-12' });
    }
  });

  it('leaves out HTML comments, footnote marks and a table’s rule, and reads each table row as its cells', async () => {
    const a = await prepareFile(
      'figures.md',
      enc(
        [
          '# Figures',
          '',
          'The ministry gave a toll[^1]. <!-- check this -->',
          '',
          '<!-- An editor’s note',
          'over two lines -->',
          '',
          '| Town | Deaths |',
          '| --- | ---: |',
          '| Rafah | 31,000 |',
          '| Khan Younis \\| south | 2,000 |',
          '',
          '[^1]: The ministry’s daily report.',
          '',
        ].join('\n'),
      ),
    );
    expect(a.blocks.map((b) => a.body.slice(b.start, b.end))).toEqual([
      'The ministry gave a toll.',
      'Town · Deaths',
      'Rafah · 31,000',
      'Khan Younis | south · 2,000',
      'The ministry’s daily report.',
    ]);
  });

  it('takes the first level-one heading as the title when there is no front matter', async () => {
    const a = await prepareFile('note.markdown', enc('# Quay to be rebuilt\n\nThe council voted on [Monday](https://x.example).\n\n## Costs\n\nNobody knows yet.\n'));
    expect(a.title).toBe('Quay to be rebuilt');
    expect(a.body).toBe('The council voted on Monday.\n\nCosts\n\nNobody knows yet.');
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('derives a title from the text when there is no heading at all', async () => {
    const a = await prepareFile('plain.md', enc('The council voted on Monday to rebuild the quay. Work starts in April.'));
    expect(a.title).toBe('The council voted on Monday to rebuild the quay');
  });
});
