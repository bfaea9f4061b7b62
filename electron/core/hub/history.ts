// A claim's history across the team: every version of it that reached the hub, with who sent it
// and when, as the hub recorded them (gloss.claim_versions) and each sync brings here. Read from
// the library, so it works offline.
import type { HubClaimVersion } from '../../../shared/model.js';
import type { Db } from '../db.js';
import { notFound } from '../errors.js';
import { bundleSchema } from '../export/bundle-format.js';
import { sql } from '../statements.js';

const claim = bundleSchema.shape.annotations.element;

export function claimHistory(db: Db, id: string): HubClaimVersion[] {
  if (!sql(db, 'SELECT 1 FROM annotations WHERE id = ?').get(id)) throw notFound('annotation', id);
  const rows = sql(db, 'SELECT data, sent_by, sent_at FROM hub_claim_versions WHERE claim_id = ? ORDER BY sent_at, clock').all(id) as Array<{
    data: string;
    sent_by: string;
    sent_at: string;
  }>;
  return rows.flatMap((r) => {
    // What a member sent is checked like any record from the hub; a broken one is left out.
    const parsed = claim.safeParse(JSON.parse(r.data));
    if (!parsed.success) return [];
    const v = parsed.data;
    return [
      { sentBy: r.sent_by, sentAt: r.sent_at, statusTagId: v.statusTagId, tagIds: v.tagIds, note: v.note, evidence: v.evidence.length, deleted: v.deletedAt !== null },
    ];
  });
}
