// A throw-away project for build tests: the repository's templates and copies of some organisations' seed policies,
// in a temp folder of its own (so a test may edit them and build into its out/).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, policyPath } from './paths.js';

export interface TempProject {
  root: string;
  /** <root>/policies/<org>/social-media.md for each organisation, in the order given. */
  files: string[];
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
