import type { Annotation, Taxonomy } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { plural, type Output } from '../output.js';
import { resolveTag, tagNames } from '../resolve.js';

export const claimCommand = defineCommand({
  name: 'claim',
  summary: "change a claim's status, tags or note, or delete it",
  usage: [
    'claim edit ID [--status S] [--tag T]... [--untag T]... [--note TEXT] [--data-dir DIR] [--json]',
    '       claim delete ID [--data-dir DIR] [--json]',
    '',
    '  ID             an annotation id (printed by gloss annotate, listed by gloss show --json)',
    '  --status S     a fact-check status by name, id or slug (mostly-true); "none" clears it',
    '  --tag T        add a technique tag by name, id or slug; repeat for more',
    '  --untag T      take a technique tag off; repeat for more',
    '  --note TEXT    replace the note ("" clears it)',
  ],
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
      if (editing) throw new UsageError('gloss claim delete takes no other options.', 'claim');
      const claim = await call('annotations.get', { id });
      const result = await call('annotations.delete', { id });
      if (out.json) return out.value(result);
      return out.line(`Deleted the claim “${claim.quote.exact}”. The app's Undo brings it back.`);
    }
    if (action !== 'edit') throw new UsageError(`Unknown action "${action}": use claim edit or claim delete.`, 'claim');
    if (!editing) throw new UsageError('Give something to change: --status, --tag, --untag or --note.', 'claim');

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
  out.line(`Updated the claim “${a.quote.exact}”.`);
  out.line(`  status: ${a.statusTagId ? names.get(a.statusTagId) : 'none'}`);
  out.line(`  ${plural(a.tagIds.length, 'tag')}${a.tagIds.length ? ': ' + a.tagIds.map((t) => names.get(t) ?? t).join(', ') : ''}`);
  if (a.note) out.line(`  note: ${a.note}`);
}
