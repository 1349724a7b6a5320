// Every word of a revision's summary around the changes, already in the policy's language: the board pack (PDF)
// says them, and so does the summary at the head of the Word revision with tracked changes, so both read alike.
// Resolved beforehand (src/report/documents/boardpack.ts).
import type { ChangeKind, MetaChange, Reason } from '../../diff/types.js';
import type { PdfTexts } from './document-texts.js';
import type { Phrases } from './phrases.js';

export interface BoardPackTexts {
  /** BCP-47 language of the pack (the new version's). */
  lang: string;
  /** Document title in the PDF metadata: "Protocol sociale media — wijzigingen 1.0 → 2.0". */
  documentTitle: string;
  /** Running header on every page. */
  header: string;
  /** "Versie 2.0 vergeleken met versie 1.0". */
  comparedTo: string;
  /**
   * Of the version compared with, where its adoption records no hash: what git shows, "Versie 1.0: vastgestelde tekst
   * volgens git (commit …)" or that it changed since, else "Versie 1.0: tekst niet vastgelegd bij de vaststelling …"
   * (src/wording/adoption-note.ts); absent otherwise.
   */
  oldAdoptionNote?: string;
  /** "12 wijzigingen: 4 inhoudelijk, 8 redactioneel", "1 wijziging: …", or that nothing (but the details) changed. */
  summary: string;
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  kinds: Record<ChangeKind, string>;
  changes: string;
  substantive: string;
  editorial: string;
  rewritten: string;
  /** Note on a change in invisible characters only. */
  invisibleOnly: string;
  oldText: string;
  newText: string;
  noChanges: string;
  reasons: string;
  clause: string;
  section: string;
  version: string;
  approvalBlock: string;
  /** A returned Word document's proposals and comments: the heading, and a proposal's and a comment's line. */
  wordNotes: string;
  proposedBy(who: string, date: string, before: string, after: string): string;
  commentBy(who: string, date: string, text: string): string;
  /** Step written in the rows the board signs ("vaststelling"). */
  decisionStep: string;
  /** Approval table heading and columns, as in the policy PDF. */
  approvals: string;
  columns: PdfTexts['columns'];
  pendingApproval: string;
  lawAsOf: PdfTexts['lawAsOf'];
  /**
   * A metadata change as its label and value, worded as the text reports word it (src/render/diff/report.ts):
   * "Niveau (bestuur of school)" and "bestuur → school"; "Instemming" and "toegevoegd: 3 februari 2026, …".
   */
  meta(change: MetaChange): { label: string; value: string };
  /** A reason from the diff engine, worded in the pack's language by wordReason (src/wording/reasons.ts). */
  reason(reason: Reason): string;
  /** The diff reports' other words (the label file's `phrases`): the line for renumbered clauses. */
  phrases: Phrases;
}
