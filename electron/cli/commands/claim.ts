import type { Annotation, Taxonomy } from '../../../shared/model.js';
import { unquoted } from '../../../shared/quote.js';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { UsageError } from '../errors.js';
import type { Output } from '../output.js';
import { resolveTag, tagNames } from '../resolve.js';

export const claimCommand = defineCommand({
  name: 'claim',
  get summary() {
    return t('cli:claim.summary');
  },
  usage: [
    'claim edit ID [--status S] [--tag T]... [--untag T]... [--note TEXT] [--data-dir DIR] [--json]',
    '       claim delete ID [--data-dir DIR] [--json]',
  ],
  get help() {
    return t('cli:claim.help');
  },
  options: {
    status: { type: 'string' },
    tag: { type: 'string', multiple: true },
    untag: { type: 'string', multiple: true },
    note: { type: 'string' },
  },
  positionals: [2, 2],
  async run({ values, positionals, out, call }) {
    const [action, id] = positionals as [string, string];
    const editing = values.status !== undefined || values.tag || values.untag || values.note !== undefined;
    if (action === 'delete') {
      if (editing) throw new UsageError({ key: 'usage.claimDeleteOptions' }, 'claim');
      const claim = await call('annotations.get', { id });
      const result = await call('annotations.delete', { id });
      if (out.json) return out.value(result);
      return out.line(t('cli:claim.deleted', { quote: unquoted(claim.quote.exact) }));
    }
    if (action !== 'edit') throw new UsageError({ key: 'usage.unknownAction', params: { action, actions: 'edit, delete' } }, 'claim');
    if (!editing) throw new UsageError({ key: 'usage.claimNothing' }, 'claim');

    const [claim, taxonomies] = await Promise.all([call('annotations.get', { id }), call('taxonomies.list', {})]);
    const technique = (t: string) => resolveTag(taxonomies, 'technique', t).id;
    const removed = new Set((values.untag ?? []).map(technique));
    const tagIds = [...new Set([...claim.tagIds, ...(values.tag ?? []).map(technique)])].filter((t) => !removed.has(t));
    const updated = await call('annotations.update', {
      id,
      ...(values.status !== undefined ? { statusTagId: statusId(taxonomies, values.status) } : {}),
      ...(values.tag || values.untag ? { tagIds } : {}),
      ...(values.note !== undefined ? { note: values.note } : {}),
    });
    if (out.json) return out.value(updated);
    printClaim(out, updated, tagNames(taxonomies));
  },
});

function statusId(taxonomies: Taxonomy[], given: string): string | null {
  if (given.trim().toLowerCase() === 'none') return null;
  return resolveTag(taxonomies, 'status', given).id;
}

function printClaim(out: Output, a: Annotation, names: Map<string, string>): void {
  out.line(t('cli:claim.updated', { quote: unquoted(a.quote.exact) }));
  out.line(`  ${t('cli:claim.status', { status: a.statusTagId ? (names.get(a.statusTagId) ?? a.statusTagId) : t('cli:claim.noStatus') })}`);
  out.line(`  ${t('cli:claim.tags', { count: a.tagIds.length, names: a.tagIds.map((id) => names.get(id) ?? id).join(', ') })}`);
  if (a.note) out.line(`  ${t('cli:claim.note', { note: a.note })}`);
}
