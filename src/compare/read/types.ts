// The result of aligning the clauses of several organisations' policies into provisions: what `compare` and its
// renderers read. Plain data, JSON-serialisable as it is; the shape is fixed (documented in docs/compare.md), the
// fields marked "extra" may be ignored by consumers.
import type { WordOp } from '../../match/types.js';
import type { Citation } from '../../model/printed-number.js';
import type { MessageParams } from '../../model/diagnostics.js';
import type { AbsenceConfirmation, Confirmation, ProvisionAbsence, TopicVerdict } from './confirmations.js';
import type { LegalBasis, TopicDefinition } from './topic-list.js';
import type { PerLanguage } from '../../text/per-language.js';

/**
 * How a text relates to the text it is compared with:
 *   identical  the same words once case, accents, punctuation, numbering and organisation names are set aside;
 *   reworded   recognisably the same text, edited (word similarity ≥ REWORDED_MIN);
 *   different  the same provision in substantially other words.
 */
export type TextStatus = 'identical' | 'reworded' | 'different';

/**
 * A member's status: how its text relates to the reference member, or what it is when there is nothing to compare
 * it with. A reference's own member is never "identical" (it is the yardstick), nor is a provision one organisation
 * alone states:
 *   reference  a member of the reference document, in a provision two organisations or more state;
 *   only       a member of the one organisation that states the provision.
 */
export type MemberStatus = TextStatus | 'reference' | 'only';

export interface AlignedDocument {
  /**
   * The `org` key of the policy, else its organisation, else its file name; when two documents would share one,
   * told apart by what differs (version, file name, folder: src/compare/read/keys.ts).
   */
  key: string;
  /** Extra: the readable name headers show (the organisation's, with what tells it apart when two share it). */
  name: string;
  path: string;
  title: string;
  organisation: string;
  version: string;
  /**
   * Extra: clause ID → how a reader cites it, in parts (read/clause-citations.ts), by which every format names a
   * clause to its reader in the comparison's language ("Artikel 2, onder f", "Article 2, point f"). Clauses that
   * have no number are left out. The JSON gives it in words.
   */
  citations?: Record<string, Citation>;
}

export interface Member {
  id: string;
  text: string;
  status: MemberStatus;
  /** Extra: word similarity (0..1) of this document's member to the reference member (1 for the reference). */
  similarity: number;
  /** Extra: 1-based line of the clause in its file. */
  line: number;
  /**
   * Extra: word redline from the reference member to this one; for reworded members, and for a member that rewords
   * the reference but adds a rule (`adds`).
   */
  words?: WordOp[];
  /**
   * Extra: the words by which a member that rewords the reference adds an obligation, a prohibition, a party or a part
   * of a rule (additions.ts): its status is then `different`, never `reworded`, and every format names the addition.
   */
  adds?: string;
  /** Extra: a person confirmed this clause belongs here (alignments.yaml, `clausemark confirm`). */
  confirmed?: boolean;
  /**
   * Extra: only part of the clause states this provision (units.ts): some of its sentences, or one row of its table.
   * `text` then holds that part alone; the whole clause is a member of another provision or of none.
   */
  part?: MemberPart;
  /**
   * Extra: when this member and the reference member are both tables, their rows compared (table-rows.ts); present
   * only when some row is not identical.
   */
  rows?: RowComparison[];
}

/** One row of a member's table against the reference's: `row` and `reference` are 1-based row numbers. */
export interface RowComparison {
  /** The member's row; absent for a reference row the member lacks. */
  row?: number;
  /** The reference's row it was paired with; absent for a row only the member has. */
  reference?: number;
  status: TextStatus | 'added' | 'missing';
}

/** Part of a clause: sentences `from`..`to` (1-based) of its `of` sentences, or row `row` of its `of` table rows. */
export type MemberPart =
  | { kind: 'sentence'; from: number; to: number; of: number }
  | { kind: 'row'; row: number; of: number };

export interface Provision {
  /** A short readable label: the first words of the reference member. */
  label: string;
  /**
   * Document key → the clauses of that document that state this provision: one, or two consecutive clauses when
   * the document split it. A document without the provision is absent.
   */
  members: Record<string, Member[]>;
  /** Extra: the document the statuses are relative to (the base when it has the provision). */
  reference: string;
  /** Extra: keys of the documents without this provision, in document order. */
  absent: string[];
  /**
   * Extra: absent document key → its clause that comes closest (a "possible match", below the score at which the
   * aligner joins by itself; suggestions.ts). Only for absent documents, and only when one clears the floor.
   */
  suggestions?: Record<string, Suggestion>;
  /**
   * Extra: absent document key → what the tool does know there (provision-evidence.ts): the topics of this provision
   * that document covers elsewhere, its closest clause below the possible-match floor, a person's confirmed absence.
   * A cell with topics or a lead reads "not matched", never "not found": the document may well state the rule.
   */
  notFound?: Record<string, ProvisionNotFound>;
}

