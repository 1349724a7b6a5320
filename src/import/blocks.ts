// The intermediate model of `import`: every reader (text, Word, PDF) turns its format into this flat list of
// blocks, and one writer turns blocks into a clausemark policy. Keeping the readers apart from the writer means
// each format only has to answer "what is this piece of text", never "how is it written in clausemark Markdown".
import type { MessageParams, MessageRef } from '../model/diagnostics.js';
import type { PolicyNumbering } from '../model/numbering.js';

/** Where a block came from in the source document, for the import report. */
export interface SourcePlace {
  /** 1-based line in a text file, or paragraph number in a Word document, or line on a PDF page. */
  line: number;
  /** 1-based page of a PDF. */
  page?: number;
  /**
   * Text of a Word document outside its body's text: its headers and footers (no line of the body), one header or
   * one footer, a text box (at the body's paragraph it is anchored in), a text box in a footnote or endnote (in no
   * paragraph of the body: named by its note, `note`); or a value of a Markdown file's front matter; or a line a PDF
   * or a text repeats at the top or bottom of its pages, its running header or footer (a PDF's named by where it
   * stands, `edge`; a text's, which shows no place on a page, both).
   */
  part?:
    | 'header-footer'
    | 'header'
    | 'footer'
    | 'text-box'
    | 'note-text-box'
    | 'front-matter'
    | 'running'
    | 'running-header'
    | 'running-footer';
  /** Where a PDF's line repeated on its pages stands on its page: at the top (a running header) or the bottom. */
  edge?: 'top' | 'bottom';
  /** The first words of the footnote or endnote a text box stands in (part 'note-text-box'). */
  note?: string;
  /** 1-based column where a front matter's value starts. */
  column?: number;
}

/** A run of text with the formatting the source gave it. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The address the text links to. */
  link?: string;
  /** A footnote reference: the footnote's label, `text` is empty. */
  footnote?: string;
  /** Text Word shows in place of a footnote's number ("*", w:customMarkFollows): the reference's mark, no sentence's words. */
  noteMark?: boolean;
  /**
   * Where a Word content control's placeholder was left out of a sentence or a cell: no text of the source; import
   * marks the place in the text written ("[in te vullen]", readers/docx-fill-ins.ts) so no sentence reads "… is .".
   */
  placeholder?: boolean;
  /** The Word date field ("SAVEDATE") whose last shown result this is: no date of the policy (docx-date-fields.ts). */
  dateField?: string;
  /**
   * A line break typed inside the paragraph (Shift+Enter), `text` a space, as every reader of the words sees it. The
   * policy keeps it as a hard line break only in a letter's signature (letter-closings.ts keepSignatureBreaks);
   * elsewhere it is the space.
   */
  lineBreak?: boolean;
}

interface BlockBase {
  source: SourcePlace;
  /** The section's or clause's ID, where the document names it (a clausemark Word document's bookmarks). */
  id?: string;
  /** The clause a Word document's tracked changes and comments in this block are filed under (docx-revisions.ts). */
  key?: string;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1 is the document title, 2 a chapter, 3 a paragraph within it … */
  level: number;
  inlines: Inline[];
  /** The typed number ("1.1.", "Artikel 3") that became structure. */
  marker?: string;
  /** The label the source shows for it ("Artikel 3"), checked against the printed one (import/numbering-check.ts). */
  label?: string;
  /** Shown without a number among numbered sections (`{#id .unnumbered}`, a foreword). */
  unnumbered?: boolean;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  inlines: Inline[];
  /** Its left indentation where the source states one (Word, in twentieths of a point). */
  indent?: number;
  /** More text of the list item before it (a paragraph of its own in the same clause), not a clause of its own. */
  continues?: boolean;
}

