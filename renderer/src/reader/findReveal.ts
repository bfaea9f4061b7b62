// Where a search match is in the article: the snippet the search showed, found in the text
// (spaces may differ), else the first place of the matched words themselves.
import type { Reveal } from './interaction.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const loose = (s: string) => s.trim().split(/\s+/).map(escape).join('\\s+');

export function findReveal(body: string, { context, term }: Pick<Reveal, 'context' | 'term'>): { start: number; end: number } | null {
  const before = context.slice(0, term[0]).replace(/^…/, '');
  const words = context.slice(term[0], term[1]);
  if (!words.trim()) return null;
  const inContext = new RegExp(`(${loose(before)})(${loose(words)})`, 'u').exec(body);
  if (inContext) {
    const start = inContext.index + inContext[1]!.length;
    return { start, end: start + inContext[2]!.length };
  }
  const alone = new RegExp(loose(words), 'iu').exec(body);
  return alone ? { start: alone.index, end: alone.index + alone[0].length } : null;
}