/** What stands in an absent document's cell of a provision besides a possible match. */
export interface ProvisionNotFound {
  /** Topics (of the topic list) a member of the provision covers and the document covers too, with its clauses. */
  topics?: { id: string; name: string; names?: PerLanguage; clauses: string[] }[];
  /** Its clause that scores best against the provision's members, below the possible-match floor. */
  lead?: Suggestion;
  /**
   * Its clauses that may state the provision, best first (at most CELL_CANDIDATES, provision-evidence.ts): those on a
   * topic of the provision and those that clear the weak lead's bar, by pair score. The review queue asks about the
   * first, so that a pair the aligner missed reaches a person.
   */
  candidates?: Suggestion[];
  /** As for a topic (TopicNotFound.absent): confirmed by a person on the text as it is now, or stale. */
  absent?: 'confirmed' | 'stale';
}

/** A clause that may state a provision its document is listed as lacking: where a reader should look. */
export interface Suggestion {
  id: string;
  text: string;
  line: number;
  /** The pair score (0..1) against the provision's closest member. */
  score: number;
  /** Content words the two share (at most six), as evidence a reader can check at a glance. */
  shared: string[];
}

export interface Alignment {
  documents: AlignedDocument[];
  provisions: Provision[];
  /**
   * Document similarity, symmetric, 1 on the diagonal: 2·Σ(similarity of the two members) over the provisions both
   * have, divided by the number of provisions of the one plus that of the other.
   */
  similarity: Record<string, Record<string, number>>;
  /** Extra: the key of the base document. */
  base: string;
  /** Extra: per document key, the provisions it lacks that others state (missing.ts). */
  missing?: Record<string, MissingProvision[]>;
  /** Extra: what the alignments file (`clausemark confirm`) did to this comparison; absent when it had no entries. */
  confirmations?: ConfirmationReport;
  /** Extra: coverage by topic (topics.ts), when the kind of policy has a topic list; in the list's order. */
  topics?: TopicCoverage[];
  /** The topics were induced from section headings (no topic list for the kind): the list, as --write-topics writes it. */
  topicsInduced?: TopicDefinition[];
  /** The topic list is the one of the kind the documents' titles name (their frontmatter names none): that kind. */
  kindFromTitles?: string;
  /** Extra: what the law asks of each organisation (law-view.ts), where a topic names a law. */
  law?: LawView;
  /**
   * Extra: files of the folders compared that could not be read as a policy (src/jobs/compare-read.ts), in the order
   * found. They are no column of the comparison: absent from it, not empty.
   */
  leftOut?: LeftOutDocument[];
}

/** A file left out of a comparison: which, where reading it stopped, why and how to fix it. */
export interface LeftOutDocument {
  /** The file, as the folder's path and its name make it. */
  path: string;
  /** `file:line:col` of the problem (the file itself, or a file it depends on, such as its procedure). */
  at: string;
  /** The entries of templates/messages that say why and how to fix it, so each format words them in its language. */
  messageId?: string;
  fixId?: string;
  params?: MessageParams;
  /** The words of the run's language, for a problem worded without entries. */
  message: string;
  fix?: string;
  /** The line the formats show of it, in the comparison's language (set in the JSON). */
  text?: string;
}

/**
 * What the law asks of each compared organisation: per requirement (one law entry of a topic, each named part of an
 * article its own), whether it binds the organisation and, where it may, whether a clause states it.
 */
export interface LawView {
  /** Per law cited, the date of the consolidated text read (from its `checked:` address), or none where unverified. */
  asOf: { law: string; date?: string }[];
  /** In the JSON written (src/render/compare/json.ts) only: the as-of dates as the pages word them. */
  asOfText?: string;
  /** Per document key, in the comparison's order. */
  groups: { key: string; rows: LawRow[] }[];
}

