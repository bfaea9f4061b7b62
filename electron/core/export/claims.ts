// What every format says about one claim: its status, its techniques, its links.
import type { Annotation, Tag } from '../../../shared/model.js';
import type { ReportData } from './report-data.js';

export const NOT_YET_CHECKED = 'not yet checked';

export function statusOf(data: ReportData, a: Annotation): Tag | null {
  return a.statusTagId ? (data.tags.get(a.statusTagId) ?? null) : null;
}

/** The claim's technique (bias) tags by name, in taxonomy order; unknown ids are skipped. */
export function techniquesOf(data: ReportData, a: Annotation): Tag[] {
  return a.tagIds.map((id) => data.tags.get(id)).filter((t): t is Tag => t !== undefined);
}

/** A claim has a verdict when its status is set and is not "not yet checked". */
export function hasVerdict(data: ReportData, a: Annotation): boolean {
  const status = statusOf(data, a);
  return status !== null && status.name.trim().toLowerCase() !== NOT_YET_CHECKED;
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
