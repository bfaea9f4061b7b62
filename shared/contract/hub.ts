// The team hub: sync this library with a PostgreSQL hub workspace, and what waits to be sent.
import { z } from 'zod';
import type { HubClaimVersion, HubStatus, HubSyncReport } from '../model.js';
import { empty, id, method, name } from './define.js';

/** A postgres:// URL; the core reads it (connection.ts) and says, in the person's language, what form it must take. */
export const hubUrl = z.string().max(2000);

export const hubMethods = {
  /**
   * Pull others' changes and push ours. The password is the app's saved one (Electron's
   * safeStorage); without it, libpq's conventions (PGPASSWORD, ~/.pgpass). It is never stored.
   */
  'hub.sync': method<HubSyncReport>()(
    z.strictObject({
      url: hubUrl,
      workspace: name,
      password: z.string().max(1000).optional(),
      /** The desktop app saves the password for the next syncs; elsewhere nothing is saved. */
      remember: z.boolean().optional(),
    }),
  ),
  /** Which hub this library syncs with and what waits (claims to send, conflicts); works offline. */
  'hub.status': method<HubStatus>()(empty),
  /** A claim's versions as the hub recorded them (who sent each, and when), oldest first, ending with the claim as it is; works offline. */
  'hub.claimHistory': method<HubClaimVersion[]>()(z.strictObject({ id })),
  /**
   * Settles a correction of ours that lost to the hub's (HubStatus.textConflicts): `mine` makes
   * it again over the hub's text (the next sync sends it, for an editor), `theirs` lets it go.
   */
  'hub.settleTextConflict': method<{ articleId: string }>()(z.strictObject({ articleId: id, keep: z.enum(['mine', 'theirs']) })),
} as const;
