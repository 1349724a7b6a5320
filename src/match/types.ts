// What the version diff (src/diff) and the cross-organisation comparison (src/compare) share about matched texts:
// the clause as it stood in one version, the word operations of a redline, and how the parts of a split or merged clause are joined into one text.

/** One word-level step of a redline: kept, inserted or deleted text. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Joins the parts of a split or merged clause into one text, so redlines and renderers can tell them apart. */
export const PART_SEPARATOR = '\n\n';

/** One clause as it stood in one version. */
export interface ClauseRef {
  id: string;
  /** Whether the id was synthesised by the parser (plain Markdown): then it is not shown as the author's id. */
  synthetic: boolean;
  /** Full display number, e.g. "2.1.3.b" ('' for unnumbered paragraphs). */
  number: string;
  /**
   * How a table's article column cites it ("Artikel 3.1, lid 5"), where the caller worded it (the board pack and the
   * revision: src/report/documents/printed-diff.ts); else the column shows `number`.
   */
  cited?: string;
  /** Titles of the sections it sits in, outermost first. */
  sectionPath: string[];
  /** The section's id, to tell a move between sections from a reorder within one. */
  sectionId: string;
  text: string;
  /** 1-based line in its file, for people who open the source. */
  line: number;
}
