// The domain as both processes see it: plain data that crosses the API doors.
// Offsets are JavaScript string indices (UTF-16 code units) into Article.body.
import type { exportFormats } from './limits.js';

export type Direction = 'ltr' | 'rtl';

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null; // ISO 8601 date, YYYY-MM-DD, or a full timestamp
  sourceUrl: string | null;
  language: string | null; // BCP 47 where detected
  direction: Direction;
  createdAt: string;
  updatedAt: string;
  wordCount: number;
  annotationCount: number;
  /** Claims per status tag id; claims with no status are counted under "none". */
  statusCounts: Record<string, number>;
  collectionIds: string[];
}

export interface Article extends ArticleSummary {
  body: string;
  blocks: Block[];
  contentHash: string;
  originalName: string | null;
  originalType: string | null;
}

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Evidence {
  id: string;
  url: string | null;
  title: string;
  note: string;
}

export type ClaimRelation = 'same-claim' | 'contradicts';

export interface ClaimLink {
  id: string;
  fromId: string;
  toId: string;
  relation: ClaimRelation;
  /** The article and quote of the other end, so a pane can show it without another call. */
  other: { annotationId: string; articleId: string; articleTitle: string; exact: string };
}

export interface Annotation {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: TextQuoteSelector;
  statusTagId: string | null;
  tagIds: string[];
  note: string;
  evidence: Evidence[];
  links: ClaimLink[];
  /** The quote could not be re-found after the text changed; start/end are its last known place. */
  orphaned: boolean;
  /** Another version of this annotation came in through an exchange file and awaits a choice. */
  conflict: AnnotationConflict | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/**
 * What re-anchoring did with one claim after its article's text was corrected: its words are
 * where they were, or the same words elsewhere, or found again by their context with changed
 * words (or an orphan whose text came back), or not found surely (kept with its old quote).
 */
export type ReanchorOutcome = 'unchanged' | 'shifted' | 'refound' | 'orphaned';

export interface ReanchoredClaim {
  id: string;
  outcome: ReanchorOutcome;
  /** Where it is now; for an orphan, its old place clamped to the new text. */
  start: number;
  end: number;
  /** The quote now; for an orphan, the old quote with its old context, to place by hand. */
  quote: TextQuoteSelector;
}

/** Counts and claims cover live annotations (those in the trash are re-anchored too, silently). */
export interface ReanchorReport {
  unchanged: number;
  shifted: number;
  refound: number;
  orphaned: number;
  claims: ReanchoredClaim[];
}

export interface AnnotationConflict {
  id: string;
  theirs: { statusTagId: string | null; tagIds: string[]; note: string; updatedAt: string };
  source: string;
  createdAt: string;
}

export type TaxonomyKind = 'status' | 'technique';

export interface Tag {
  id: string;
  taxonomyId: string;
  name: string;
  description: string;
  color: string; // #rrggbb
  key: string | null; // one keyboard key
  position: number;
  /** For fact-check statuses: schema.org ClaimReview ratingValue (1 worst .. 5 best); null when unrated. */
  ratingValue: number | null;
  removed: boolean;
}

export interface Taxonomy {
  id: string;
  name: string;
  kind: TaxonomyKind; // status: one per claim; technique: any number per claim
  builtin: boolean;
  tags: Tag[];
}

export interface Collection {
  id: string;
  name: string;
  articleIds: string[];
  createdAt: string;
}

export interface SearchHit {
  articleId: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** Plain text around the match. */
  snippet: string;
  /** [start, end) ranges of matched terms within snippet. */
  highlights: Array<[number, number]>;
  /** Where the best match was: the article itself or an annotation note on it. */
  matchedIn: 'article' | 'note';
  /** FTS5 bm25 score within its index (article text or notes): lower is a better match.
   * Hits come article matches first, then note-only matches, each sorted by it. */
  rank: number;
}

export interface ImportFailure {
  name: string;
  code: string;
  message: string;
}

export interface ImportReport {
  imported: ArticleSummary[];
  duplicates: Array<{ name: string; existingId: string; title: string }>;
  failed: ImportFailure[];
}

export interface HistoryStep {
  annotationId: string;
  articleId: string;
  action: 'create' | 'update' | 'delete';
  /** The annotation as it is after the step was undone or redone, or null if it no longer exists. */
  annotation: Annotation | null;
}

export interface LibraryInfo {
  version: string;
  dataDir: string;
  articleCount: number;
  firstRun: boolean;
  demoLoaded: boolean;
}

/** The list itself is the contract's (exports.run's input schema). */
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** File content, base64 so that binary formats cross every door. */
  dataBase64: string;
}

export interface BundleImportReport {
  articlesAdded: number;
  articlesExisting: number;
  annotationsAdded: number;
  annotationsUpdated: number;
  conflicts: number;
  collections: string[];
}

export interface Progress {
  jobId: string;
  done: number;
  total: number;
  label: string;
}

/**
 * Who reviewed the claims: set once (Settings, `gloss profile`) and used as the ClaimReview
 * author (an Organization when `organization` is set), in report bylines and as the W3C
 * `creator`. `publishBaseUrl` is where the reviewer publishes reports: each claim's review
 * gets a stable URL under it.
 */
export interface ReviewerProfile {
  name?: string;
  organization?: string;
  organizationUrl?: string;
  publishBaseUrl?: string;
}
