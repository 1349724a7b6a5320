// What a build says about policies that claim an adoption their text no longer has (src/model/adoption.ts): such a
// policy is built as a draft (watermark, "Concept: gewijzigd na vaststelling"); the build summary names it, and
// `build --strict` (CI) refuses to build at all while one exists, as it does while a policy marked approved misses a
// step its procedure requires before the adoption (docs/procedure.md).
import { adoptionOf } from '../model/adoption.js';
import { errorById } from '../io/messages.js';
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { loadPolicy } from '../parse/index.js';
import { attachProcedure } from '../procedure/attach.js';
import { todayIso } from '../procedure/evaluate.js';

/** The refusal for a policy marked approved whose text changed after its recorded approval; undefined when it has none. */
function outdatedAdoption(policy: Policy): ClausemarkError | undefined {
  const adoption = adoptionOf(policy, todayIso());
  if (adoption.status !== 'outdated' || !adoption.recorded) return undefined;
  const { approval } = adoption.recorded;
  const field = policy.frontmatter?.fields.status ?? policy.frontmatter?.fields.approvals;
  return errorById(
    {
      messageId: 'adoption-gate.changed-after-approval',
      fixId: 'adoption-gate.approve-or-undo',
      params: { date: approval.date, name: approval.name },
    },
    { place: { file: policy.path, ...(field ? { point: field.value.start } : {}) }, ruleId: 'approval-outdated' },
  );
}

/**
 * The refusal for a policy marked approved that its procedure does not let be adopted yet: an advice or consent it
 * requires was not taken before the adoption (docs/procedure.md). Undefined when it has none.
 */
function adoptionWithoutSteps(policy: Policy): ClausemarkError | undefined {
  const adoption = adoptionOf(policy, todayIso());
  if (adoption.declared !== 'approved' || !adoption.missingSteps) return undefined;
  const field = policy.frontmatter?.fields.approvals ?? policy.frontmatter?.fields.status;
  return errorById(
    {
      messageId: 'adoption-gate.steps-missing',
      fixId: 'adoption-gate.take-steps',
      params: { missing: adoption.missingSteps.join('; ') },
    },
    { place: { file: policy.path, ...(field ? { point: field.value.start } : {}) }, ruleId: 'procedure-missing-step' },
  );
}

/**
 * `build --strict`: every policy among `files` whose claimed adoption its text, or its procedure, does not allow. Files that cannot be
 * read are left to the build itself, which reports them with their place.
 */
export function outdatedAdoptions(files: readonly string[], root?: string): ClausemarkError[] {
  const refusals: ClausemarkError[] = [];
  for (const file of files) {
    try {
      const parsed = loadPolicy(file);
      if (parsed.findings.some((finding) => finding.fatal)) continue;
      const policy = attachProcedure(parsed.policy, root);
      const refusal = outdatedAdoption(policy) ?? adoptionWithoutSteps(policy);
      if (refusal) refusals.push(refusal);
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
    }
  }
  return refusals;
}
