// Administering a hub with an administrator's connection: its schema, workspaces and members.
// A member is a PostgreSQL login role (created here if missing) in gloss_member, with one
// role per workspace in gloss.members, which row-level security reads.
import { randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { GlossError } from '../errors.js';
import { hubVersion, refuseNewerHub } from './schema.js';

export const HUB_ROLES = ['viewer', 'checker', 'editor', 'teacher', 'student'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

export interface HubMember {
  user: string;
  role: HubRole;
  addedAt: string;
}

const USER_NAME = /^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$/;

async function requireSchema(client: ClientBase): Promise<void> {
  const version = await hubVersion(client);
  if (version === 0) throw new GlossError('not_found', { key: 'hub.notSetUp' });
  refuseNewerHub(version);
}

async function workspaceId(client: ClientBase, name: string): Promise<string> {
  const row = await client.query('SELECT id FROM gloss.workspaces WHERE name = $1', [name]);
  if (!row.rows.length) throw new GlossError('not_found', { key: 'hub.noWorkspaceToManage', params: { workspace: name } });
  return row.rows[0].id as string;
}

export async function createWorkspace(client: ClientBase, name: string): Promise<{ id: string; name: string; created: boolean }> {
  await requireSchema(client);
  const added = await client.query('INSERT INTO gloss.workspaces (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id', [name]);
  if (added.rows.length) return { id: added.rows[0].id as string, name, created: true };
  return { id: await workspaceId(client, name), name, created: false };
}

/**
 * Grants `user` the role in the workspace, creating the login role when it does not exist:
 * with the given password, else a new one returned once (and nowhere stored by Gloss).
 */
export async function addMember(
  client: ClientBase,
  input: { workspace: string; user: string; role: HubRole; password?: string },
): Promise<{ user: string; role: HubRole; created: boolean; password: string | null }> {
  await requireSchema(client);
  if (!USER_NAME.test(input.user)) {
    throw new GlossError('invalid_input', { key: 'hub.userName', params: { user: input.user } });
  }
  const ws = await workspaceId(client, input.workspace);
  const role = client.escapeIdentifier(input.user);
  await client.query('BEGIN');
  try {
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [input.user])).rows.length > 0;
    let password: string | null = null;
    if (!exists) {
      password = input.password ?? randomBytes(18).toString('base64url');
      await client.query(`CREATE ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    }
    await client.query(`GRANT gloss_member TO ${role}`);
    await client.query(
      `INSERT INTO gloss.members (workspace_id, role_name, role) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, role_name) DO UPDATE SET role = excluded.role`,
      [ws, input.user, input.role],
    );
    await client.query('COMMIT');
    return { user: input.user, role: input.role, created: !exists, password: input.password ? null : password };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** Ends the membership; a role left in no workspace also loses gloss_member. The role itself stays. */
export async function removeMember(client: ClientBase, input: { workspace: string; user: string }): Promise<{ removed: boolean }> {
  await requireSchema(client);
  const ws = await workspaceId(client, input.workspace);
  await client.query('BEGIN');
  try {
    const gone = await client.query('DELETE FROM gloss.members WHERE workspace_id = $1 AND role_name = $2', [ws, input.user]);
    const elsewhere = await client.query('SELECT 1 FROM gloss.members WHERE role_name = $1', [input.user]);
    const roleExists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [input.user])).rows.length > 0;
    if (!elsewhere.rows.length && roleExists) await client.query(`REVOKE gloss_member FROM ${client.escapeIdentifier(input.user)}`);
    await client.query('COMMIT');
    return { removed: (gone.rowCount ?? 0) > 0 };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

export async function listMembers(client: ClientBase, workspace: string): Promise<HubMember[]> {
  await requireSchema(client);
  const ws = await workspaceId(client, workspace);
  const rows = await client.query('SELECT role_name, role, added_at FROM gloss.members WHERE workspace_id = $1 ORDER BY role_name', [ws]);
  return rows.rows.map((r) => ({ user: r.role_name as string, role: r.role as HubRole, addedAt: (r.added_at as Date).toISOString() }));
}
