// The article body as headings, paragraphs, quotes and list items, each element holding
// exactly body.slice(start, end) as one text node (see annotate/textMap.ts).
import { memo, type ReactNode } from 'react';
import type { Article, Block } from '../../../shared/model.js';

function blockElement(article: Article, b: Block): ReactNode {
  const text = article.body.slice(b.start, b.end);
  const props = { 'data-start': b.start, 'data-end': b.end };
  switch (b.kind) {
    case 'heading':
      return <h2 key={b.start} {...props}>{text}</h2>;
    case 'quote':
      return <blockquote key={b.start} {...props}>{text}</blockquote>;
    case 'list-item':
      return <li key={b.start} {...props}>{text}</li>;
    default:
      return <p key={b.start} {...props}>{text}</p>;
  }
}

export const ArticleText = memo(function ArticleText({ article }: { article: Article }) {
  const out: ReactNode[] = [];
  let list: ReactNode[] = [];
  const flush = () => {
    if (list.length) out.push(<ul key={`ul-${out.length}`}>{list}</ul>);
    list = [];
  };
  for (const b of article.blocks) {
    if (b.end <= b.start) continue;
    if (b.kind === 'list-item') list.push(blockElement(article, b));
    else {
      flush();
      out.push(blockElement(article, b));
    }
  }
  flush();
  return <div className="article-text">{out}</div>;
});
