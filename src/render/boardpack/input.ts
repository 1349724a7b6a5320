// What the board-pack renderer is given: the diff, the new version (its approvals), the brand and every word around
// the changes already in the policy's language. Resolved beforehand (src/build/boardpack.ts), so rendering is a
// pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { ChangeKind, PolicyDiff, Reason } from '../../diff/types.js';
import type { Policy } from '../../model/policy.js';
import type { Phrases } from '../shared/phrases.js';
import type { PdfTexts } from '../pdf/input.js';

export interface BoardPackTexts {
  /** BCP-47 language of the pack (the new version's). */
  lang: string;
  /** Document title in the PDF metadata: "Protocol sociale media — wijzigingen 1.0 → 2.0". */
  documentTitle: string;
  /** Running header on every page. */
  header: string;
  /** "Versie 2.0 vergeleken met versie 1.0". */
  comparedTo: string;
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
  /** Step written in the rows the board signs ("vaststelling"). */
  decisionStep: string;
  /** Approval table heading and columns, as in the policy PDF. */
  approvals: string;
  columns: PdfTexts['columns'];
  pendingApproval: string;
  /** Display name of a frontmatter field in the list of metadata changes ("effective" → "Ingangsdatum"). */
  field(name: string): string;
  /** Display name of a policy status ("proposed" → "Voorstel"). */
  status(name: string): string;
  /** A reason from the diff engine, worded in the pack's language by wordReason (src/wording/reasons.ts). */
  reason(reason: Reason): string;
  /** The diff reports' other words (the label file's `phrases`): the line for renumbered clauses. */
  phrases: Phrases;
}

export interface BoardPackOptions {
  /** CreationDate/ModDate: the new version's reproducible date, never the clock. */
  creationDate: Date;
  /** Tool name and version for the Producer/Creator fields. */
  producer: string;
  /** Seed of the PDF's document ID: a hash over both versions' sources. */
  sourceHash: string;
}

export interface BoardPackInput {
  diff: PolicyDiff;
  /** The new version: title, organisation and approval trail. */
  policy: Policy;
  brand: Brand;
  texts: BoardPackTexts;
  options: BoardPackOptions;
}
