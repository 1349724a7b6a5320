// The one Policy model shared by every stage: parse builds it, check/format/compare read it, renderers draw it.
// It imports nothing of ours and nothing heavier than mdast types, so any stage can depend on it.
import type { BlockContent, FootnoteDefinition, PhrasingContent, Root } from 'mdast';

export type PolicyStatus = 'draft' | 'proposed' | 'approved' | 'retired';
export const POLICY_STATUSES: readonly PolicyStatus[] = ['draft', 'proposed', 'approved', 'retired'];

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** The procedure's fields of an approval row (docs/procedure.md): the one list, which the parser reads and check holds. */
export const APPROVAL_PROCEDURE_FIELDS = ['body', 'part', 'outcome', 'asked', 'minutes', 'reasons', 'dispute'] as const;

/** Every field of an approval row, in the order a change to one names them. */
export const APPROVAL_FIELDS = ['date', 'name', 'role', 'step', ...APPROVAL_PROCEDURE_FIELDS, 'hash'] as const;
export type ApprovalField = (typeof APPROVAL_FIELDS)[number];

export interface Approval {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  name: string;
  role: string;
  /** Procedure step, e.g. advies, instemming, vaststelling. */
  step?: string;
  /** SHA-256 of the clause text that was approved (written by `clausemark approve`). */
  hash?: string;
  /** The procedure's fields (docs/procedure.md): who took the step, which part, its outcome, when asked, minutes. */
  body?: string;
  part?: string;
  outcome?: string;
  asked?: string;
  minutes?: string;
  /** On an adoption: the board's reasons for deviating from a negative advice. */
  reasons?: string;
  /** On a refused consent: the outcome of the dispute. */
  dispute?: string;
}

import type { LabelParts, PolicyNumbering } from './numbering.js';
import type { TypedNumber } from './typed-number.js';

export type LangSource = 'frontmatter' | 'detected' | 'default';
/**
 * Where `title` came from: the frontmatter (`title`, or another tool's name for it such as comply's `name`), the
 * document's H1, or the file's name when the document has neither (then it is no title of the document's own).
 */
export type TitleSource = 'frontmatter' | 'heading' | 'file';

export interface PolicyMeta {
  id: string;
  title: string;
  organisation: string;
  /** Short organisation key: frontmatter `org`, else the folder name under policies/. */
  org: string;
  version: string;
  status: PolicyStatus;
  /** BCP-47 language tag: picks the labels, the hyphenation and the diff's lexicon. */
  lang: string;
  /** Where `lang` came from: the frontmatter, detected from the text, or the default (nl) for too little text. */
  langSource: LangSource;
  titleSource: TitleSource;
  effective?: string;
  supersedes?: string;
  derivedFrom?: string;
  brand?: string;
  approvals: Approval[];
  sources: string[];
  editor?: string;
  /** The source's own labels for sections, clauses and items (frontmatter `numbering`, model/numbering.ts). */
  numbering?: PolicyNumbering;
  /** Clause id → reason a template clause was changed. */
  rationale: Record<string, string>;
  /** Frontmatter fields clausemark does not know, kept verbatim. */
  extra: Record<string, unknown>;
  /** Which of the fields above were not written by the author but inferred (title from heading, id from file…). */
  inferred: string[];
}

export type ClauseKind = 'paragraph' | 'item' | 'block';
export type ListStyle = 'ordered' | 'bullet';

export interface Clause {
  id: string;
  /** True when the source carried no `{#id}` and the parser made one up from structure and position. */
  synthetic: boolean;
  kind: ClauseKind;
  /** For list items: the kind of list it sits in. */
  list?: ListStyle;
  /** Nesting depth among clauses: 0 for top-level clauses of a section, 1 for sub-clauses … */
  depth: number;
  /** 1-based ordinal within its list (honours an ordered list's start number); 0 for paragraphs. */
  ordinal: number;
  /** Display label from the house style: "3", "b", "ii", "•" or "" for paragraphs. */
  label: string;
  /** Full display number, e.g. "2.1 §3.b": section number plus the labels on the path. */
  number: string;
  /** A label from the policy's own numbering split around the clause's own number, for Word to count it. */
  labelParts?: LabelParts;
  /** True when `label` comes from the policy's own numbering ("a.", "1.2"): printed as it is, not in the house style. */
  ownLabel?: boolean;
  /** Plain text of the clause without its id marker or sub-clauses (mdast-util-to-string). */
  text: string;
  /** The clause's own blocks (paragraphs, tables …) without sub-clause lists and without the id marker. */
  content: BlockContent[];
  children: Clause[];
  position: Span;
  /** Where the `{#id}` marker stands, when there is one. */
  idPosition?: Span;
}

