// The hub's schema in PostgreSQL: numbered migrations, as the library has, applied by
// `gloss hub init` with an administrator's connection. A hub newer than this Gloss is refused.
//
// Records are stored as the exchange file writes them (`data`: one article, collection,
// taxonomy, claim or link of a .gloss file), so the hub and exchange files share one format,
// one validation and one merge. The columns beside `data` are what row-level security and
// sync read: who made and who last changed a row (set by the hub, never by the client), and
// `txid`, the writing transaction, which a sync's cursor follows.
//
// Row-level security (one PostgreSQL login role per person, all members of gloss_member):
// a person reads only the workspaces they belong to; viewers write nothing; checkers and
// editors write claims, links, articles and collections; only editors and teachers change
// taxonomies and delete articles; a student writes and reads only their own claims, so
// neither other students' claims nor the teacher's (the answer key) reach them.
import type { ClientBase } from 'pg';
import { GlossError } from '../errors.js';
import { syncDeletions } from './migration-sync-deletions.js';
import { classroomHubMigration } from './schema-classroom.js';
import { textCorrections } from './migration-text-corrections.js';

const TABLES = ['articles', 'collections', 'taxonomies', 'claims', 'links'] as const;

const v1 = `
CREATE SCHEMA gloss;
CREATE TABLE gloss.hub_meta (key text PRIMARY KEY, value text NOT NULL);
DO $$ BEGIN CREATE ROLE gloss_member NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON SCHEMA gloss TO gloss_member;
GRANT SELECT ON gloss.hub_meta TO gloss_member;

CREATE TABLE gloss.workspaces (
  id          text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE gloss.members (
  workspace_id  text NOT NULL REFERENCES gloss.workspaces ON DELETE CASCADE,
  role_name     name NOT NULL,
  role          text NOT NULL CHECK (role IN ('viewer', 'checker', 'editor', 'teacher', 'student')),
  added_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, role_name)
);

-- The caller's role in a workspace, or null. Definer rights: members is not readable whole.
CREATE FUNCTION gloss.role_in(ws text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT role FROM gloss.members WHERE workspace_id = ws AND role_name = session_user $$;

-- Who and when, from the server: a client cannot write another person's name.
CREATE FUNCTION gloss.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.txid := pg_current_xact_id();
  NEW.updated_by := session_user;
  NEW.updated_at := now();
  IF TG_OP = 'INSERT' THEN NEW.created_by := session_user; ELSE NEW.created_by := OLD.created_by; END IF;
  RETURN NEW;
END $$;

-- a ≤ b for version vectors (jsonb objects of counters).
CREATE FUNCTION gloss.clock_leq(a jsonb, b jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT NOT EXISTS (SELECT 1 FROM jsonb_each_text(a) x WHERE x.value::bigint > coalesce((b ->> x.key)::bigint, 0)) $$;
`;

const table = (name: string, extra: string) => `
CREATE TABLE gloss.${name} (
  workspace_id  text NOT NULL REFERENCES gloss.workspaces ON DELETE CASCADE,
  id            text NOT NULL,
  data          jsonb NOT NULL,${extra}
  created_by    name NOT NULL DEFAULT session_user,
  updated_by    name NOT NULL DEFAULT session_user,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  txid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX ${name}_txid ON gloss.${name} (workspace_id, txid);
CREATE TRIGGER ${name}_stamp BEFORE INSERT OR UPDATE ON gloss.${name} FOR EACH ROW EXECUTE FUNCTION gloss.stamp();
ALTER TABLE gloss.${name} ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON gloss.${name} TO gloss_member;
`;

const tables = `
${table('articles', "\n  deleted boolean NOT NULL DEFAULT false,")}
${table('collections', '')}
${table('taxonomies', '')}
${table('claims', "\n  article_id text NOT NULL,\n  clock jsonb NOT NULL,\n  deleted boolean NOT NULL DEFAULT false,")}
${table('links', '')}
-- Every version of a claim that reached the hub: its history, with who sent it.
CREATE TABLE gloss.claim_versions (
  workspace_id  text NOT NULL REFERENCES gloss.workspaces ON DELETE CASCADE,
  claim_id      text NOT NULL,
  clock         jsonb NOT NULL,
  data          jsonb NOT NULL,
  sent_by       name NOT NULL DEFAULT session_user,
  sent_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, claim_id, clock)
);
ALTER TABLE gloss.claim_versions ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON gloss.claim_versions TO gloss_member;
GRANT SELECT ON gloss.workspaces, gloss.members TO gloss_member;
ALTER TABLE gloss.workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE gloss.members ENABLE ROW LEVEL SECURITY;
`;

