// What every team hub test file sets up: one throwaway cluster for the file, migrated; its
// workspaces and members (one password for everybody); libraries that sync with it as a
// person; and a raw connection as a person, to try what a modified client could.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openCore, type Core } from '../../electron/core/api.js';
import { addMember, createWorkspace, type HubRole } from '../../electron/core/hub/admin.js';
import { migrateHub } from '../../electron/core/hub/schema.js';
import { syncWithHub } from '../../electron/core/hub/sync.js';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract/index.js';
import { callApi } from '../fixtures/export/collection.js';
import { postgresMissing, startCluster, type Cluster } from './postgres.js';
import { tempDir } from './tmp.js';

export const missing = postgresMissing();
export const PASSWORD = 'correct horse battery';
/** The file's cluster, once useHub's beforeAll has started it. */
export let cluster: Cluster;

const dirs: Array<ReturnType<typeof tempDir>> = [];
const cores: Core[] = [];

/** Starts the file's cluster before its tests, migrated, then runs `setup`; stops it after. */
export function useHub(setup: () => Promise<void>): void {
  beforeAll(async () => {
    if (missing) return;
    cluster = await startCluster();
    await asAdmin(migrateHub);
    await setup();
  }, 120_000);
  afterAll(() => {
    for (const c of cores) c.close();
    for (const d of dirs) d.remove();
    if (!missing) cluster?.stop();
  });
}

export async function asAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = await cluster.admin();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export async function member(workspace: string, user: string, role: HubRole): Promise<void> {
  await asAdmin((admin) => addMember(admin, { workspace, user, role, password: PASSWORD }));
}

/** A new workspace with these people in it. */
export async function workspace(name: string, people: Array<[string, HubRole]>): Promise<void> {
  await asAdmin((admin) => createWorkspace(admin, name));
  for (const [user, role] of people) await member(name, user, role);
}

/** A temporary folder, removed after the file's tests. */
export function scratchDir(prefix: string): ReturnType<typeof tempDir> {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

export interface Lib {
  core: Core;
  dir: string;
  user: string;
  hub: { url: string; workspace: string; password: string };
  call<M extends MethodName>(m: M, input: InputOf<M>): Promise<ResultOf<M>>;
  /** The call's refusal, for what must fail. */
  refused<M extends MethodName>(m: M, input: InputOf<M>): Promise<string>;
  sync(workspace?: string): ReturnType<typeof syncWithHub>;
}

/** A new library of `user`'s, which syncs with `workspace` unless told another. */
export async function library(user: string, workspace: string): Promise<Lib> {
  const dir = scratchDir('gloss-hub-lib-');
  const core = await openCore(dir.path);
  cores.push(core);
  return {
    core,
    dir: dir.path,
    user,
    hub: { url: cluster.url(user), workspace, password: PASSWORD },
    call: (m, input) => callApi(core, m, input),
    refused: (m, input) => callApi(core, m, input).then(() => 'it went through', (e: Error) => e.message),
    sync: (ws = workspace) => syncWithHub(core.db, { url: cluster.url(user), workspace: ws, password: PASSWORD }),
  };
}

/** A raw connection as `user`. */
export async function as(user: string): Promise<pg.Client> {
  const client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user, database: 'postgres', password: PASSWORD });
  await client.connect();
  return client;
}
