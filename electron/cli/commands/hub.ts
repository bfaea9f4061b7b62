// `gloss hub ...`: set up a team hub and its people, with an administrator's connection.
// Talks to PostgreSQL only; the library is not opened.
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { HUB_ROLES, type HubRole } from '../../core/hub/admin.js';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { CliError, UsageError } from '../errors.js';
import { table } from '../output.js';

async function withHub<T>(url: string | undefined, work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!url) throw new UsageError({ key: 'usage.hubUrl' }, 'hub');
  const { adminError, connectHub } = await import('../../core/hub/connection.js');
  try {
    const client = await connectHub({ url });
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => {});
    }
  } catch (e) {
    throw new CliError(adminError(e, url).toApiError());
  }
}

export const hubCommand = defineCommand({
  name: 'hub',
  get summary() {
    return t('cli:hub.summary');
  },
  usage: [
    'hub init --url URL',
    'hub workspace create NAME --url URL',
    'hub member add WORKSPACE USER --role viewer|checker|editor|teacher|student --url URL [--password-file FILE]',
    'hub member remove WORKSPACE USER --url URL',
    'hub members WORKSPACE --url URL [--json]',
  ],
  get help() {
    return t('cli:hub.help');
  },
  options: { url: { type: 'string' }, role: { type: 'string' }, 'password-file': { type: 'string' } },
  positionals: [1, 4],
  async run({ values, positionals, out }) {
    const [verb, ...args] = positionals;
    const key = verb === 'workspace' || verb === 'member' ? `${verb} ${args.shift() ?? ''}` : verb;
    const admin = await import('../../core/hub/admin.js');
    const argsFor = (n: number, what: 'none' | 'name' | 'user' | 'workspace') => {
      if (args.length !== n) throw new UsageError({ key: 'usage.hubArguments', params: { command: `hub ${key}`, what } }, 'hub');
      return args;
    };
    switch (key) {
      case 'init': {
        argsFor(0, 'none');
        const { migrateHub } = await import('../../core/hub/schema.js');
        const { from, to } = await withHub(values.url, migrateHub);
        if (out.json) return out.value({ from, to });
        out.line(from === to ? t('cli:hub.upToDate', { to }) : from === 0 ? t('cli:hub.created', { to }) : t('cli:hub.upgraded', { from, to }));
        return;
      }
      case 'workspace create': {
        const [name] = argsFor(1, 'name');
        const ws = await withHub(values.url, (c) => admin.createWorkspace(c, name!));
        if (out.json) return out.value(ws);
        out.line(ws.created ? t('cli:hub.workspaceCreated', { name: ws.name }) : t('cli:hub.workspaceExists', { name: ws.name }));
        return;
      }
      case 'member add': {
        const [workspace, user] = argsFor(2, 'user');
        const role = values.role as HubRole | undefined;
        if (!role || !HUB_ROLES.includes(role)) throw new UsageError({ key: 'usage.hubRole', params: { roles: HUB_ROLES.join('|') } }, 'hub');
        const password = values['password-file'] ? readFileSync(values['password-file'], 'utf8').split(/\r?\n/)[0] : undefined;
        if (password === '') throw new UsageError({ key: 'usage.passwordFileEmpty', params: { path: values['password-file']! } }, 'hub');
        const added = await withHub(values.url, (c) => admin.addMember(c, { workspace: workspace!, user: user!, role, password }));
        if (out.json) return out.value(added);
        out.line(t('cli:hub.memberAdded', { user: added.user, role, workspace: workspace! }));
        if (added.password) out.line(t('cli:hub.newLogin', { user: added.user, password: added.password }));
        return;
      }
      case 'member remove': {
        const [workspace, user] = argsFor(2, 'user');
        const { removed } = await withHub(values.url, (c) => admin.removeMember(c, { workspace: workspace!, user: user! }));
        if (out.json) return out.value({ removed });
        out.line(t(removed ? 'cli:hub.memberRemoved' : 'cli:hub.notMember', { user: user!, workspace: workspace! }));
        return;
      }
      case 'members': {
        const [workspace] = argsFor(1, 'workspace');
        const members = await withHub(values.url, (c) => admin.listMembers(c, workspace!));
        if (out.json) return out.value(members);
        if (!members.length) return out.line(t('cli:hub.noMembers', { workspace: workspace! }));
        for (const line of table(members.map((m) => [m.user, m.role, m.addedAt.slice(0, 10)]))) out.line(line);
        return;
      }
      default:
        throw new UsageError({ key: 'usage.unknownCommand', params: { command: `hub ${key}` } }, 'hub');
    }
  },
});