export interface LawRow {
  topic: string;
  /** The topic's name (its Dutch, where the list gives one per language); `names` per language, where given. */
  name: string;
  names?: PerLanguage;
  law: string;
  article: string;
  /** The law's words, in Dutch as the law has them; `gist` a hand-written gist in another language, where given. */
  words: string;
  gist?: PerLanguage;
  checked?: string;
  unverified?: string;
  /**
   * binds: it binds the organisation; if-applicable: it does if the answer to `question` is yes (the organisation
   * has not said); not-applicable: it does not (`who` says whom it binds, or the organisation answered no);
   * schools-only: school law (it names sectors), and the organisation has not said it is a school: no finding.
   */
  applies: 'binds' | 'if-applicable' | 'not-applicable' | 'schools-only';
  /** Whom it binds, where only some: one text, or one per language (the topic list's `binds.who`). */
  who?: PerLanguage;
  /** The question a person answers once (the condition's, or whether the organisation is `who`): one text or per language. */
  question?: PerLanguage;
  /**
   * met: a clause on the topic states what the requirement asks (its `meets`); unmet: the topic is covered but no
   * covering clause states it (`needs` says what it lacks); topic: the topic is not covered (its cell says the rest);
   * direct: no clause states it and none need, the law applying directly (`direct`). Absent for a requirement that
   * does not apply, or applies only to schools.
   */
  finding?: 'met' | 'unmet' | 'topic' | 'direct';
  /**
   * Where the law applies the requirement directly, whatever the policy says (the topic list's `appliesDirectly`),
   * the list's note on it (one text, or one per language): the policy need not repeat it.
   */
  direct?: PerLanguage;
  /** The covering clauses that state it (met) or that cover the topic without it (unmet). */
  clauses?: string[];
  /** What a covering clause lacks (unmet): one text, or one per language. */
  needs?: PerLanguage;
  /**
   * Unmet only: the clauses that hold what the requirement asks only where they negate it ("niet aangesloten bij een
   * klachtencommissie"): they seem to say the opposite (src/compare/topics/negation.ts).
   */
  opposite?: string[];
  /** In the JSON written (src/render/compare/json.ts) only: the cell as the pages word it. */
  text?: string;
}

/** Per topic of the list, document key → every clause that covers it, also those its cell does not name (topics.ts). */
export type TopicReach = readonly Readonly<Record<string, readonly TopicClause[]>>[];

/** The topic list's coverage and, topic by topic, its reach (topics.ts coverTopics). */
export interface CoveredTopics {
  coverage: TopicCoverage[];
  reach: TopicReach;
}

/** One topic of the topic list and, per document, the clauses that cover it (topics.ts). */
export interface TopicCoverage {
  id: string;
  /** The name evidence reads (its Dutch, where the list gives one per language); `names` per language, where given. */
  name: string;
  names?: PerLanguage;
  /** The description in Dutch; `descriptions` per language, where the list gives them (the pages say the view's). */
  description: string;
  descriptions?: PerLanguage;
  /** Document key → its clauses that cover the topic, in reading order; a document without any is in notFound. */
  clauses: Record<string, TopicClause[]>;
  /** Document key → where the tool looked and what came closest; "not found", never a claim of absence. */
  notFound: Record<string, TopicNotFound>;
  /** Indices into `provisions` of the provisions a covering clause is a member of: shown beneath the topic. */
  provisions: number[];
  /** What the law requires of this kind of policy on the topic (the topic list's `law:`), when it does. */
  law?: LegalBasis[];
}

export interface TopicClause {
  id: string;
  line: number;
  /** The signals of the topic the clause holds (evidence a reader can check). */
  signals: string[];
  /**
   * How sure the assignment is (0..1, topic-signals.ts assignmentScore): 0.5 for one signal of one word (the
   * threshold), more for longer or more signals; 1 where a person confirmed it. Below TOPIC_THRESHOLD + TOPIC_MARGIN
   * and not confirmed, the review queue asks about it.
   */
  score: number;
  /** The title above the clause that is about the topic, where that is the evidence (topic-scores.ts). */
  title?: string;
  /** The topic's words (as keys) a sentence of the clause holds, where that is the evidence. */
  words?: string[];
  /** A list item named because it ends this lead-in's sentence, which states the topic (named-clauses.ts withItems). */
  leadIn?: string;
  /** A person confirmed the clause covers the topic (`confirm --topic`), on its text as it is. */
  confirmed?: true;
  /** A person answered on this clause and topic, but its text changed since: the signals decide again. */
  stale?: true;

  /** Present when only some sentences cover the topic: their 1-based numbers, of `of` sentences. */
  sentences?: number[];
  of?: number;
  /** Those sentences' text (only with `sentences`). */
  text?: string;
}

