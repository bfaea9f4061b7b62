// The Markdown report read back by three renderers nobody on the project wrote (markdown-it,
// marked, commonmark.js): article text comes out as the same text, with no stray backslash.
import { Parser, HtmlRenderer } from 'commonmark';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { mdEscape, renderMarkdown } from '../../../electron/core/export/markdown.js';
import { article, reportData, statusTags } from '../../fixtures/export/report-data.js';

const markdownIt = new MarkdownIt({ html: true });
const renderers: Record<string, (md: string) => string> = {
  'markdown-it': (md) => markdownIt.render(md),
  marked: (md) => marked.parse(md, { async: false }),
  commonmark: (md) => new HtmlRenderer().render(new Parser().parse(md)),
};

/** The visible text of rendered HTML, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const body = [
  '1. The minister said the bridge will cost 410 million.',
  '2) Turnout was 40%, not 60% as claimed.',
  '# 1 in the polls, according to the party.',
  '- 3 days is the worst case; + the date matches; = the same figure.',
  'Use *stars*, _under_scores_, `ticks`, [a link](https://x.example) and <b>tags</b> &amp; snake_case {braces} #hashtag a|b ~tilde~ end!',
].join('\n\n');

const data = reportData([
  {
    article: article(body),
    claims: [
      { quote: '1. The minister said the bridge will cost 410 million.', status: statusTags.mostlyFalse, note: 'Tender documents say 380.\nSee page 4.' },
      { quote: 'Turnout was 40%', status: statusTags.true },
    ],
  },
]);

describe('Markdown export in three renderers', () => {
  for (const [name, render] of Object.entries(renderers)) {
    it(`${name}: shows each paragraph as written, a claim starting with "1." without a backslash or a list`, () => {
      const html = render(renderMarkdown(data));
      expect(html).not.toMatch(/<(ol|ul|h3|code|em|del|b)\b/); // a bare URL may become a GFM autolink
      const text = visible(html).replace(/\[\^\d+\]/g, ''); // footnote marks
      expect(text).not.toContain('\\');
      expect(text).toContain('1. The minister said the bridge will cost 410 million.');
      expect(text).toContain('2) Turnout was 40%, not 60% as claimed.');
      expect(text).toContain('# 1 in the polls, according to the party.');
      expect(text).toContain('- 3 days is the worst case; + the date matches; = the same figure.');
      expect(text).toContain(
        'Use *stars*, _under_scores_, `ticks`, [a link](https://x.example) and <b>tags</b> &amp; snake_case {braces} #hashtag a|b ~tilde~ end!',
      );
    });
  }

  for (const [name, render] of Object.entries(renderers)) {
    it(`${name}: keeps a "#" that ends a title or a heading of the text`, () => {
      const text = 'Where the vote stands: #\n\nThe party is #1 in the polls.';
      const ranked = reportData([
        {
          article: article(text, { title: 'Ranked #', blocks: [{ kind: 'heading', start: 0, end: 24 }, { kind: 'paragraph', start: 26, end: text.length }] }),
          claims: [{ quote: 'The party is #1', status: statusTags.false }],
        },
      ]);
      // A run of # after a space ends an ATX heading: CommonMark drops it as a closing sequence.
      const headings = [...render(renderMarkdown(ranked)).matchAll(/<h([1-3])[^>]*>(.*?)<\/h\1>/g)].map((m) => visible(m[2]!));
      expect(headings).toEqual(['Ranked #', 'Ranked #', 'Where the vote stands: #']);
    });
  }

  for (const [name, render] of Object.entries(renderers)) {
    it(`${name}: puts in bold a claim that starts with a quotation mark or an emoji right after a letter`, () => {
      const text = 'وقال"البطالة انخفضت" إلى مستوى قياسي. The border was closed😡 for a month.';
      const glued = reportData([
        { article: article(text), claims: [{ quote: '"البطالة انخفضت"', status: statusTags.false }, { quote: '😡 for a month', status: statusTags.false }] },
      ]);
      const html = render(renderMarkdown(glued));
      // CommonMark opens ** before punctuation (an emoji counts in two of the renderers) only after a space or punctuation.
      expect([...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => visible(m[1]!))).toEqual([
        expect.stringContaining('البطالة انخفضت'),
        expect.stringContaining('for a month'),
      ]);
      expect(visible(html)).not.toContain('*');
      expect(visible(html)).toContain('وقال"البطالة انخفضت"');
    });
  }

  it('writes no backslash where nothing would change meaning', () => {
    expect(mdEscape('snake_case {braces} #hashtag 3 > 2 1 < 2 end! -3 days', true)).toBe('snake_case {braces} #hashtag 3 > 2 1 < 2 end! -3 days');
    expect(mdEscape('1. first', true)).toBe('1\\. first');
    expect(mdEscape('1. mid-line', false)).toBe('1. mid-line');
    expect(mdEscape('a C:\\path\\*x', true)).toBe('a C:\\path\\\\\\*x');
  });

  for (const name of ['markdown-it', 'marked']) {
    it(`${name}: keeps a line break inside a table cell as <br>`, () => {
      const md = renderMarkdown(data);
      expect(md).toContain('| Tender documents say 380.<br>See page 4. |');
      const html = renderers[name]!(md);
      expect(html).toMatch(/<td>Tender documents say 380\.<br\s*\/?>See page 4\.<\/td>/);
    });
  }

  it('writes an article of very many lines without running out of stack', () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => `Line ${i}.`);
    const big = reportData([{ article: article(lines.join('\n\n')), claims: [{ quote: 'Line 299999.', status: statusTags.false }] }]);
    const md = renderMarkdown(big);
    expect(md).toContain('\n\n**Line 299999.**[^1]\n');
    expect(md.split('\n').length).toBeGreaterThan(600_000);
  });
});