const writers = "ARRAY['checker', 'editor', 'teacher']";
const claimWriters = "ARRAY['checker', 'editor', 'teacher', 'student']";
const policies = `
CREATE POLICY member_reads ON gloss.workspaces FOR SELECT USING (gloss.role_in(id) IS NOT NULL);
CREATE POLICY member_reads ON gloss.members FOR SELECT USING (gloss.role_in(workspace_id) IS NOT NULL);

CREATE POLICY member_reads ON gloss.articles FOR SELECT USING (gloss.role_in(workspace_id) IS NOT NULL);
CREATE POLICY writer_adds ON gloss.articles FOR INSERT
  WITH CHECK (gloss.role_in(workspace_id) = ANY (${writers}) AND (NOT deleted OR gloss.role_in(workspace_id) IN ('editor', 'teacher')));
CREATE POLICY writer_changes ON gloss.articles FOR UPDATE USING (gloss.role_in(workspace_id) = ANY (${writers}))
  WITH CHECK (NOT deleted OR gloss.role_in(workspace_id) IN ('editor', 'teacher'));

CREATE POLICY member_reads ON gloss.collections FOR SELECT USING (gloss.role_in(workspace_id) IS NOT NULL);
CREATE POLICY writer_adds ON gloss.collections FOR INSERT WITH CHECK (gloss.role_in(workspace_id) = ANY (${writers}));
CREATE POLICY writer_changes ON gloss.collections FOR UPDATE USING (gloss.role_in(workspace_id) = ANY (${writers}));

CREATE POLICY member_reads ON gloss.taxonomies FOR SELECT USING (gloss.role_in(workspace_id) IS NOT NULL);
CREATE POLICY editor_adds ON gloss.taxonomies FOR INSERT WITH CHECK (gloss.role_in(workspace_id) IN ('editor', 'teacher'));
CREATE POLICY editor_changes ON gloss.taxonomies FOR UPDATE USING (gloss.role_in(workspace_id) IN ('editor', 'teacher'));

-- A student's rows are their own: created_by is set by the hub, so this cannot be forged.
CREATE POLICY reader_reads ON gloss.claims FOR SELECT
  USING (gloss.role_in(workspace_id) IN ('viewer', 'checker', 'editor', 'teacher')
         OR (gloss.role_in(workspace_id) = 'student' AND created_by = session_user));
CREATE POLICY writer_adds ON gloss.claims FOR INSERT WITH CHECK (gloss.role_in(workspace_id) = ANY (${claimWriters}));
CREATE POLICY writer_changes ON gloss.claims FOR UPDATE
  USING (gloss.role_in(workspace_id) = ANY (${writers}) OR (gloss.role_in(workspace_id) = 'student' AND created_by = session_user));

CREATE POLICY reader_reads ON gloss.links FOR SELECT
  USING (gloss.role_in(workspace_id) IN ('viewer', 'checker', 'editor', 'teacher')
         OR (gloss.role_in(workspace_id) = 'student' AND created_by = session_user));
CREATE POLICY writer_adds ON gloss.links FOR INSERT WITH CHECK (gloss.role_in(workspace_id) = ANY (${claimWriters}));
CREATE POLICY writer_changes ON gloss.links FOR UPDATE
  USING (gloss.role_in(workspace_id) = ANY (${writers}) OR (gloss.role_in(workspace_id) = 'student' AND created_by = session_user));

CREATE POLICY reader_reads ON gloss.claim_versions FOR SELECT
  USING (gloss.role_in(workspace_id) IN ('viewer', 'checker', 'editor', 'teacher')
         OR (gloss.role_in(workspace_id) = 'student' AND sent_by = session_user));
CREATE POLICY writer_adds ON gloss.claim_versions FOR INSERT
  WITH CHECK (sent_by = session_user AND gloss.role_in(workspace_id) = ANY (${claimWriters}));
`;

/** Hub migrations in order; the hub's version is how many have been applied. */
export const HUB_MIGRATIONS: string[] = [v1 + tables + policies, syncDeletions, classroomHubMigration, textCorrections];

export const HUB_SCHEMA_TABLES = TABLES;

/** The hub's schema version, 0 for a database Gloss has never touched. */
export async function hubVersion(client: ClientBase): Promise<number> {
  const exists = await client.query("SELECT to_regclass('gloss.hub_meta') IS NOT NULL AS ok");
  if (!exists.rows[0].ok) return 0;
  const row = await client.query("SELECT value FROM gloss.hub_meta WHERE key = 'schema_version'");
  return row.rows.length ? Number(row.rows[0].value) : 0;
}

/** The hub's version as a member sees it: a login role that no workspace has taken in is told so, not "permission denied". */
export async function memberHubVersion(client: ClientBase, workspace: string): Promise<number> {
  const outsider = await client.query("SELECT to_regnamespace('gloss') IS NOT NULL AND NOT has_schema_privilege('gloss', 'USAGE') AS outsider");
  if (outsider.rows[0].outsider) throw new GlossError('not_found', { key: 'hub.noWorkspace', params: { workspace } });
  return hubVersion(client);
}

export function refuseNewerHub(version: number): void {
  if (version > HUB_MIGRATIONS.length) {
    throw new GlossError(
      'unsupported_file',
      `This hub was set up by a newer Gloss (hub schema ${version}; this Gloss knows ${HUB_MIGRATIONS.length}). Update Gloss to use it.`,
    );
  }
}

/** Creates or upgrades the hub's schema, each migration in one transaction; returns [from, to]. */
export async function migrateHub(client: ClientBase): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    // One administrator at a time: a second `hub init` waits, then finds nothing to do.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('gloss hub schema'))");
    const from = await hubVersion(client);
    refuseNewerHub(from);
    for (let v = from; v < HUB_MIGRATIONS.length; v++) {
      await client.query(HUB_MIGRATIONS[v]!);
      await client.query(
        "INSERT INTO gloss.hub_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(v + 1)],
      );
    }
    await client.query('COMMIT');
    return { from, to: HUB_MIGRATIONS.length };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
