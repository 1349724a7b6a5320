// The workplace's view of policies/ (`clausemark serve`, /werkplek/): each policy with where it stands today (concept,
// in procedure with the step that waits, adopted, in force, review due, changed after its adoption as its recorded
// hash or git shows), the steps its procedure offers next (a step on record already for the text as it stands is
// offered no more: src/procedure/recorded-before.ts), its check's findings named by article (each with its advice as
// what to do on the page, not a command: pageFinding), and the kinds a declared organisation must have but lacks (the
// overview `check` warns from, of the organisations declared in the folder's policies/: src/check/school-duties.ts),
// and which adopted policies a shallow clone leaves git unable to confirm (said once above the list), and beside the
// state of each adopted by hand of which git shows nothing, that its text was not recorded (as its cover says).
// Read afresh at every page: the files are the truth, and another tab or a text editor may have changed them since.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import { adoptionOf } from '../model/adoption.js';
import { hashMatches } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { loadPolicy } from '../parse/index.js';
import { changedSinceAdoption, gitEvidence, showsNeither } from '../procedure/adoption-git.js';
import { judgeProcedure, type ProcedureReport, stepBody, todayIso } from '../procedure/evaluate.js';
import { proceduresFor } from '../procedure/load.js';
import { recordedBefore } from '../procedure/recorded-before.js';
import type { SectorProcedures } from '../procedure/types.js';
import { declaredOverview } from '../check/school-duties.js';
import { pageFinding } from '../wording/messages.js';
import { checkJob } from './check.js';
import { rememberSeen } from './serve-conflict.js';
import { namedKind } from '../model/kind.js';

export type PolicyState =
  | 'concept'
  | 'in-procedure'
  | 'adopted'
  | 'in-force'
  | 'review-due'
  | 'outdated'
  | 'changed-per-git'
  | 'retired';

/** A step the officer may record: its right, body and part, as `approve --step --body --part` take them. */
export interface StepChoice {
  right: string;
  body: string;
  part: string;
  /** Taken for the text as it stands (the adoption: adopted as it stands, lacking no required step). */
  done: boolean;
  /** On record with this text's hash: `approve` refuses it again, so the form does not offer it. */
  recorded: boolean;
}

export interface PolicyView {
  /** Relative to the workplace's folder, forward slashes: policies/… */
  file: string;
  title: string;
  version: string;
  organisation: string;
  kind?: string;
  /** The `level:` the front matter writes (school or bestuur), when it writes one. */
  level?: string;
  state: PolicyState;
  /** The step that waits (in procedure), or the next one the procedure asks for. */
  next?: StepChoice;
  steps: StepChoice[];
  review?: string;
  /** The version this one replaces (its `supersedes`). */
  supersedes?: string;
  /** The hash of the file's bytes as the page read them: a form sends it back, so a changed file is not overwritten. */
  base: string;
  /** Adopted without a hash, where a shallow clone's history is cut: git cannot tell whether these are the words. */
  historyShallow?: true;
  /**
   * Adopted without a hash, where git shows nothing of the commit that wrote the adoption down (none holds its row, the
   * folder is no repository, no row at all) or does not follow the file before the commit that added it: said beside
   * the state, as the cover says it beside the status.
   */
  textUnconfirmed?: true;
}

export interface MissingKind {
  organisation: string;
  kind: string;
  /** Where it was looked for, the folder a new one goes in, named from the folder served ("policies/linde/de-eik/"). */
  folder: string;
}

/** The hash a form carries of the text its page was made from; the text is remembered for a later conflict. */
export function fileHash(path: string): string {
  const bytes = readFileSync(path);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  rememberSeen(hash, bytes);
  return hash;
}

