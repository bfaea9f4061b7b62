// What every format says about one claim: its status, its techniques, its links.
import type { Annotation, Tag } from '../../../shared/model.js';
import type { ReportData } from './report-data.js';

/** The built-in "Not yet checked" status, or a user's status of that name: a status that is no verdict. */
const NOT_CHECKED_ID = 'status:not-checked';
const NOT_CHECKED_NAME = 'not yet checked';

export function statusOf(data: ReportData, a: Annotation): Tag | null {
  return a.statusTagId ? (data.tags.get(a.statusTagId) ?? null) : null;
}

/** The claim's technique (bias) tags by name, in taxonomy order; unknown ids are skipped. */
export function techniquesOf(data: ReportData, a: Annotation): Tag[] {
  return a.tagIds.map((id) => data.tags.get(id)).filter((t): t is Tag => t !== undefined);
}

export function isVerdict(status: Pick<Tag, 'id' | 'name'>): boolean {
  return status.id !== NOT_CHECKED_ID && status.name.trim().toLowerCase() !== NOT_CHECKED_NAME;
}

export function hasVerdict(data: ReportData, a: Annotation): boolean {
  const status = statusOf(data, a);
  return status !== null && isVerdict(status);
}

/** What a student may choose from: every live verdict and every live technique, in taxonomy order. */
export function choices(data: ReportData): { verdicts: Tag[]; techniques: Tag[] } {
  const live = (kind: 'status' | 'technique') =>
    data.taxonomies.filter((t) => t.kind === kind).flatMap((t) => t.tags.filter((tag) => !tag.removed));
  return { verdicts: live('status').filter(isVerdict), techniques: live('technique') };
}

/** Status tags in taxonomy order, used by at least one claim of the report. */
export function statusesUsed(data: ReportData): Tag[] {
  const used = new Set(data.articles.flatMap((a) => a.annotations.map((x) => x.statusTagId)));
  return data.taxonomies
    .filter((t) => t.kind === 'status')
    .flatMap((t) => t.tags)
    .filter((t) => used.has(t.id));
}

export function techniquesUsed(data: ReportData): Tag[] {
  const used = new Set(data.articles.flatMap((a) => a.annotations.flatMap((x) => x.tagIds)));
  return data.taxonomies.flatMap((t) => t.tags).filter((t) => used.has(t.id));
}

export function articleOf(data: ReportData, articleId: string) {
  return data.articles.find((a) => a.article.id === articleId)?.article ?? null;
}
