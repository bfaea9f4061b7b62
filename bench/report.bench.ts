// The HTML report of a collection of 50 articles with 5,000 claims, through exports.run (read
// from SQLite, render, encode), against what a developer would otherwise write: parse each
// article into a DOM (linkedom) and wrap every claim's text nodes in <mark> one claim at a
// time, as mark.js's markRanges does (mark.js itself needs NodeIterator.previousNode, which
// linkedom lacks, so its wrapping steps are reproduced here).
import { parseHTML } from 'linkedom';
import { openCore } from '../electron/core/api.js';
import { dispatch } from '../electron/core/dispatch.js';
import { renderBody } from '../electron/core/export/body-html.js';
import { esc } from '../electron/core/export/escape.js';
import { loadReportData } from '../electron/core/export/report-data.js';
import { tempDir } from '../tests/helpers/tmp.js';
import { prng, vocabulary } from './generated-articles.js';
import { median } from './stats.js';

const ARTICLES = 50;
const CLAIMS_PER_ARTICLE = 100;
const RUNS = 7;
const log = (...a: unknown[]) => console.error('[report]', ...a);

const statuses = ['status:true', 'status:mostly-true', 'status:mixed', 'status:misleading', 'status:false', 'status:unverifiable', 'status:not-checked'];
const techniques = ['technique:loaded-language', 'technique:doubt', 'technique:unnamed-source', 'technique:missing-context'];
const hash = (s: string) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16).padStart(8, '0').repeat(8);
};

/** A .gloss file: the quickest real way into a library for 5,000 claims (one transaction). */
function makeBundle() {
  const rand = prng(5);
  const articles = [];
  const annotations = [];
  const links = [];
  for (let i = 0; i < ARTICLES; i++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 14; p++) {
      const n = 50 + Math.floor(rand() * 40);
      const words = Array.from({ length: n }, () => vocabulary[Math.floor(rand() ** 2 * 2000)]!);
      paragraphs.push(words.join(' ') + '.');
    }
    const body = paragraphs.join('\n\n');
    const blocks = [];
    let at = 0;
    for (const p of paragraphs) {
      blocks.push({ kind: 'paragraph' as const, start: at, end: at + p.length });
      at += p.length + 2;
    }
    const id = `article-${i}`;
    articles.push({
      id, title: `Generated article ${i}`, outlet: `Outlet ${i % 7}`, author: null, publishedAt: '2024-05-07',
      sourceUrl: `https://example.org/${i}`, language: 'en', direction: 'ltr' as const, body, blocks,
      wordCount: body.split(/\s+/).length, contentHash: hash(body + i), originalName: null, originalType: 'text/plain',
      createdAt: '2024-05-07T10:00:00.000Z', updatedAt: '2024-05-07T10:00:00.000Z',
    });
    const words = [...body.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const stride = Math.floor(words.length / CLAIMS_PER_ARTICLE);
    for (let c = 0; c < CLAIMS_PER_ARTICLE; c++) {
      const first = c * stride;
      // Every fifth claim reaches into the next one, so overlaps are part of the work.
      const last = Math.min(words.length - 1, first + 1 + Math.floor(rand() * 4) + (c % 5 === 0 ? stride : 0));
      const start = words[first]![0];
      const end = words[last]![1];
      const aid = `claim-${i}-${c}`;
      annotations.push({
        id: aid, articleId: id, start, end,
        quote: { exact: body.slice(start, end), prefix: body.slice(Math.max(0, start - 32), start), suffix: body.slice(end, end + 32) },
        statusTagId: statuses[c % statuses.length]!, tagIds: c % 3 === 0 ? [techniques[c % techniques.length]!] : [],
        note: c % 2 === 0 ? `Note on claim ${c}: ${body.slice(start, end)} <checked> & "quoted"` : '',
        evidence: c % 4 === 0 ? [{ id: `ev-${i}-${c}`, url: `https://example.org/evidence/${c}`, title: 'Source', note: '' }] : [],
        orphaned: false, createdAt: '2024-05-07T10:00:00.000Z', updatedAt: '2024-05-07T10:00:00.000Z', revision: 1, versions: [],
      });
      if (i > 0 && c % 10 === 0) {
        links.push({ id: `link-${i}-${c}`, fromId: aid, toId: `claim-${i - 1}-${c}`, relation: 'same-claim' as const, createdAt: '2024-05-07T10:00:00.000Z' });
      }
    }
  }
  return {
    format: 'gloss-exchange', version: 1, exportedAt: '2024-05-07T10:00:00.000Z', generator: 'bench',
    collections: [{ id: 'bench', name: 'Bench collection', createdAt: '2024-05-07T10:00:00.000Z', articleIds: articles.map((a) => a.id) }],
    taxonomies: [], articles, annotations, links,
  };
}

