// The result of comparing two versions of a policy: what every diff output (text, md, html, json, pdf board pack)
// renders. Plain data, JSON-serialisable as it is (documented in docs/diff.md).
import type { AdoptedPerGit, ChangedPerGit } from '../procedure/adoption-git.js';
import type { ClauseRef, WordOp } from '../match/types.js';

export type { ClauseRef, WordOp };

/** The kinds of change between two versions: the one list (counts, label files and reports are keyed by it). */
export const CHANGE_KINDS = [
  'added',
  'removed',
  'modified',
  'moved',
  'renumbered',
  'id-renamed',
  'split',
  'merged',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The order a revision's summary counts kinds in (board pack, Word): clauses that were only renumbered apart. */
export const SUMMARY_KIND_ORDER: readonly ChangeKind[] = [
  'added',
  'removed',
  'modified',
  'moved',
  'split',
  'merged',
  'id-renamed',
];

export type Significance = 'editorial' | 'substantive';

/** What a reason is about, for the reasons the lexicon of the policy's language gives. */
export const REASON_CATEGORIES = [
  'number',
  'date',
  'time',
  'amount',
  'phone',
  'age',
  'negation',
  'obligation',
  'permission',
  'role',
  'duration',
] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/** Reasons that are not about one category of words. */
export const OTHER_REASON_CODES = [
  'clause-added',
  'clause-removed',
  'item-added',
  'item-removed',
  'list-size-changed',
  'clause-rewritten',
  'clause-split',
  'clauses-merged',
  'text-added',
  'text-removed',
  'wording-changed',
  'meaning-reversed',
  'link-target-changed',
  'citation-followed',
  'heading-added',
  'heading-removed',
  'more-changes',
] as const;

/**
 * `<category>-added` / `-removed` (params.words: the words as written) and `<category>-changed` (params.from,
 * params.to); text-added / text-removed (params.text); wording-changed (params.from, params.to); clause-split and
 * clauses-merged (params.count: parts); meaning-reversed (params.from, params.to: a word and its opposite by a
 * prefix, veilig → onveilig); link-target-changed (params.text: the link's words, params.from, params.to: its old and new
 * address); citation-followed (params.from, params.to: a cited article's old and new number, a note beside the
 * text, never a reason: followed-citations.ts); heading-added, heading-removed (a section heading came or went); more-changes (params.count: reasons left
 * out).
 */
export type ReasonCode = `${ReasonCategory}-${'added' | 'removed' | 'changed'}` | (typeof OTHER_REASON_CODES)[number];

/**
 * Why a change is substantive, as data: worded only when rendered, in the output's language, from the label file's
 * `reasonTexts` (src/wording/reasons.ts). Params are quoted policy text or counts, never wording of clausemark's.
 */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

/** A link whose words stayed and whose address changed. */
export interface LinkTargetChange {
  /** The link's words, as a reader sees them. */
  text: string;
  from: string;
  to: string;
  /** Only the address's form changed (http → https, "www.", a trailing slash): editorial. */
  formOnly?: true;
}

export interface ClauseChange {
  /** Every kind that applies: a clause can be moved and modified, id-renamed and modified … Never empty. */
  kinds: ChangeKind[];
  significance: Significance;
  /**
   * Why it is substantive ({code: 'obligation-changed', params: {from: 'mag', to: 'moet'}}, {code: 'clause-added'});
   * [] if editorial. Renderers word them with wordReason (src/wording/reasons.ts).
   */
  reasons: Reason[];
  /** The clause in the old version (absent for added). For merged: the first of the old clauses. */
  old?: ClauseRef;
  /** The clause in the new version (absent for removed). For split: the first of the new clauses. */
  new?: ClauseRef;
  /** For split: all new clauses; for merged: all old clauses. */
  parts?: ClauseRef[];
  /** Word-level redline old → new (modified, split, merged); absent when the text is unchanged. */
  words?: WordOp[];
  /** The text was rewritten beyond recognition, or the word diff gave up: show old and new whole. */
  rewritten?: boolean;
  /** Only invisible characters changed (a zero-width space, a no-break space for a space): editorial. */
  invisibleOnly?: boolean;
  /** Links of the same words that lead elsewhere in the new version (link-targets.ts), in its reading order. */
  linkTargets?: LinkTargetChange[];
  /**
   * Citations that follow a renumbering ("artikel 12" → "artikel 13" where Artikel 12 is now Artikel 13:
   * followed-citations.ts), `from` the article's old number, `to` its new one: they give no reason of their own.
   */
  citations?: { from: string; to: string }[];
  /** Similarity of old and new text, 0..1 (1 for identical). */
  similarity: number;
  /**
   * The change is to a section heading (src/diff/headings.ts): old and new are the heading, with its section's id,
   * the number shown with it, its words as `text` and the headings above it as `sectionPath`.
   */
  heading?: true;
}

export interface MetaChange {
  field: string;
  old?: unknown;
  new?: unknown;
  /** e.g. "approval added: 2024-07-01 J. de Vries (vaststelling)". */
  description: string;
}

export interface DocumentRef {
  path: string;
  /** Git revision or "working copy", when the version came from git. */
  revision?: string;
  title: string;
  organisation: string;
  version: string;
  /** The effective status (src/model/adoption.ts): the frontmatter's, or `outdated` for an approved text edited since. */
  status: string;
  /**
   * Adopted by a row without a hash: the text it adopted is not recorded. The fields below say what git shows of it;
   * none of them, where git shows nothing (no commit holds the adoption row, or the file is not in git): said beside
   * the status as the cover says it ("tekst niet vastgelegd bij de vaststelling (geen hash) …"). Set by the diff job.
   */
  textUnrecorded?: true;
  /**
   * Adopted without a hash, where git shows these words differ from those of the commit that wrote the adoption down
   * (src/procedure/adoption-git.ts; the commit as printed): said beside the status. Set by the job that read git.
   */
  changedPerGit?: ChangedPerGit;
  /**
   * Adopted without a hash, where git shows these are the words of the commit that wrote the adoption down (the
   * commit as printed, the adoption's day): said beside the status, as the adopted text. Set by the job that read git.
   */
  adoptedPerGit?: AdoptedPerGit;
  /**
   * Adopted without a hash, where the first commit holding the adoption row is where a shallow clone's history is
   * cut: git cannot tell whether these are the words adopted, and the status says why. Set by the job that read git.
   */
  historyShallow?: true;
  /**
   * Adopted without a hash, where the first commit holding the adoption row (as printed) added the file and git does
   * not follow its history before (a move it cannot connect): git cannot tell, and the status says why.
   */
  historyNotFollowed?: string;
}

/**
 * Per kind, and the headline: total = substantive + editorial, without the entries that were only renumbered
 * (`renumbered` counts those; the outputs show them as one line).
 */
export type ChangeCounts = Record<ChangeKind, number> & { substantive: number; editorial: number; total: number };

export interface PolicyDiff {
  /** The new version's language (BCP-47): the outputs' language (the reasons' lexicon: judging-language.ts). */
  lang: string;
  old: DocumentRef;
  new: DocumentRef;
  summary: ChangeCounts;
  /** In reading order of the new version; removed clauses stand where they stood in the old one. */
  changes: ClauseChange[];
  meta: MetaChange[];
}
