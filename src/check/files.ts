// `check` over files: read, parse and check each, collecting results; unreadable files are results too.
import { loadPolicyCached } from '../parse/cached.js';
import { readSourceBytes } from '../io/read.js';
import type { Project } from '../io/project.js';
import { isClausemarkError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { duplicateFindings, type PolicyIdentity } from './duplicates.js';
import { inForceFromOf, sameEffectiveFindings } from './same-effective-date.js';
import { unknownSupersedesFindings } from './supersedes-unknown.js';
import { todayIso } from '../procedure/evaluate.js';
import {
  brandDependencies,
  checkedThroughCache,
  type MadeCheck,
  newWorldMemo,
  type WorldMemo,
} from './findings-cache.js';
import { checkParsed, type CheckResult } from './index.js';
import { RULES } from './rules/index.js';

export interface FileCheck extends CheckResult {
  file: string;
}

/** Only what the checks over several files read of a policy, not its whole document tree. */
function identityOf(policy: Policy): PolicyIdentity {
  const { org, id, version, supersedes } = policy.meta;
  const { frontmatter } = policy;
  const idField = frontmatter?.fields.id;
  const supersedesField = frontmatter?.fields.supersedes;
  const fields = { ...(idField ? { id: idField } : {}), ...(supersedesField ? { supersedes: supersedesField } : {}) };
  const inForceFrom = inForceFromOf(policy, todayIso());
  return {
    meta: { org, id, version, ...(supersedes !== undefined ? { supersedes } : {}) },
    ...(frontmatter ? { frontmatter: { span: frontmatter.span, fields } } : {}),
    ...(inForceFrom ? { inForceFrom } : {}),
  };
}

/** One file's check as parsed and run, with the files outside templates/ its brand names (findings-cache.ts). */
function madeCheck(file: string, bytes: Uint8Array, project: Project | undefined, at?: string): MadeCheck {
  const parsed = loadPolicyCached(file, {}, bytes);
  const result = checkParsed(parsed, RULES, { ...(project ? { project } : {}), ...(at ? { today: at } : {}) });
  if (result.fatal) return { result, dependencies: [] };
  const { policy } = parsed;
  return {
    result,
    identity: identityOf(policy),
    dependencies: project ? brandDependencies(policy.meta, project) : undefined,
  };
}

/** One file's check, with the policy's identity when it could be understood (for the checks over several files). */
function checkOne(
  file: string,
  project: Project | undefined,
  memo: WorldMemo = newWorldMemo(),
  at?: string,
): { result: FileCheck; policy?: PolicyIdentity } {
  try {
    const bytes = readSourceBytes(file);
    // A check as of another day (--at) is not kept: the cache's entries are today's.
    const { result, identity } = at
      ? madeCheck(file, bytes, project, at)
      : checkedThroughCache(file, bytes, project, memo, () => madeCheck(file, bytes, project));
    return identity ? { result: { file, ...result }, policy: identity } : { result: { file, ...result } };
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    // The result names its file once; the finding is the error's own, without it.
    const { file: about, ...finding } = error.finding;
    // A fault in the procedure file the policy is held to is that file's, at its line (docs/procedure.md).
    const where = finding.ruleId === 'procedure-file' && about ? about : file;
    return { result: { file: where, findings: [finding], errors: 1, warnings: 0, fatal: true } };
  }
}

/** One file's check in `project` (default: the one around the working folder). */
export function checkFile(file: string, project?: Project): FileCheck {
  return checkOne(file, project).result;
}

/**
 * Each file's findings, plus those about the files together: two files that are the same policy (duplicates.ts),
 * two adopted versions in force from one day (same-effective-date.ts), a `supersedes` naming a version no file has
 * (supersedes-unknown.ts).
 * Every file is held to the one project the command found (default: the one around the working folder).
 */
export function checkFiles(files: readonly string[], project?: Project, at?: string): FileCheck[] {
  const memo = newWorldMemo();
  const checked = files.map((file) => checkOne(file, project, memo, at));
  const understood = checked.flatMap(({ result, policy }) => (policy ? [{ file: result.file, policy }] : []));
  const duplicates = duplicateFindings(understood);
  const sameDay = sameEffectiveFindings(understood);
  const unknownSupersedes = unknownSupersedesFindings(understood, project?.root);
  return checked.map(({ result }) => {
    const extra = [...(duplicates.get(result.file) ?? []), ...(sameDay.get(result.file) ?? [])];
    const warned = unknownSupersedes.get(result.file) ?? [];
    if (extra.length === 0 && warned.length === 0) return result;
    const findings = [...extra, ...warned, ...result.findings];
    return { ...result, findings, errors: result.errors + extra.length, warnings: result.warnings + warned.length };
  });
}

/** Exit status like the issue asks: 2 unreadable, 1 errors (or warnings with strict), 0 clean. */
export function checkExitCode(results: readonly FileCheck[], strict: boolean): number {
  if (results.some((result) => result.fatal)) return 2;
  if (results.some((result) => result.errors > 0 || (strict && result.warnings > 0))) return 1;
  return 0;
}