/** mark.js's way: for each range, list the text nodes with their offsets, split, wrap. */
function wrapRanges(document: Document, root: Element, ranges: Array<{ start: number; end: number }>): void {
  for (const r of ranges) {
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: Array<{ node: Text; start: number }> = [];
    let offset = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      nodes.push({ node: n, start: offset });
      offset += n.data.length;
    }
    for (const { node, start } of nodes) {
      const end = start + node.data.length;
      if (end <= r.start || start >= r.end) continue;
      const from = Math.max(r.start, start) - start;
      const to = Math.min(r.end, end) - start;
      const text = node.data;
      const parent = node.parentNode!;
      const mark = document.createElement('mark');
      mark.appendChild(document.createTextNode(text.slice(from, to)));
      if (to < text.length) parent.insertBefore(document.createTextNode(text.slice(to)), node.nextSibling);
      parent.insertBefore(mark, node.nextSibling);
      if (from > 0) node.data = text.slice(0, from);
      else parent.removeChild(node);
    }
  }
}

function time(fn: () => unknown): number[] {
  fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

const dir = tempDir('gloss-bench-report-');
const core = await openCore(dir.path);
try {
  const bundle = Buffer.from(JSON.stringify(makeBundle()));
  const imported = await dispatch(core.api, 'exports.importBundle', { name: 'bench.gloss', dataBase64: bundle.toString('base64') });
  if (!imported.ok) throw new Error(imported.error.message);
  log('library:', imported.value);

  let bytes = 0;
  const full = [] as number[];
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    const r = await dispatch(core.api, 'exports.run', { format: 'html', collectionId: 'bench' });
    const took = performance.now() - t;
    if (!r.ok) throw new Error(r.error.message);
    bytes = Buffer.from((r.value as { dataBase64: string }).dataBase64, 'base64').length;
    if (i > 0) full.push(took);
  }
  const data = loadReportData(core.db, { collectionId: 'bench' });
  const claims = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  const load = time(() => loadReportData(core.db, { collectionId: 'bench' }));

  let marksOurs = 0;
  const ours = time(() => {
    let html = '';
    for (const { article, annotations } of data.articles) {
      html += renderBody(article, annotations, { numbers: data.numbers, markClass: () => 'c', refHref: (n) => `#n${n}` });
    }
    marksOurs = html.split('<mark').length - 1;
  });

  let marksPeer = 0;
  const peer = time(() => {
    marksPeer = 0;
    for (const { article, annotations } of data.articles) {
      // Ranges in offsets of the concatenated text nodes (paragraphs without their separators).
      const starts: number[] = [];
      let joined = 0;
      for (const b of article.blocks) {
        starts.push(joined);
        joined += b.end - b.start;
      }
      const toText = (offset: number) => {
        let i = article.blocks.findIndex((b) => offset < b.end);
        if (i < 0) i = article.blocks.length - 1;
        const b = article.blocks[i]!;
        return starts[i]! + Math.min(Math.max(offset, b.start), b.end) - b.start;
      };
      const html = `<!doctype html><html><body><div id="t">${article.blocks.map((b) => `<p>${esc(article.body.slice(b.start, b.end))}</p>`).join('')}</div></body></html>`;
      const { document } = parseHTML(html);
      const root = document.getElementById('t')!;
      wrapRanges(document as unknown as Document, root as unknown as Element, annotations.map((a) => ({ start: toText(a.start), end: toText(a.end) })));
      const out = root.toString();
      marksPeer += out.split('<mark').length - 1;
    }
  });
  log(`claims ${claims}, <mark> elements: ours ${marksOurs}, peer ${marksPeer}; report ${(bytes / 1024).toFixed(0)} KiB`);

  const lines = [
    '### Report: HTML for a collection of 50 articles with 5,000 claims',
    '',
    `${ARTICLES} generated articles (~1,000 words each) with ${claims.toLocaleString('en')} claims (every fifth overlapping the next), statuses, techniques, notes, evidence and cross-article links, imported from a .gloss file into a fresh library; median of ${RUNS} runs after a warm-up. The report is ${(bytes / 1024 / 1024).toFixed(1)} MB of HTML.`,
    '',
    '| What | Gloss (segments → `<mark>` strings, electron/core/export) | mark.js-style DOM wrapping in linkedom 0.18 | Target |',
    '| --- | --- | --- | --- |',
    `| Marked article text, all 50 articles (${marksOurs.toLocaleString('en')} / ${marksPeer.toLocaleString('en')} \`<mark>\`) | ${ms(median(ours))} | ${ms(median(peer))} (${(median(peer) / median(ours)).toFixed(0)}x slower) | |`,
    `| Load the collection from SQLite (articles, claims, tags, links) | ${ms(median(load))} | (same) | |`,
    `| Whole report through exports.run (load, text, notes, tables, chart, comparison, base64) | ${ms(median(full))} | | < 1 s ${median(full) < 1000 ? '✓' : '✗'} |`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  core.close();
  dir.remove();
}
