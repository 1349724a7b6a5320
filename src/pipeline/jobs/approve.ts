// `clausemark approve` as a library job: read the policy, refuse what `check` rejects, record the approval. An
// approval binds a text: a file with an unresolved upgrade conflict (both texts in it) or frontmatter of the wrong
// types would be adopted as it stands and printed "Vastgesteld", so it is refused until `check` passes.
import { approveSource, type ApproveRequest, type ApproveResult } from '../../approve/index.js';
import { checkParsed } from '../../check/index.js';
import { RULES } from '../../check/rules/index.js';
import { refusedBecause } from '../../io/messages.js';
import type { Project } from '../../io/project.js';
import { ClausemarkError } from '../../model/errors.js';
import { loadPolicy } from '../../parse/index.js';
import { wordFinding } from '../../wording/messages.js';

/** The errors an approval itself resolves: recording it is how they are fixed, so they cannot stop it. */
const RESOLVED_BY_APPROVING = new Set(['approval-outdated', 'approved-without-approvals']);
const RULES_BEFORE_APPROVING = RULES.filter((rule) => !RESOLVED_BY_APPROVING.has(rule.id));

export interface ApproveOutcome extends ApproveResult {
  /** The file's encoding, to write the result back as it was read. */
  encoding: ReturnType<typeof loadPolicy>['encoding'];
}

/** Approves `file` in `project`: the procedures the step is held to and those `check` refuses by are the project's. */
export function approveFile(file: string, request: ApproveRequest, project: Project): ApproveOutcome {
  const parsed = loadPolicy(file);
  // approveSource first: its own refusals (unreadable, empty, a bad --date or --name) are the more precise ones.
  const result = approveSource(parsed, request, project);
  const found = checkParsed(parsed, RULES_BEFORE_APPROVING, { project }).findings.find(
    (finding) => finding.severity === 'error',
  );
  // Worded first, so the refusal keeps the rule's own fix ("resolve the conflict …").
  const rejected = found && wordFinding(found);
  if (rejected)
    throw ClausemarkError.of({
      ...rejected,
      file,
      ...refusedBecause(rejected, 'unreadable-policy.cannot-approve-rejected', 'unreadable-policy.fix-errors-first'),
      ruleId: rejected.ruleId,
    });
  return { ...result, encoding: parsed.encoding };
}