export interface Section {
  id: string;
  synthetic: boolean;
  /** Heading text without the id marker; "" for the preamble. */
  title: string;
  /** Heading inline content for rendering (id marker removed). */
  heading: PhrasingContent[];
  /** Heading depth in the source (2 for ##); 0 for the preamble. */
  depth: number;
  /** Computed display number "2.1"; "" for the preamble and unnumbered sections. */
  number: string;
  /** Written `{#id .unnumbered}`: shown without a number and not counted (a foreword before section 1). */
  unnumbered?: boolean;
  /**
   * The number its heading types ("Artikel 3 Termijn": "Artikel 3", numeral "3"; model/typed-number.ts), where the
   * policy names no section numbering of its own: the heading is printed as typed, without a number of the house
   * style (`number` ""), and its clauses are cited by it, `.unnumbered` or not. Its siblings that type none are
   * printed without a number too.
   */
  typed?: TypedNumber;
  clauses: Clause[];
  sections: Section[];
  position?: Span;
  idPosition?: Span;
}

export interface Policy {
  /** Path as given by the caller (used in messages). */
  path: string;
  meta: PolicyMeta;
  /** Clauses before the first section heading live in this unnamed section. */
  preamble: Section;
  sections: Section[];
  footnotes: Record<string, FootnoteDefinition>;
  /** The source text exactly as read (BOM stripped, line endings normalised to \n). */
  source: string;
  /** The mdast tree the model was built from; format works on it to stay lossless. */
  tree: Root;
  /** The frontmatter as written, when there is one (check validates it; meta is the lenient reading). */
  frontmatter?: Frontmatter;
  /**
   * The steps its procedure requires that were not taken before its adoption (src/procedure/attach.ts), when the
   * policy names a `kind`; set by whoever reads it for an output, so every output shows it as not adopted.
   */
  procedure?: ProcedureGaps;
}

export interface ProcedureGaps {
  /** Each missing step as "Instemming GMR (WMS art. 10 sub g)": right, body, part and basis. */
  missing: string[];
  /** Per approval row, the step it is in the procedure, named so; null for a row the procedure has no step for. */
  labels: (string | null)[];
  /** The steps still to take, in order, the adoption last; empty once adopted with every step taken. */
  remaining: string[];
  /** Every step of its procedure in order, the adoption last, and where it stands (the HTML report shows them). */
  steps?: ProcedureStepState[];
  /** The date of its next review, and whether that date has passed. */
  review?: { due: string; overdue: boolean };
  /**
   * Per law its steps cite, the date of the consolidated text read (from the step's `checked:` address), or none
   * where it was not read: the approval table says as of which date the law it cites stood.
   */
  lawAsOf?: { law: string; date?: string }[];
}

export interface ProcedureStepState {
  /** "Instemming GMR (WMS art. 10 sub g)". */
  label: string;
  /** done: taken before the adoption; late: taken after it; waiting: asked, not answered; refused: consent refused. */
  state: 'done' | 'late' | 'waiting' | 'refused' | 'missing';
  /** When it was decided (done, late, refused) or asked (waiting). */
  date?: string;
  /** For a waiting step: the day its term runs out, and whether it has. */
  due?: string;
  overdue?: boolean;
}

export interface Frontmatter {
  /** Plain JS values of the YAML mapping, as written. */
  data: Record<string, unknown>;
  /** Field name → where its key and value stand in the file. */
  fields: Record<string, { key: Span; value: Span }>;
  /**
   * Where values nested inside a field stand, keyed by path with 0-based list indices:
   * "approvals[0]", "approvals[0].date", "sources[1]", "rationale.up.belang".
   */
  items?: Record<string, Span>;
  /** The whole `---` block. */
  span: Span;
  /** Another tool's metadata read as frontmatter (src/parse/fence.ts); absent for clausemark's own `---` YAML. */
  format?: 'toml' | 'yaml-unfenced' | 'headers';
}
