// What each school must have, as `check` says it (issue 71): for every organisation whose procedure.yaml lies in
// the paths checked, the overview of its board and schools (src/procedure/overview.ts) from every policy of the
// project, and per school a warning for each required kind that is missing, not adopted (a draft, waiting for a
// council, a schoolgids not adopted for the school year under way, withdrawn with none other adopted, a change made
// after its adoption not adopted while the version adopted stands, as its recorded hash or git shows it) or past its legal cycle or a review the law sets.
// The warnings stand in the procedure.yaml, at the school's entry: the file that says what the organisation is and
// must have.
// A board's policy that applies to all its schools is said once, at the board.
import { type Dirent, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import type { MessageParam, MessageParams, UnwordedFinding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { loadPolicyCached } from '../parse/cached.js';
import { attachProcedure } from '../procedure/attach.js';
import { addDuration } from '../procedure/duration.js';
import { dutiesFor, type Duty } from '../procedure/duties.js';
import { todayIso } from '../procedure/evaluate.js';
import { titleInSentence } from '../procedure/kind-phrase.js';
import { readYaml } from '../procedure/load.js';
import { declaredOrganisations, type OrganisationDeclaration, readDeclaration } from '../procedure/organisation.js';
import type { Overview, OverviewCell, OverviewRow } from '../procedure/overview.js';
import { schoolYearOf } from '../procedure/school-year.js';
import { schoolOverview } from '../procedure/project-overview.js';
import type { FileCheck } from './files.js';
import { cycleWords } from '../procedure/duration.js';

/** Whether `file` is one of the paths checked or lies in one; every declaration when no path was given. */
function inPaths(file: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return true;
  const path = resolve(file);
  return paths.some((given) => {
    const folder = resolve(given);
    return path === folder || path.startsWith(`${folder}${sep}`);
  });
}

/** The procedure.yaml files under `folder` (at most four folders deep, hidden ones left out). */
function declarationFiles(folder: string, depth = 0): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .flatMap((entry) => {
      if (entry.name.startsWith('.')) return [];
      const path = join(folder, entry.name);
      if (entry.isFile() && entry.name === 'procedure.yaml') return [path];
      return entry.isDirectory() && depth < 4 ? declarationFiles(path, depth + 1) : [];
    });
}

/**
 * The organisations declared in the paths checked: the project's (under its policies/) that lie in them, and any
 * procedure.yaml in a folder checked, wherever the project is (a foundation's folder checked on its own).
 */
export function declarationsIn(paths: readonly string[], root: string): OrganisationDeclaration[] {
  const folders = paths.length > 0 ? paths : ['policies'];
  const files = new Map<string, string>();
  for (const declaration of declaredOrganisations(root))
    if (inPaths(declaration.file, paths)) files.set(resolve(declaration.file), declaration.file);
  for (const folder of folders) for (const file of declarationFiles(folder)) files.set(resolve(file), file);
  const found = new Map<string, OrganisationDeclaration>();
  for (const file of files.values()) {
    const declaration = readDeclaration(file);
    if (declaration && !found.has(declaration.org)) found.set(declaration.org, declaration);
  }
  return [...found.values()];
}

/**
 * Every policy that could be of the organisations: `policiesFolder` (the project's policies/) and each organisation's
 * and school's folder, in any layout. One that cannot be read is check's own finding on that file.
 */
function policiesOf(
  declarations: readonly OrganisationDeclaration[],
  root: string,
  policiesFolder: string,
): { policies: Policy[]; unreadable: string[] } {
  const folders = [
    policiesFolder,
    ...declarations.flatMap((declaration) => [
      declaration.folder,
      ...declaration.schools.flatMap((school) => school.folder ?? []),
    ]),
  ];
  const files = new Map<string, string>();
  // Each as a default folder: one that holds no policy (a board's folder with only its procedure.yaml) gives none.
  for (const folder of folders)
    for (const file of discoverPolicies([], [folder])) if (!files.has(resolve(file))) files.set(resolve(file), file);
  const policies: Policy[] = [];
  const unreadable: string[] = [];
  for (const file of files.values()) {
    try {
      const parsed = loadPolicyCached(file);
      if (parsed.findings.some((finding) => finding.fatal)) unreadable.push(file);
      // Adopted without a step its procedure requires is not adopted, here as in every output.
      else policies.push(attachProcedure(parsed.policy, root));
    } catch {
      unreadable.push(file);
    }
  }
  return { policies, unreadable };
}

/**
 * Why a required policy is not adopted: a draft, adopted without a step its procedure requires, a step that waits,
 * or (a schoolgids) one for an earlier year.
 */
function notAdoptedState(cell: OverviewCell, shown: (file: string) => string): MessageParam {
  const file = shown(cell.policy?.file ?? '');
  if (cell.policy?.missingSteps && !cell.policy.adopted)
    return {
      messageId: 'school-duty-not-adopted.missing-step',
      params: { file, steps: cell.policy.missingSteps.join('; ') },
    };
  if (cell.state === 'overdue' && cell.policy?.adopted)
    return {
      messageId: 'school-duty-not-adopted.older-year',
      params: { file, covers: schoolYearOf(addDuration(cell.policy.adopted, '6m') ?? cell.policy.adopted) },
    };
  if (cell.waiting)
    return cell.waiting.asked
      ? {
          messageId: 'school-duty-not-adopted.waiting',
          params: { file, step: cell.waiting.step, body: cell.waiting.body, asked: cell.waiting.asked },
        }
      : {
          messageId: 'school-duty-not-adopted.waiting-unasked',
          params: { file, step: cell.waiting.step, body: cell.waiting.body },
        };
  return { messageId: 'school-duty-not-adopted.draft', params: { file } };
}

type Said = { ruleId: string; messageId: string; fixId: string; params: MessageParams };

/**
 * A required policy withdrawn (`status: retired`) with none other adopted, or one whose file holds a change made
 * after its adoption that is not adopted while the version adopted stands.
 */
function standingFinding(
  cell: OverviewCell,
  duty: Duty,
  said: { organisation: string; title: string; file: string },
): Said | undefined {
  if (cell.state === 'retired' && !duty.optional)
    return {
      ruleId: 'school-duty-not-adopted',
      messageId: 'school-duty-not-adopted.retired',
      fixId: 'school-duty-not-adopted.adopt-new',
      params: said,
    };
  // Past its cycle or review, the overdue warning says it (the version adopted is to be adopted again).
  if (cell.policy?.pending !== 'changed' || cell.state === 'overdue') return undefined;
  const adopted = cell.policy.adopted ?? '';
  // An adoption without a hash: git shows the edit, and the warning says so (src/procedure/adoption-git.ts).
  const perGit = cell.policy.changedPerGit;
  return {
    ruleId: 'school-duty-not-adopted',
    messageId: perGit ? 'school-duty-not-adopted.changed-per-git' : 'school-duty-not-adopted.changed',
    fixId: 'school-duty-not-adopted.adopt-change',
    params: { ...said, adopted, ...(perGit ? { commit: perGit.commit, committed: perGit.date } : {}) },
  };
}

/** The warning a cell gives, if any (exported for the wording tests, tests/wording/message-cases.ts). */
export function cellFinding(
  cell: OverviewCell,
  row: OverviewRow,
  duty: Duty,
  context: { date: string; shown: (file: string) => string },
): Said | undefined {
  const { date, shown } = context;
  const organisation = row.name;
  const title = titleInSentence(duty);
  if (cell.policy?.boardWide && row.level === 'school') return undefined;
  if (cell.state === 'missing')
    return {
      ruleId: 'school-duty-missing',
      messageId: 'school-duty-missing.missing',
      fixId: 'school-duty-missing.start-one',
      params: {
        organisation,
        title,
        where: cell.searched ?? '',
        kind: cell.kind,
        org: row.org,
        command: cell.command ?? '',
      },
    };
  const standing = standingFinding(cell, duty, { organisation, title, file: shown(cell.policy?.file ?? '') });
  if (standing) return standing;
  const schoolYear = duty.cycle === 'schooljaar';
  const notAdopted =
    (cell.state === 'draft' || cell.state === 'in-procedure') && !duty.optional
      ? true
      : cell.state === 'overdue' && cell.reason === 'school-year';
  if (notAdopted) {
    const year = cell.schoolYear ?? schoolYearOf(date);
    return {
      ruleId: 'school-duty-not-adopted',
      messageId: `school-duty-not-adopted.${schoolYear ? 'school-year' : 'other'}`,
      fixId: `school-duty-not-adopted.${schoolYear ? 'adopt-school-year' : 'adopt'}`,
      params: { organisation, title, year, state: notAdoptedState(cell, shown) },
    };
  }
  if (cell.state === 'overdue' && cell.policy)
    return {
      ruleId: 'school-duty-overdue',
      messageId: `school-duty-overdue.${cell.reason === 'cycle' ? 'cycle' : 'review'}`,
      fixId: 'school-duty-overdue.adopt-again',
      params: {
        organisation,
        title,
        due: cell.due ?? '',
        file: shown(cell.policy.file),
        adopted: cell.policy.adopted ?? '',
        cycle: cycleWords(cell.cycle ?? ''),
      },
    };
  return undefined;
}

/** The warnings of one declared organisation, each at its row's entry in the procedure.yaml. */
function organisationFindings(
  declaration: OrganisationDeclaration,
  rows: readonly OverviewRow[],
  root: string,
  date: string,
): UnwordedFinding[] {
  const read = readYaml(declaration.file);
  // A policy named as check names every file: from the working folder (the overview's are from the project's root).
  const shown = (file: string): string => {
    const path = relative(process.cwd(), resolve(root, file));
    return path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
  };
  const findings: UnwordedFinding[] = [];
  for (const row of rows) {
    const duties = new Map((dutiesFor(root, row.sector)?.duties ?? []).map((duty) => [duty.kind, duty]));
    const isBoard = row.org === declaration.org && row.level === declaration.role;
    const start = read.pointOf(isBoard ? ['organisation'] : ['organisation', 'schools', row.org]);
    for (const cell of row.cells) {
      const duty = duties.get(cell.kind);
      const said = duty ? cellFinding(cell, row, duty, { date, shown }) : undefined;
      if (said) findings.push({ ...said, severity: 'warning', place: { start, end: start } });
    }
  }
  return findings;
}

/**
 * What each school must have on `date`, of the organisations declared in `paths` (declarationsIn: the project's that
 * lie in them, and every procedure.yaml in them, a school's folder's own too), from every policy of `policiesFolder`
 * (default: the project's policies/) and of the organisations' folders. `check`'s warnings and the workplace's list
 * of what is missing (src/jobs/serve-policies.ts, its folder's policies/ as `paths` and `policiesFolder`) read it.
 * Its paths are named from `shownFrom`, the folder worked in (the working folder of `check`, the folder the
 * workplace serves), not from the project, which may be another: the package itself, for a folder without
 * templates/ of its own.
 */
export function declaredOverview(
  paths: readonly string[],
  root: string,
  date: string,
  policiesFolder = join(root, 'policies'),
  shownFrom = root,
): { declarations: OrganisationDeclaration[]; overview: Overview } {
  const declarations = declarationsIn(paths, root);
  if (declarations.length === 0) return { declarations, overview: { date, organisations: [] } };
  const { policies, unreadable } = policiesOf(declarations, root, policiesFolder);
  const overview = schoolOverview(policies, root, date, declarations, undefined, unreadable, shownFrom);
  return { declarations, overview };
}

/**
 * The warnings about what each school must have, one result per declaring procedure.yaml in `paths` (every one
 * when none is given), on `date` (default today); the folders they name (and `--out` of the command that starts a
 * missing one) from `folder`, the folder `check` works in.
 */
export function schoolDutyChecks(
  paths: readonly string[],
  project: Project,
  date = todayIso(),
  folder = process.cwd(),
): FileCheck[] {
  const { declarations, overview } = declaredOverview(paths, project.root, date, undefined, folder);
  return declarations.flatMap((declaration): FileCheck[] => {
    const rows = overview.organisations.find((organisation) => organisation.org === declaration.org)?.rows;
    const findings = rows ? organisationFindings(declaration, rows, project.root, date) : [];
    if (findings.length === 0) return [];
    return [{ file: declaration.file, findings, errors: 0, warnings: findings.length, fatal: false }];
  });
}
