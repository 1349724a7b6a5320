// A throw-away project for build tests: the repository's templates and copies of some organisations' seed policies,
// in a temp folder of its own (so a test may edit them and build into its out/).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, policyPath, SHIPPED_POLICY_FILES } from './paths.js';

export interface TempProject {
  root: string;
  /** <root>/policies/<org>/social-media.md for each organisation, in the order given. */
  files: string[];
}

/**
 * A folder that is a project of its own (src/io/root.ts finds it by its templates/brands) with nothing else: its
 * commands read the shipped templates (topic lists, labels), and a test writes the policies and templates it needs.
 */
export function bareProject(prefix = 'clausemark-bare-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'templates', 'brands'), { recursive: true });
  return root;
}

export function tempProject(orgs: readonly string[], prefix = 'clausemark-project-'): TempProject {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  const files = orgs.map((org) => {
    mkdirSync(join(root, 'policies', org), { recursive: true });
    const file = join(root, 'policies', org, 'social-media.md');
    writeFileSync(file, readFileSync(policyPath(org)));
    return file;
  });
  return { root, files };
}

/**
 * A copy of the example corpus clausemark ships (SHIPPED_POLICY_FILES, tests/support/paths.ts) under
 * `<root>/policies`, with the repository's templates when asked: for a test that runs a command over "the corpus"
 * (check, build, start, compare …), so a school's own policies in its clone's policies/ are no part of it.
 */
export function shippedProject(options: { templates?: boolean; prefix?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? 'clausemark-shipped-'));
  if (options.templates) cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  for (const file of SHIPPED_POLICY_FILES) {
    const into = join(root, 'policies', file);
    mkdirSync(dirname(into), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'policies', file), into);
  }
  return root;
}
