// Whose a policy is, by what the organisations declare in their procedure.yaml (src/procedure/organisation.ts): those under the
// project's policies/ and the one in the procedure.yaml above the policy: a
// board's own, or one of its schools' (by the school's `org` or the folder it declares, in any layout). The rules
// that say what blocks a policy's procedure read it; the declarations are read once per project root.
import { resolve, sep } from 'node:path';
import type { Project } from '../../io/project.js';
import type { Policy } from '../../model/policy.js';
import { foundationFile } from '../../procedure/load.js';
import { declaredOrganisations, type OrganisationDeclaration, readDeclaration } from '../../procedure/organisation.js';

export interface DeclaredPlace {
  /** The organisation the policy is of: a board, or a school (a board's, or one standing alone). */
  role: 'bestuur' | 'school';
  name: string;
}

/** Per command's project (src/io/project.ts), so a long-running `serve` that finds the project again reads them again. */
const byProject = new WeakMap<Project, Map<string, OrganisationDeclaration[]>>();

/** Read once per key; a procedure.yaml that cannot be read is that file's fault, reported on its policies. */
function once(project: Project, key: string, read: () => OrganisationDeclaration[]): OrganisationDeclaration[] {
  let declarations = byProject.get(project);
  if (!declarations) {
    declarations = new Map();
    byProject.set(project, declarations);
  }
  let known = declarations.get(key);
  if (!known) {
    try {
      known = read();
    } catch {
      known = [];
    }
    declarations.set(key, known);
  }
  return known;
}

/** The organisations of the project's policies/ folder, and the one the procedure.yaml above the policy declares. */
function declaredIn(project: Project, path: string): OrganisationDeclaration[] {
  const { root } = project;
  const all = once(project, '', () => declaredOrganisations(root));
  const file = foundationFile(path, root);
  if (!file) return all;
  const near = once(project, file, () => {
    const declaration = readDeclaration(file);
    return declaration ? [declaration] : [];
  });
  return [...near, ...all];
}

const inside = (path: string, folder: string): boolean => path.startsWith(`${folder}${sep}`);

/** The declared organisation `policy` is of, or undefined where none declares it. */
export function declaredPlace(
  policy: Pick<Policy, 'path'> & { meta: Pick<Policy['meta'], 'org'> },
  project: Project,
): DeclaredPlace | undefined {
  const path = resolve(policy.path);
  const { org } = policy.meta;
  const declared = declaredIn(project, path);
  for (const organisation of declared) {
    const school = organisation.schools.find(
      (candidate) => candidate.org === org || (candidate.folder !== undefined && inside(path, candidate.folder)),
    );
    if (school) return { role: 'school', name: school.name };
  }
  for (const organisation of declared)
    if (organisation.org === org || inside(path, organisation.folder))
      return { role: organisation.role, name: organisation.name };
  return undefined;
}

/** Whether a policy is still to go through its procedure: not declared adopted (or retired). */
export function stillToAdopt(policy: Policy): boolean {
  const status = policy.frontmatter?.data.status;
  return status !== 'approved' && status !== 'retired';
}

/** Whether a policy is written as one still to go through its procedure: `status: draft` or `proposed`. */
export function isDraft(policy: Policy): boolean {
  const status = policy.frontmatter?.data.status;
  return status === 'draft' || status === 'proposed';
}
