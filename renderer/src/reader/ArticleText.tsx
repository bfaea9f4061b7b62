// The article body as headings, paragraphs, quotes and list items, each element holding
// exactly body.slice(start, end) as one text node (see annotate/textMap.ts). The blocks come in
// parts (progressive.ts): the first `shown` parts are on the page, each rendered once.
import { memo, type ReactNode } from 'react';
import type { Article, Block } from '../../../shared/model.js';

/** An item that begins with its own number ("2. ", "b) ", "VII. ") shows no bullet beside it. */
const NUMBERED = /^(?:\d+|[a-z]|[ivxlcdm]+)[.)]\s/i;

function blockElement(body: string, b: Block): ReactNode {
  const text = body.slice(b.start, b.end);
  const props = { 'data-start': b.start, 'data-end': b.end };
  switch (b.kind) {
    case 'heading':
      return <h2 key={b.start} {...props}>{text}</h2>;
    case 'quote':
      return <blockquote key={b.start} {...props}>{text}</blockquote>;
    case 'list-item':
      return <li key={b.start} {...props} className={NUMBERED.test(text) ? 'numbered' : undefined}>{text}</li>;
    default:
      return <p key={b.start} {...props}>{text}</p>;
  }
}

/** One part's blocks; a run of list items is one list. */
const Part = memo(function Part({ body, blocks }: { body: string; blocks: Block[] }) {
  const out: ReactNode[] = [];
  let list: ReactNode[] = [];
  const flush = () => {
    if (list.length) out.push(<ul key={`ul-${out.length}`}>{list}</ul>);
    list = [];
  };
  for (const b of blocks) {
    if (b.kind === 'list-item') list.push(blockElement(body, b));
    else {
      flush();
      out.push(blockElement(body, b));
    }
  }
  flush();
  return out;
});

export const ArticleText = memo(function ArticleText({ article, parts, shown }: { article: Article; parts: Block[][]; shown: number }) {
  return (
    <div className="article-text">
      {parts.slice(0, shown).map((blocks) => (
        <Part key={blocks[0]!.start} body={article.body} blocks={blocks} />
      ))}
    </div>
  );
});
