// A version diff as the board reads it: each clause named by the number the policy's PDF, Word document and web page
// print for it ("2 1." for the first item under heading 2; model/printed-number.ts), not by the parse's joined
// ordinals ("2.1") the diff computes with (issue 69 item 4). Used by the board pack and the revision's summary.
import type { ClauseChange, ClauseRef, PolicyDiff } from '../../diff/types.js';
import type { NumberStyle } from '../../model/numbering.js';
import type { Policy } from '../../model/policy.js';
import { printedNumbers } from '../../model/printed-number.js';

/** Clause ID → printed number, for one version. */
function numbersById(policy: Policy, house: readonly NumberStyle[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const [clause, number] of printedNumbers(policy, house)) byId.set(clause.id, number);
  return byId;
}

const renamed = (ref: ClauseRef, numbers: ReadonlyMap<string, string>): ClauseRef => {
  const number = numbers.get(ref.id);
  return number === undefined || number === ref.number ? ref : { ...ref, number };
};

/**
 * `diff` with every clause reference numbered as its version prints it in the brand's list styles `house`; headings
 * and meta as they are.
 */
export function withPrintedNumbers(
  diff: PolicyDiff,
  oldPolicy: Policy,
  newPolicy: Policy,
  house: readonly NumberStyle[],
): PolicyDiff {
  const old = numbersById(oldPolicy, house);
  const now = numbersById(newPolicy, house);
  const changes = diff.changes.map((change): ClauseChange => {
    if (change.heading) return change;
    // A split's parts are new clauses (the first is change.new), a merge's old ones.
    const partsSide = change.parts?.[0] && change.new && change.parts[0].id === change.new.id ? now : old;
    return {
      ...change,
      ...(change.old ? { old: renamed(change.old, old) } : {}),
      ...(change.new ? { new: renamed(change.new, now) } : {}),
      ...(change.parts ? { parts: change.parts.map((part) => renamed(part, partsSide)) } : {}),
    };
  });
  return { ...diff, changes };
}
