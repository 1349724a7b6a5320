// The number each clause of a compared policy prints ("Artikel 2 f.", "1.1", "2 1."), so the comparison names a
// clause as the policy's PDF, Word document, web page and board pack do (issue 69 item 4), not by its ID. The number
// is the one model/printed-number.ts gives every output: its article's number and the labels printedLabel prints
// on the way down; no second numbering is made here.
import type { Policy } from '../../model/policy.js';
import { printedNumbers } from '../../model/printed-number.js';

/** Clause ID → the number its policy prints for it; clauses that print none (a preamble's) are left out. */
export function clauseLabels(policy: Policy): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [clause, number] of printedNumbers(policy)) if (number !== '') labels[clause.id] = number;
  return labels;
}
