// What the Undo and Redo buttons say: "status of “over 31,000…”".
import type { HistoryPreview } from '../../../shared/model.js';

function shortQuote(exact: string, max = 24): string {
  const text = exact.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return `“${text}”`;
  const cut = text.slice(0, max);
  const atWord = cut.lastIndexOf(' ');
  return `“${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…”`;
}

export function describeStep(step: HistoryPreview): string {
  const quote = shortQuote(step.exact);
  if (step.action === 'create') return `new claim ${quote}`;
  if (step.action === 'delete') return `deletion of ${quote}`;
  const fields = step.fields.length ? step.fields : ['change'];
  const what = fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}` : fields[0];
  return `${what} of ${quote}`;
}
