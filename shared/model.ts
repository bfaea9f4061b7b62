// The domain as both processes see it: plain data that crosses the API doors.
// Offsets are JavaScript string indices (UTF-16 code units) into Article.body.
import type { ErrorParams } from './i18n/errorParams.js';
import type { exportFormats } from './limits.js';

export type Direction = 'ltr' | 'rtl';

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** The page of the imported PDF the block starts on (1-based), so reports can cite "p. 4". */
  page?: number;
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

/** What a text correction did to the article's live claims; `claims` lists those not left in place. */
export interface TextCorrection {
  anchored: number;
  moved: number;
  orphaned: number;
  claims: Array<{ id: string; exact: string; outcome: 'moved' | 'orphaned' }>;
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
  /** The team hub's names of who made the claim and who changed it last; null before a sync. */
  createdBy?: string | null;
  updatedBy?: string | null;
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
  theirs: {
    statusTagId: string | null;
    tagIds: string[];
    note: string;
    updatedAt: string;
    /** Absent in conflicts stored before evidence, spans and deletions were merged. */
    evidence?: Evidence[];
    deleted?: boolean;
    start?: number;
    end?: number;
    exact?: string;
    updatedBy?: string | null;
  };
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
  /** For fact-check statuses: schema.org ClaimReview ratingValue (1 worst, up to 10 best; the built-ins use 1..6); null when unrated. */
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
  /** The message in the `errors` catalogue, as ApiError has it. */
  key?: string;
  params?: ErrorParams;
}

/** What an import left out of a document's text on purpose, so that the person knows to look at the original. */
export interface LeftOut {
  /** Reviewers' comments (Word's, LibreOffice's). */
  comments: number;
  /** Passages set struck through: deleted words still shown, which read as part of the sentence. */
  struck: number;
}

export interface ImportReport {
  imported: ArticleSummary[];
  duplicates: Array<{ name: string; existingId: string; title: string }>;
  failed: ImportFailure[];
  /** Imported files that were not UTF-8, with the encoding they were read in ("Shift_JIS", "windows-1251", ...). */
  encodings?: Array<{ name: string; encoding: string }>;
  /** Imported documents whose comments or struck-through text were left out, and how many of each. */
  leftOut?: Array<{ name: string } & LeftOut>;
}

/** A step undone or redone, described as its button described it. */
export interface HistoryStep extends HistoryPreview {
  articleId: string;
  /** The annotation as it is after the step was undone or redone, or null if it no longer exists. */
  annotation: Annotation | null;
}

/** The next undo or redo step of an article, described for its button. */
export interface HistoryPreview {
  annotationId: string;
  action: 'create' | 'update' | 'delete';
  /** The claim's text. */
  exact: string;
  /** For an update: what it changed. */
  fields: Array<'status' | 'techniques' | 'note' | 'evidence'>;
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
  /** What the file lacks and how to supply it (a ClaimReview without url, claims without a verdict). */
  warnings?: string[];
}

