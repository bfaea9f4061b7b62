// A claim's history across the team: the earlier versions of it that reached the hub, with who
// sent each and when (gloss.claim_versions, copied here by the syncs that see the claim change),
// then the claim as it is now. Read from the library, so it works offline.
import type { HubClaimVersion } from '../../../shared/model.js';
import type { Db } from '../db.js';
import { notFound } from '../errors.js';
import { bundleSchema, type BundleAnnotation } from '../export/bundle-format.js';
import { sql } from '../statements.js';
import { claimRecords } from './records.js';

const claim = bundleSchema.shape.annotations.element;

export function claimHistory(db: Db, id: string): HubClaimVersion[] {
  const current = claimRecords(db, [id])[0];
  if (!current) throw notFound('annotation', id);
  const rows = sql(db, 'SELECT clock, data, sent_by, sent_at FROM hub_claim_versions WHERE claim_id = ? ORDER BY sent_at, clock').all(id) as Array<{
    clock: string;
    data: string;
    sent_by: string;
    sent_at: string;
  }>;
  const earlier = rows.flatMap((r) => {
    // What a member sent is checked like any record from the hub; a broken one is left out.
    const parsed = claim.safeParse(JSON.parse(r.data));
    return parsed.success ? [version(parsed.data, r.sent_by, r.sent_at)] : [];
  });
  return [...earlier, version(current, current.updatedBy, current.updatedAt)];
}

function version(v: BundleAnnotation, by: string | null, at: string): HubClaimVersion {
  return { sentBy: by, sentAt: at, statusTagId: v.statusTagId, tagIds: v.tagIds, note: v.note, evidence: v.evidence.length, deleted: v.deletedAt !== null };
}