/** The policy file a form names, when it is a Markdown file inside `folder`/policies/; undefined otherwise. */
export function policyFileIn(folder: string, named: string | undefined): string | undefined {
  if (!named || named.includes('\0') || !/\.md$/i.test(named)) return undefined;
  const policies = resolve(folder, 'policies');
  try {
    const real = realpathSync(resolve(folder, named));
    const base = realpathSync(policies);
    return real.startsWith(`${base}${sep}`) && statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The folders under policies/ a document may be brought into, relative to the workplace's folder. */
export function policyFolders(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    found.push(relative(folder, dir).split(sep).join('/'));
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(join(dir, entry.name));
  };
  walk(resolve(folder, 'policies'));
  return found;
}

/**
 * Where a policy stands on `today`. Adopted without a hash, where git shows the words changed since (src/procedure/
 * adoption-git.ts), it is not said to be in force: the edit is not adopted, as for a text whose hash no longer matches.
 */
function stateOf(policy: Policy, waiting: boolean, reviewDue: boolean, today: string): PolicyState {
  const { status } = adoptionOf(policy, today);
  if (status === 'retired') return 'retired';
  if (status === 'outdated') return 'outdated';
  if (status === 'approved' && changedSinceAdoption(policy.path, policy, today)) return 'changed-per-git';
  if (status === 'approved') {
    if (reviewDue) return 'review-due';
    const effective = policy.meta.effective;
    return effective && effective > today ? 'adopted' : 'in-force';
  }
  return waiting || status === 'proposed' ? 'in-procedure' : 'concept';
}

/**
 * Whether the policy is adopted as it stands: its last adoption lacks no required step and covers this text (one
 * written by hand, without a hash, cannot be held to a text and counts).
 */
function adoptedAsItStands(policy: Policy, report: ProcedureReport): boolean {
  const row = report.adoption && policy.meta.approvals[report.adoption.index];
  if (!row || report.missing.length > 0) return false;
  return !row.hash || hashMatches(policy, row.hash, row.date);
}

/** The steps of the policy's procedure, each with whether it is taken, and on record, for the text as it stands. */
function stepChoices(policy: Policy, report: ProcedureReport, procedures: SectorProcedures, today: string) {
  return (report.procedure?.steps ?? []).map((step): StepChoice => {
    const status = report.steps.find((candidate) => candidate.step === step);
    const body = step.right === 'vaststelling' ? '' : stepBody(step, report.level, procedures);
    const asked = { step: step.right, ...(body ? { body } : {}), part: step.part };
    return {
      right: step.right,
      body,
      part: step.part,
      done: step.right === 'vaststelling' ? adoptedAsItStands(policy, report) : status?.state === 'done',
      recorded: recordedBefore(policy, asked, procedures, today) !== undefined,
    };
  });
}

/** The states of a policy adopted as it stands (its status `approved`): the ones a cut history leaves unconfirmed. */
const ADOPTED_STATES: ReadonlySet<PolicyState> = new Set(['adopted', 'in-force', 'review-due']);

/**
 * Of a policy in an adopted state, adopted by no approval that recorded a hash: `historyShallow` where a shallow
 * clone's history is cut before the commit that wrote the adoption down (said once above the list), `textUnconfirmed`
 * where git shows nothing of that commit or does not follow the file before; nothing where git shows the words.
 */
function unconfirmed(
  path: string,
  policy: Policy,
  today: string,
): Pick<PolicyView, 'historyShallow' | 'textUnconfirmed'> {
  if (adoptionOf(policy, today).recorded) return {};
  const evidence = gitEvidence(path, policy, today) ?? {};
  if (evidence.shallow) return { historyShallow: true };
  return showsNeither(evidence) ? { textUnconfirmed: true } : {};
}

/** One policy as the workplace shows it, on `today`. */
export function policyView(path: string, folder: string, project: Project, today = todayIso()): PolicyView {
  const { policy } = loadPolicy(path);
  const kind = namedKind(policy);
  const procedures = kind ? proceduresFor(path, project.root) : undefined;
  const report = procedures ? judgeProcedure(policy, procedures, today) : undefined;
  const steps = report?.procedure && procedures ? stepChoices(policy, report, procedures, today) : [];
  const view: PolicyView = {
    file: relative(folder, path).split(sep).join('/'),
    title: policy.meta.title,
    version: policy.meta.version,
    organisation: policy.meta.organisation || policy.meta.org,
    state: stateOf(
      policy,
      steps.some((step) => step.done),
      report?.nextReview !== undefined && report.nextReview < today,
      today,
    ),
    steps,
    base: fileHash(path),
  };
  if (kind) view.kind = kind;
  if (ADOPTED_STATES.has(view.state)) Object.assign(view, unconfirmed(path, policy, today));
  const level = policy.frontmatter?.data.level;
  if (typeof level === 'string') view.level = level;
  if (policy.meta.supersedes) view.supersedes = policy.meta.supersedes;
  const next = steps.find((step) => !step.done && !step.recorded && step.right !== 'informatie');
  if (next) view.next = next;
  if (report?.nextReview) view.review = report.nextReview;
  return view;
}

/**
 * Every policy under `folder`/policies/, and the required kinds its declared organisations lack: the overview `check`
 * warns from (declaredOverview), of the organisations declared there (a school folder's own procedure.yaml too).
 */
export function workplaceOverview(
  folder: string,
  project: Project,
): { policies: PolicyView[]; missing: MissingKind[] } {
  const policiesFolder = join(folder, 'policies');
  const files = discoverPolicies([], [policiesFolder]).filter((file) => /\.md$/i.test(file));
  const today = todayIso();
  const policies = files.map((file) => policyView(resolve(file), folder, project, today));
  // Its paths named from the folder served, as the dossier's (src/jobs/dossier.ts), not from the project.
  const { overview } = declaredOverview([policiesFolder], project.root, today, policiesFolder, folder);
  const missing = overview.organisations.flatMap((organisation) =>
    organisation.rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.state === 'missing')
        .map((cell) => ({ organisation: row.name, kind: cell.kind, folder: cell.searched ?? '' })),
    ),
  );
  return { policies, missing };
}

/** A finding as the officer reads it: the article it is in (its number and title), not the file's line and column. */
export interface ArticleFinding {
  severity: string;
  where: string;
  message: string;
  fix?: string;
}

export async function articleFindings(path: string, project: Project): Promise<ArticleFinding[]> {
  const { results } = await checkJob([path], {}, project);
  const { policy } = loadPolicy(path);
  const clauses = allClauses(policy);
  const sections = allSections(policy);
  return (results[0]?.findings ?? []).map((unworded) => {
    const finding = pageFinding(unworded);
    const line = finding.place?.start.line ?? 0;
    const clause = clauses.findLast((visit) => visit.clause.position.start.line <= line);
    const section = sections.findLast((candidate) => (candidate.position?.start.line ?? Infinity) <= line);
    const where = clause
      ? `${clause.clause.number || clause.clause.id}${clause.section.title ? ` (${clause.section.title})` : ''}`
      : section?.title
        ? `${section.number ? `${section.number} ` : ''}${section.title}`
        : '';
    return {
      severity: finding.severity,
      where,
      message: finding.message,
      ...(finding.fix ? { fix: finding.fix } : {}),
    };
  });
}