export interface BundleImportReport {
  articlesAdded: number;
  articlesExisting: number;
  annotationsAdded: number;
  annotationsUpdated: number;
  conflicts: number;
  /** Titles of articles whose text the file corrected since ours: taken, our claims re-anchored. */
  textsTaken: string[];
  /** Titles of articles whose text both sides corrected (or another article here has theirs): ours kept. */
  textsKept: string[];
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

/** A copy of the library kept in the data folder's backups/ (one a day, one a week, capped). */
export interface BackupInfo {
  /** The day it was taken, YYYY-MM-DD: also its name. */
  id: string;
  takenAt: string;
  bytes: number;
}

/** A full check of the library: SQLite's integrity_check and every article's text against its hash. */
export interface LibraryCheck {
  checkedAt: string;
  /** integrity_check's findings; empty when the structure is sound. */
  problems: string[];
  /** Articles whose text no longer matches its hash, or cannot be read at all. */
  damagedArticles: Array<{ id: string; title: string }>;
}

export type HubRole = 'viewer' | 'checker' | 'editor' | 'teacher' | 'student';

/** What one `gloss sync` (or the Team panel's "Sync now") did. */
export interface HubSyncReport {
  workspace: string;
  /** The hub's name for this person (their PostgreSQL role) and their role in the workspace. */
  user: string;
  role: HubRole;
  /** Records read from the hub, and what they did here. */
  received: number;
  added: number;
  updated: number;
  conflicts: number;
  /** Records from the hub that could not be merged (a claim using a tag the hub does not have). */
  skipped: number;
  sent: number;
  /** Corrections of articles' text taken from the hub, and how many of them replaced one of ours (kept as a text conflict). */
  corrected: number;
  textConflicts: number;
  /** Articles of ours that took the id of the same text on the hub: our id → the hub's (docs/team.md). */
  renamed: Record<string, string>;
  /** The hub had lost changes this library knew it held (restored from an older copy): this sync read it whole and sent again what it lacked. */
  hubForgot: boolean;
  openConflicts: number;
  syncedAt: string;
}

export interface HubStatus {
  /** The hub workspace this library syncs with (its URL without password), or null. */
  hub: { url: string; workspace: string; user: string; role: HubRole; lastSync: string | null } | null;
  /** Every change the next push will send (claims, articles, their details and text, collections, taxonomies, links, the trash), and open conflicts. */
  toSend: number;
  openConflicts: number;
  /** Corrections of an article's text made here that lost to one that reached the hub first. */
  textConflicts: HubTextConflict[];
}

/** A correction made here that lost to the hub's: the hub's text is the article's now, ours is kept. */
export interface HubTextConflict {
  articleId: string;
  title: string;
  /** The hub's name for who made the text that won. */
  theirsBy: string | null;
  foundAt: string;
}

/** One version of a claim in the team's history: who made it, when, and what it said. */
export interface HubClaimVersion {
  /** The hub's name for who sent it; null for a claim never synced. */
  sentBy: string | null;
  sentAt: string;
  statusTagId: string | null;
  tagIds: string[];
  note: string;
  evidence: number;
  deleted: boolean;
}

/** How a figure is hedged: "over 31,000" is 'more than', "some 1,200" is 'about'. */
export type Hedge = 'exactly' | 'more than' | 'at least' | 'about' | 'nearly' | 'up to' | 'fewer than' | 'range';

/** A figure stated in a text, as the claim finder's quantity reader understood it. */
export interface Quantity {
  start: number;
  end: number;
  /** The figure as written, hedge included ("more than 31,000"). */
  text: string;
  value: number;
  /** What the hedge allows: [low, high]; high null when there is no upper bound. */
  low: number;
  high: number | null;
  hedge: Hedge;
  /** "not 200,000": the text denies the figure. */
  negated: boolean;
  unit: 'percent' | 'fraction' | 'USD' | 'EUR' | 'GBP' | 'INR' | 'ILS' | null;
  /** What is counted: 'deaths', 'displaced', 'aid trucks', 'dollars'... or the noun after the number. */
  thing: string;
  /** Who is counted, when the text says ("Palestinians", "children"). */
  who: string | null;
  /** The dated event counted, when the sentence names one ("7 October" in "the 7 October attack killed 1,200"). */
  event: string | null;
  /** A rate's length of time: "5 trucks a day" is 5 per 'day'; null for a count or a sum. */
  per: 'day' | 'week' | 'month' | 'year' | null;
  /** The period a rate is of, when the text names one ("before the war", "last month"). */
  period: string | null;
}

/** Why the claim finder thinks a sentence is worth checking, in a few words. */
export type SuggestionReason = 'figure' | 'attribution' | 'comparison' | 'named entity';

/**
 * Whether the claim finder's model reads an article's language: it was trained on English
 * sentences only (docs/claim-finder.md). An article of unknown language is given the benefit.
 */
export function suggestionsRead(language: string | null): boolean {
  return language === null || language.split('-')[0] === 'en';
}

/** A sentence of an article with the claim finder's check-worthiness score. */
export interface ClaimSuggestion {
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** 0..1: how likely a fact-checker would call the sentence worth checking. */
  score: number;
  /** The score reaches the model's threshold: the sentence is suggested. */
  passes: boolean;
  reasons: SuggestionReason[];
  dismissed: boolean;
  /** A claim already marked on (part of) this sentence. */
  claimId: string | null;
}

/** One figure of one article, in its sentence. */
export interface FigureMention {
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  sentence: { start: number; end: number; text: string };
  quantity: Quantity;
}

/** Figures that measure the same thing across articles, and whether the articles agree. */
export interface FigureGroup {
  thing: string;
  who: string | null;
  /** "deaths (Palestinians)" */
  label: string;
  mentions: FigureMention[];
  /**
   * single: one article states it; agree: every pair can be right, given hedges and dates;
   * unknownMeasure: several articles, but what is counted is no measure the reader knows ("250
   * people", "350 beds"), so the figures may count different things and are listed, not compared;
   * otherPeriods: rates ("a day") that may be of different days or periods, also not compared.
   */
  verdict: 'single' | 'agree' | 'disagree' | 'unknownMeasure' | 'otherPeriods';
  /** Pairs of mentions (indexes) that cannot both be right. */
  conflicts: Array<[number, number]>;
}

export interface FigureReport {
  articleCount: number;
  groups: FigureGroup[];
}

/** A place in an article's text, by offsets. */
export interface TextSpan {
  articleId: string;
  start: number;
  end: number;
}

/** Two sentences in different articles that seem to state the same thing. */
export interface SameClaimSuggestion {
  a: TextSpan & { text: string; articleTitle: string };
  b: TextSpan & { text: string; articleTitle: string };
  /** 0..1 */
  score: number;
  /** What they share: figures, names and words. */
  shared: { figures: string[]; entities: string[]; words: string[] };
}