export interface ItemBlock extends BlockBase {
  kind: 'item';
  /** 0 for a top-level item, 1 for a sub-item … */
  level: number;
  ordered: boolean;
  /** The typed marker ("a.", "3)", "•") that became structure. */
  marker?: string;
  /** The item's number when the source knows it (Word's numbering): a list starts at it, 1 after items restarts one. */
  number?: number;
  /** The label the source shows for it ("1.2", "b)"), checked against the printed one (import/numbering-check.ts). */
  label?: string;
  /** The list it belongs to where the source says (Word's list definition), and its left indentation (twips). */
  list?: string;
  indent?: number;
  inlines: Inline[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** Rows of cells of inlines; the first row is the header. Merged cells are repeated in every cell they cover. */
  rows: Inline[][][];
}

export interface FootnoteBlock extends BlockBase {
  kind: 'footnote';
  label: string;
  inlines: Inline[];
}

/** Text the policy does not carry: page furniture, a table of contents, a cover line that became frontmatter. */
export interface DroppedBlock extends BlockBase {
  kind: 'dropped';
  text: string;
  /** Why, as an entry of templates/messages/<lang>.yaml (import-reason.*), worded when reported. */
  reason: MessageRef;
  /** The kept text it was taken out of (a paragraph's unfilled content control), to report it there. */
  near?: string;
  /** What it says without the dates of Word's date fields, where it held one (src/import/field-dates.ts). */
  stated?: string;
}

export type Block = HeadingBlock | ParagraphBlock | ItemBlock | TableBlock | FootnoteBlock | DroppedBlock;

/**
 * An uncertain decision a reader made, reported to the user with where it stands in the source: what it says is an
 * entry of templates/messages/en.yaml (`<ruleId>.<key>`), a fix hint likewise, and their values, worded when the
 * report is printed.
 */
export interface Decision {
  ruleId: string;
  messageId: string;
  fixId: string;
  params: MessageParams;
  source: SourcePlace;
  /** Words of the block it concerns, to find it again in the written file. */
  near?: string;
  /** Words in that line of the written file it points at, at their column (a fill-in in the frontmatter's title). */
  mark?: string;
}

/** What a reader hands the writer. */
export interface ReadDocument {
  blocks: Block[];
  decisions: Decision[];
  /** The text of the source body in reading order, for the word-for-word accountability check. */
  sourceText: string;
  /**
   * The footnotes' text and labels, apart from `sourceText`, where the written policy places its footnotes where it
   * chooses (a clausemark Word document's, src/import/readers/docx-own-read.ts): accounted with the definitions.
   */
  notesText?: { text: string; labels: string[] };
  /** Where each line of `sourceText` stands in the source (a PDF's page and line), when not at that line number. */
  sourcePlaces?: SourcePlace[];
  /** The format has no title style, so a short first line is the title (plain text, PDF). Default true. */
  firstLineIsTitle?: boolean;
  /** The document carries its own clausemark Markdown (a clausemark PDF/A): import that as it is. */
  policySource?: string;
  /** The format marks its own structure (Markdown, HTML): no cover page or back cover is guessed at. */
  structured?: boolean;
  /** What the document states about itself in its own metadata (front matter, an HTML <title>). */
  meta?: StatedMeta;
  /**
   * Where the source states its title, organisation and version, of those `meta` holds (a front matter's value,
   * `<title>`).
   */
  metaPlaces?: Partial<Record<'title' | 'organisation' | 'version', SourcePlace>>;
  /** The 1-based pages that are pictures of text (a PDF's scanned page): not read, their words in no count. */
  unreadPages?: number[];
  /** The symbols no character is known for (a Word document's "Wingdings F0FF"): left out, each reported. */
  unreadSymbols?: string[];
  /** The 1-based pages that look set in two columns but might be a table: read across, in an order that may be wrong. */
  unorderedPages?: number[];
  /** The source's own article and clause labels (Word's numbering definitions), written as frontmatter `numbering`. */
  numbering?: PolicyNumbering;
  /** A Word document clausemark built: read back as the policy it was built from (src/import/own.ts). */
  own?: OwnDocument;
}

/** What a clausemark Word document says about the source it was built from (src/model/word-source.ts). */
export interface OwnDocument {
  /** The frontmatter block as written in the source (`---` lines included), from the custom properties. */
  frontmatter?: string;
  /** "sha256:<hex>" of the source the document was built from. */
  hash?: string;
  /** The source text it carries (without its HTML comments), when its custom XML part is there. */
  carried?: string;
  /** Tracked changes per clause, and comments, when the document has them (src/import/readers/docx-revisions.ts). */
  proposals: Proposal[];
  comments: WordComment[];
}

/** A tracked change in a Word document: who proposed what in which clause (a block's index or the clause's ID). */
export interface Proposal {
  /** The clause's key (its ID, or "¶N" for a paragraph new in Word, named once the policy is written). */
  clause: string;
  authors: string[];
  /** ISO dates (YYYY-MM-DD) of the changes, earliest first. */
  dates: string[];
  /** The clause's text with the change rejected and with it accepted ('' when it does not exist that way). */
  before: string;
  after: string;
  /** What the import did with it. */
  /** Taken, left, or (a --dry-run without a decision) listed only, the text read as it was sent. */
  decision: 'accept' | 'reject' | 'open';
}

/** A Word comment and the clause it stands beside. */
export interface WordComment {
  clause: string;
  author: string;
  date?: string;
  text: string;
  /** How many control or direction characters its author and text held, named in them (src/text/controls.ts). */
  named?: number;
}

/** Metadata a document states in a form of its own (front matter), before any guess from its text. */
export interface StatedMeta {
  title?: string;
  version?: string;
  effective?: string;
  organisation?: string;
  lang?: string;
}

/**
 * Why a line repeated on every page is left out: a running header or a running footer where the reader knows where it
 * stands (a PDF's line by its edge of the page, a Word document's by its part), a header or footer where it does not
 * (a text's, which shows no place on a page).
 */
export const runningReason = (edge: 'top' | 'bottom' | undefined): string =>
  edge === 'top'
    ? 'import-reason.running-header'
    : edge === 'bottom'
      ? 'import-reason.running-footer'
      : 'import-reason.running';

/** Whether a text was left out as a line repeated on every page, named a header, a footer or either. */
export const isRunningReason = (messageId: string): boolean =>
  messageId === 'import-reason.running' ||
  messageId === 'import-reason.running-header' ||
  messageId === 'import-reason.running-footer';

export const plain = (text: string): Inline[] => (text === '' ? [] : [{ text }]);

export const inlineText = (inlines: readonly Inline[]): string => inlines.map((inline) => inline.text).join('');

/** A sentence, no line of a cover or a name: it ends as one and has six words or more. */
export const isSentence = (text: string): boolean => /[.!?]$/u.test(text.trim()) && text.split(/\s+/).length >= 6;

/** `inlines` without their first `length` characters (a typed number that became structure). */
export function withoutPrefix(inlines: readonly Inline[], length: number): Inline[] {
  let rest = length;
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (rest >= inline.text.length && !inline.footnote) {
      rest -= inline.text.length;
      continue;
    }
    out.push(rest > 0 ? { ...inline, text: inline.text.slice(rest) } : inline);
    rest = 0;
  }
  const first = out[0];
  if (first) out[0] = { ...first, text: first.text.trimStart() };
  return out;
}

/** A block's text, a table's cells joined; `textOf` says a run of inlines (field-dates.ts reads one without dates). */
export function blockText(block: Block, textOf: (inlines: readonly Inline[]) => string = inlineText): string {
  switch (block.kind) {
    case 'dropped':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.map(textOf).join(' ')).join('\n');
    default:
      return textOf(block.inlines);
  }
}

/** `count` things, one or more, as a phrase of templates/messages/en.yaml (`import-count.*`): "1 comment", "2 comments". */
export function counted(count: number, [one, more]: readonly [string, string]): MessageRef {
  return { messageId: count === 1 ? one : more, params: { count } };
}
