// `gloss hub ...`: set up a team hub and its people, with an administrator's connection.
// Talks to PostgreSQL only; the library is not opened.
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { HUB_ROLES, type HubRole } from '../../core/hub/admin.js';
import { defineCommand } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { table } from '../output.js';

async function withHub<T>(url: string | undefined, work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!url) throw new UsageError('Give the hub with --url postgres://ADMIN@HOST/DATABASE.', 'hub');
  const { connectHub, hubError } = await import('../../core/hub/connection.js');
  try {
    const client = await connectHub({ url });
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => {});
    }
  } catch (e) {
    throw new CliError(hubError(e, url).toApiError());
  }
}

export const hubCommand = defineCommand({
  name: 'hub',
  summary: 'set up a team hub on PostgreSQL: its schema, workspaces and members',
  usage: [
    'hub init --url URL',
    'hub workspace create NAME --url URL',
    `hub member add WORKSPACE USER --role ${HUB_ROLES.join('|')} --url URL [--password-file FILE]`,
    'hub member remove WORKSPACE USER --url URL',
    'hub members WORKSPACE --url URL [--json]',
    '',
    '  --url URL             the hub as an administrator: postgres://USER@HOST[:PORT]/DATABASE[?sslmode=require]',
    '                        (password from PGPASSWORD or ~/.pgpass, as libpq does)',
    '  --role ROLE           viewer reads; checker and editor write claims; editors also change',
    '                        taxonomies and delete articles; teacher and student for a class',
    '  --password-file FILE  the new login role\'s password (first line); without it one is made',
    '                        up and printed once',
    '',
    'init creates or upgrades the hub schema and refuses a hub set up by a newer Gloss.',
  ],
  options: { url: { type: 'string' }, role: { type: 'string' }, 'password-file': { type: 'string' } },
  positionals: [1, 4],
  async run({ values, positionals, out }) {
    const [verb, ...args] = positionals;
    const key = verb === 'workspace' || verb === 'member' ? `${verb} ${args.shift() ?? ''}` : verb;
    const admin = await import('../../core/hub/admin.js');
    const argsFor = (n: number, what: string) => {
      if (args.length !== n) throw new UsageError(`hub ${key} takes ${what}.`, 'hub');
      return args;
    };
    switch (key) {
      case 'init': {
        argsFor(0, 'no argument');
        const { migrateHub } = await import('../../core/hub/schema.js');
        const { from, to } = await withHub(values.url, migrateHub);
        if (out.json) return out.value({ from, to });
        out.line(from === to ? `The hub schema is up to date (version ${to}).` : `Hub schema ${from === 0 ? 'created' : `upgraded from version ${from}`}: version ${to}.`);
        return;
      }
      case 'workspace create': {
        const [name] = argsFor(1, 'a workspace NAME');
        const ws = await withHub(values.url, (c) => admin.createWorkspace(c, name!));
        if (out.json) return out.value(ws);
        out.line(ws.created ? `Workspace "${ws.name}" created.` : `Workspace "${ws.name}" already exists.`);
        return;
      }
      case 'member add': {
        const [workspace, user] = argsFor(2, 'WORKSPACE and USER');
        const role = values.role as HubRole | undefined;
        if (!role || !HUB_ROLES.includes(role)) throw new UsageError(`Give --role ${HUB_ROLES.join('|')}.`, 'hub');
        const password = values['password-file'] ? readFileSync(values['password-file'], 'utf8').split(/\r?\n/)[0] : undefined;
        if (password === '') throw new UsageError(`${values['password-file']} is empty: its first line is the password.`, 'hub');
        const added = await withHub(values.url, (c) => admin.addMember(c, { workspace: workspace!, user: user!, role, password }));
        if (out.json) return out.value(added);
        out.line(`${added.user} is ${role === 'editor' ? 'an' : 'a'} ${role} in "${workspace}".`);
        if (added.password) {
          out.line(`New login ${added.user}, password (shown this once; give it to them privately): ${added.password}`);
        }
        return;
      }
      case 'member remove': {
        const [workspace, user] = argsFor(2, 'WORKSPACE and USER');
        const { removed } = await withHub(values.url, (c) => admin.removeMember(c, { workspace: workspace!, user: user! }));
        if (out.json) return out.value({ removed });
        out.line(removed ? `${user} is no longer in "${workspace}".` : `${user} was not in "${workspace}".`);
        return;
      }
      case 'members': {
        const [workspace] = argsFor(1, 'a WORKSPACE');
        const members = await withHub(values.url, (c) => admin.listMembers(c, workspace!));
        if (out.json) return out.value(members);
        if (!members.length) return out.line(`"${workspace}" has no members yet.`);
        for (const line of table(members.map((m) => [m.user, m.role, m.addedAt.slice(0, 10)]))) out.line(line);
        return;
      }
      default:
        throw new UsageError(`Unknown hub command "${key}".`, 'hub');
    }
  },
});
