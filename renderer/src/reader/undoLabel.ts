// What the Undo and Redo buttons say: "status of “over 31,000…”".
import type { HistoryPreview } from '../../../shared/model.js';
import { bidiIsolated, shortened, unquoted } from '../../../shared/quote.js';
import { i18n } from '../i18n.js';

function shortQuote(exact: string): string {
  return i18n.t('reader:step.quote', { text: bidiIsolated(shortened(unquoted(exact), 24)) });
}

export function describeStep(step: HistoryPreview): string {
  const quote = shortQuote(step.exact);
  if (step.action === 'create') return i18n.t('reader:step.create', { quote });
  if (step.action === 'delete') return i18n.t('reader:step.delete', { quote });
  const fields = (step.fields.length ? step.fields : ['change' as const]).map((f) => i18n.t(`reader:field.${f}`));
  const what = fields.length > 1 ? i18n.t('reader:step.and', { first: fields.slice(0, -1).join(', '), last: fields.at(-1) }) : fields[0];
  return i18n.t('reader:step.update', { what, quote });
}
