// What the board-pack renderer is given: the diff, the new version (its approvals), the brand and every word around
// the changes already in the policy's language. Resolved beforehand (src/report/documents/boardpack.ts), so rendering is a
// pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { PolicyDiff } from '../../diff/types.js';
import type { Policy } from '../../model/policy.js';
import type { BoardPackTexts } from '../shared/boardpack-texts.js';
import type { WordNotes } from '../../import/result.js';

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
  /** A returned Word document's proposals and comments by clause (diff SOURCE.md RETURNED.docx), when it has any. */
  word?: WordNotes;
  /** The new version: title, organisation and approval trail. */
  policy: Policy;
  /**
   * What the signing page shows (src/report/documents/boardpack-signing.ts): the new version with only the approvals
   * given for it, and the line naming those its file lists for another text. Without it, `policy` as it is.
   */
  signing?: { policy: Policy; note: string };
  brand: Brand;
  texts: BoardPackTexts;
  options: BoardPackOptions;
}
