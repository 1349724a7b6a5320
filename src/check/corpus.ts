// One line per policy for `npm start`: what is in the corpus, where it stands and whether it is clean; a policy that
// could not be checked at all names the file that cannot be read (the policy's own, or a procedure.yaml).
import type { Finding } from '../model/diagnostics.js';
import { isClausemarkError } from '../model/errors.js';
import type { Project } from '../io/project.js';
import { adoptionOf } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import { gitEvidence, untoldInRepository } from '../procedure/adoption-git.js';
import { todayIso } from '../procedure/evaluate.js';
import { allClauses } from '../model/walk.js';
import { loadPolicyCached } from '../parse/cached.js';
import { attachProcedure } from '../procedure/attach.js';
import { checkParsed } from './index.js';
import { RULES } from './rules/index.js';
import { checkFile } from './files.js';
import { duplicateFindings, type LocatedPolicy } from './duplicates.js';
import { inForceFromOf, sameEffectiveFindings } from './same-effective-date.js';
import { unknownSupersedesFindings } from './supersedes-unknown.js';

export interface CorpusRow {
  file: string;
  org: string;
  /** The organisation's name as the front matter gives it (what the table shows; `org` is its folder key). */
  organisation: string;
  title: string;
  version: string;
  status: string;
  clauses: number;
  errors: number;
  warnings: number;
  fatal: boolean;
  /**
   * Where the policy could not be checked at all: why, naming the file that cannot be read (it, or a procedure.yaml it
   * falls under), as the error clausemark prints.
   */
  unreadable?: Finding;
  /** Adopted without a hash, where a shallow clone's history is cut: git cannot tell whether these are the words. */
  historyShallow?: true;
}

/**
 * The effective status on `day`: `outdated` when the text changed after the approval that recorded its hash, a draft
 * when its procedure's required steps were not taken before the adoption (docs/procedure.md), and `changed-per-git`
 * when its adoption records no hash and git shows the words changed since (src/procedure/adoption-git.ts): the table
 * never calls adopted a text nobody adopted. `approved-unrecorded` where, in a git repository, git shows nothing of
 * an adoption by hand (no commit holds its row, or a move it does not follow): adopted, its text not recorded, as the
 * cover says. Outside a repository every adoption by hand is so, and check's warning says it. `historyShallow` where
 * a shallow clone's history is cut: said once under the table. What git shows is read once for both.
 */
function standingOf(file: string, policy: Policy, day: string): Pick<CorpusRow, 'status' | 'historyShallow'> {
  const { status } = adoptionOf(policy, day);
  if (status !== 'approved') return { status };
  const evidence = gitEvidence(file, policy, day);
  if (evidence?.changed) return { status: 'changed-per-git' };
  if (evidence?.shallow) return { status, historyShallow: true };
  return { status: untoldInRepository(file, evidence) ? 'approved-unrecorded' : status };
}

/**
 * The row of a policy that could not be checked: what its front matter says where it reads (a procedure.yaml it falls
 * under may be what cannot be read), and the file that cannot be read, which the run names with its error.
 */
function unreadableRow(file: string, project: Project, error: unknown): CorpusRow {
  // checkFile turns the error into a finding with its position, and counts it.
  const result = checkFile(file, project);
  const cause = isClausemarkError(error) ? error.finding : undefined;
  const parsed = readable(file);
  return {
    file,
    org: parsed?.meta.org ?? '',
    organisation: parsed?.meta.organisation ?? '',
    title: parsed?.meta.title ?? '',
    version: parsed?.meta.version ?? '',
    status: '',
    clauses: parsed ? allClauses(parsed).length : 0,
    errors: result.errors,
    warnings: result.warnings,
    fatal: true,
    ...(cause ? { unreadable: cause } : {}),
  };
}

/** The policy as its file reads, without its procedure; none where the file itself cannot be read. */
function readable(file: string): Policy | undefined {
  try {
    const { policy, findings } = loadPolicyCached(file);
    return findings.some((finding) => finding.fatal) ? undefined : policy;
  } catch {
    return undefined;
  }
}

/** The rows of `files`, each checked and its procedure attached in the command's `project`. */
export function summariseCorpus(files: readonly string[], project: Project): CorpusRow[] {
  const located: LocatedPolicy[] = [];
  const rows = files.map((file) => {
    try {
      const parsed = loadPolicyCached(file);
      // Before any rule asks for its adoption state (cached per policy): a required step missing unadopts it.
      if (!parsed.findings.some((finding) => finding.fatal)) attachProcedure(parsed.policy, project.root);
      const result = checkParsed(parsed, RULES, { project });
      const { meta, frontmatter } = parsed.policy;
      const inForceFrom = result.fatal ? undefined : inForceFromOf(parsed.policy, todayIso());
      if (!result.fatal)
        located.push({
          file,
          policy: { meta, ...(frontmatter ? { frontmatter } : {}), ...(inForceFrom ? { inForceFrom } : {}) },
        });
      return {
        file,
        org: meta.org,
        organisation: meta.organisation,
        title: meta.title,
        version: meta.version,
        ...standingOf(file, parsed.policy, todayIso()),
        clauses: allClauses(parsed.policy).length,
        errors: result.errors,
        warnings: result.warnings,
        fatal: result.fatal,
      };
    } catch (error) {
      return unreadableRow(file, project, error);
    }
  });
  // Two files that are the same policy are an error of each (src/check/duplicates.ts), as are two adopted versions in
  // force from one day (same-effective-date.ts): counted as `check` counts them.
  const duplicates = duplicateFindings(located);
  const sameDay = sameEffectiveFindings(located);
  const unknownSupersedes = unknownSupersedesFindings(located, project.root);
  return rows.map((row) => ({
    ...row,
    errors: row.errors + (duplicates.get(row.file)?.length ?? 0) + (sameDay.get(row.file)?.length ?? 0),
    warnings: row.warnings + (unknownSupersedes.get(row.file)?.length ?? 0),
  }));
}
