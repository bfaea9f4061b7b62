// `gloss history`: a claim's versions as the team hub recorded them, from this library (offline).
import { defineCommand } from '../command.js';
import { table } from '../output.js';
import { tagNames } from '../resolve.js';

export const historyCommand = defineCommand({
  name: 'history',
  summary: "a claim's versions as the team hub recorded them: who sent each, when, what it said",
  usage: [
    'history ID [--data-dir DIR] [--json]',
    '',
    '  ID  an annotation id (printed by gloss annotate, listed by gloss show --json)',
    '',
    'Read from this library: each `gloss sync` brings the versions others sent. The last line is',
    'the claim as it is now.',
  ],
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const versions = await call('hub.claimHistory', { id: positionals[0]! });
    if (out.json) return out.value(versions);
    const names = tagNames(await call('taxonomies.list', {}));
    const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
    const rows = versions.map((v) => [
      v.sentAt.replace('T', ' ').slice(0, 19),
      v.sentBy ?? '(here)',
      v.deleted ? '(deleted)' : name(v.statusTagId),
      v.tagIds.map(name).join(', '),
      v.note.replace(/\s+/g, ' '),
    ]);
    for (const line of table([['Sent', 'By', 'Status', 'Techniques', 'Note'], ...rows])) out.line(line);
  },
});
