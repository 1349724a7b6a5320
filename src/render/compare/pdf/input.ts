// What the comparison PDF is given: the alignment, the brand and every word around the policies' own text already
// in the documents' language. Resolved beforehand (prepare.ts), so rendering is a pure function of this input.
import type { Alignment, MemberPart, Provision, RowComparison } from '../../../compare/read/types.js';
import type { Brand } from '../../../brand/types.js';

/** What a cell of the provision matrix says about one document: a member's status, or why there is none. */
/** possible: absent, but a clause of the document may state it (a suggestion of the aligner, never a claim). */
export type { CellKind } from '../../shared/compare/cell-kind.js';
import type { CellKind } from '../../shared/compare/cell-kind.js';
import type { RequirementGroup, TopicRow } from '../../shared/compare/topics.js';

export interface ComparePdfTexts {
  /** BCP-47 language of the report (the base document's). */
  lang: string;
  /** "Vergelijking van beleid". */
  title: string;
  /** What was compared: the documents' title(s), "Protocol social media". */
  subject: string;
  /** The report's date, written out: "21 september 2021". */
  date: string;
  /** "5 documenten, 144 bepalingen, waarvan 3 in alle documenten". */
  summary: string;
  /** Running header on every page. */
  header: string;
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  documents: string;
  organisation: string;
  version: string;
  file: string;
  /** Column head for the documents' titles. */
  documentTitle: string;
  dateLabel: string;
  base: string;
  provisions: string;
  provision: string;
  sideBySide: string;
  own: string;
  legend: string;
  continued: string;
  absentIn: string;
  inserted: string;
  deleted: string;
  /** "Wat elke organisatie mist", the note saying what counts, a heading per document, "bij 3 van de 4 andere". */
  missing: string;
  missingNote: string;
  missingAt(name: string, count: number): string;
  missingHeld(held: number, others: number): string;
  missingNone: string;
  /**
   * Coverage by topic (src/render/shared/compare/topics.ts): the heading, its note, "Bepalingen bij dit onderwerp",
   * rows.
   */
  topics: string;
  topicsNote: string;
  topicProvisions: string;
  topicRows: TopicRow[];
  /** What the law asks (src/render/shared/compare/topics.ts requirementGroups): heading, note with the law texts' dates, rows. */
  law: string;
  lawNote: string;
  lawGroups: RequirementGroup[];
  /** The word in a matrix cell, per kind: "gelijk", "anders verwoord", "referentie" … */
  cells: Record<CellKind, string>;
  /** A member that rewords the reference but adds a rule: "anders: voegt toe “…”" (src/compare/provisions/additions.ts). */
  adds: (words: string) => string;
  /** What an empty cell points at ("over dit onderwerp (…): a.b"; src/render/shared/compare/cell-kind.ts), or ''. */
  evidence(provision: Provision, key: string): string;
  /** An empty cell's word and evidence ("niet gekoppeld: over dit onderwerp (…): a.b"), for the lists of what each lacks. */
  emptyCell(provision: Provision, key: string): string;
  /** What "not matched", "not found" and "absent" mean, under the matrix's key. */
  unmatchedNote: string;
  /** How a clause of document `key` is named: as a reader cites it (src/render/shared/compare/clause-name.ts). */
  clause(key: string, id: string): string;
  /** Which part of its clause a member is: "zin 3", "zinnen 2–3", "rij 4" (src/render/shared/compare/parts.ts). */
  part(part: MemberPart): string;
  /** How a table's rows compare with the reference's: "rij 2: afwijkend; rij 4: alleen hier". */
  rows(rows: readonly RowComparison[]): string;
  /** Files of the folders compared that could not be read as a policy: heading, note, a line per file; or none. */
  leftOut: { title: string; note: string; lines: string[] } | undefined;
}

export interface ComparePdfOptions {
  /** CreationDate/ModDate: the documents' latest date or SOURCE_DATE_EPOCH, never the clock. */
  creationDate: Date;
  /** Tool name and version for the Producer/Creator fields. */
  producer: string;
  /** Seed of the PDF's document ID: a hash over every compared source. */
  sourceHash: string;
}

export interface ComparePdfInput {
  alignment: Alignment;
  brand: Brand;
  texts: ComparePdfTexts;
  options: ComparePdfOptions;
}