export interface TopicNotFound {
  /** How many clauses of the document were read for the topic's signals (all of them). */
  looked: number;
  /** The clauses with some evidence for the topic, below the threshold, best first. */
  candidates: TopicCandidate[];
  /**
   * The best candidate that states no other topic outright reaches the floor (CANDIDATE_FLOOR): the tool is unsure,
   * and the cell says "possibly" with that clause instead of "not found"; a person settles it ("this clause covers
   * it", or not).
   */
  possible?: true;
  /**
   * confirmed: a person confirmed the organisation has no rule on the topic (`clausemark confirm --absent`), on its
   * text as it is now: only then does a format say "absent". stale: a person did, but a text of the organisation
   * changed since; it reads "not found" again, saying the confirmation is out of date.
   */
  absent?: 'confirmed' | 'stale';
}

export interface TopicCandidate {
  id: string;
  line: number;
  text: string;
  /** The evidence it has: signals, the title, or the topic's words (as keys) it holds. */
  shared: string[];
  /** How near a miss it is (0..TOPIC_THRESHOLD); from CANDIDATE_FLOOR up the tool is unsure (topic-scores.ts). */
  score: number;
  /**
   * The id of another topic the clause states outright (a signal of it in its text): such a candidate is listed after
   * the others and alone does not make the cell unsure.
   */
  statesTopic?: string;
  /**
   * A definition that shares only single words with the topic (src/compare/topics/definitions.ts): listed after the
   * others, and alone it does not make the cell unsure.
   */
  definition?: true;
  /**
   * A clause that hands the topic to later rules (src/compare/topics/delegating-clauses.ts: a signal of the topic in a
   * sentence that makes or gives "nadere regels"): it rules nothing on the topic, so it is listed last, at score 0,
   * and does not make the cell unsure.
   */
  delegated?: true;
}

/** A provision a document lacks: stated by at least two other documents (in a comparison of two: by the other). */
export interface MissingProvision {
  /** 0-based index into `provisions`. */
  provision: number;
  label: string;
  /** Keys of the documents that state it, in document order. */
  at: string[];
}

/** An entry of the alignments file that was not applied, and why. */
export interface SkippedConfirmation {
  verdict: 'same' | 'different';
  /** The two clauses as ORG:CLAUSE-ID. */
  pair: [string, string];
  /** clause-gone: no clause with that id now; text-changed: edited since it was judged (stale); words-only: the
   * words are as judged, but a clause now shows footnotes, link targets or a table its recorded hash did not cover
   * (stale: confirm again; confirmations.ts); conflicts: it would put two clauses of one document in one provision,
   * or join what a rejection keeps apart. */
  reason: 'clause-gone' | 'text-changed' | 'words-only' | 'conflicts';
}

export interface ConfirmationReport {
  /** Confirmed pairs joined, and rejected pairs kept apart, in this comparison. */
  confirmed: number;
  rejected: number;
  skipped: SkippedConfirmation[];
}

export interface AlignOptions {
  /** The `org` key of the base document (default: the first policy). */
  base?: string;
  /** Compute word redlines of reworded members against their reference (default true). */
  redlines?: boolean;
  /** Pairings a person confirmed or rejected (read with readConfirmations); they outrank every computed link. */
  confirmations?: readonly Confirmation[];
  /**
   * The topic list of the kind of policy compared (topic-list.ts), or 'induce' to induce topics from the documents'
   * section headings (induced-topics.ts) where the kind has no list; the alignment then has `topics`.
   */
  topics?: readonly TopicDefinition[] | 'induce';
  /**
   * With `topics: 'induce'`: the parts almost every policy has (read/role-list.ts rolesFor), added to the induced
   * topics where two organisations or more state them (topics/shared-roles.ts).
   */
  roles?: readonly TopicDefinition[];
  /** Absences a person confirmed (readAbsences); applied to the topics' not-found cells. */
  absences?: readonly AbsenceConfirmation[];
  /** A person's answers on whether a clause covers a topic (readTopicVerdicts); applied to the topics. */
  topicVerdicts?: readonly TopicVerdict[];
  /** Provisions a person confirmed an organisation lacks (readProvisionAbsences); applied to provision cells. */
  provisionAbsences?: readonly ProvisionAbsence[];
  /** The kind the documents' titles name (comparisonKind), when `topics` is that kind's list: said in every format. */
  kindFromTitles?: string;
}
