// Paths a user writes in project files (a brand's fonts and logo…) must stay inside the project: a brand file from
// elsewhere must not be able to pull /etc/passwd or a home-folder file into a PDF. Checked lexically (`..`,
// absolute paths) and on the real path (symbolic links), so both the obvious and the sneaky escape are refused.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Point } from '../model/policy.js';
import { errorById } from './messages.js';

export interface PathContext {
  /** The file the path was written in (used in messages). */
  file: string;
  /** The field that holds the path, e.g. `fonts.bold` (used in messages). */
  field: string;
  /** Where the value stands in `file`. */
  point?: Point;
  /** Folder that relative paths are resolved from; default: the root. Brand paths are relative to the brand file. */
  from?: string;
}

/** True when `target` is `root` itself or lies below it (both absolute and normalised). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path of the deepest part of `target` that exists, with the rest appended: a file that does not exist
 * yet is judged by the folder it would be created in.
 */
function realPathOfExistingPart(target: string): string {
  let existing = target;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(existing);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) return target;
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

/**
 * Resolve a path written in a project file and make sure it stays inside `root` (the project folder). Returns the
 * resolved real path (symbolic links followed). Does not check that the file exists; the caller says what is
 * missing in its own words.
 */
export function resolveInside(root: string, relativeOrAbsolute: string, context: PathContext): string {
  const place = { file: context.file, ...(context.point ? { point: context.point } : {}) };
  const absoluteRoot = resolve(root);
  const rootReal = realRoot(root);
  const field = context.field;
  if (relativeOrAbsolute.includes('\0')) {
    throw errorById(
      { messageId: 'path-outside-project.nul', fixId: 'path-outside-project.plain-path', params: { field } },
      { place, ruleId: 'path-outside-project' },
    );
  }
  const lexical = resolve(context.from ?? absoluteRoot, relativeOrAbsolute);
  if (!isInside(absoluteRoot, lexical) && !isInside(rootReal, lexical)) {
    throw errorById(
      {
        messageId: isAbsolute(relativeOrAbsolute) ? 'path-outside-project.absolute' : 'path-outside-project.relative',
        fixId: 'path-outside-project.inside-project',
        params: { field, path: relativeOrAbsolute, root: absoluteRoot, from: basename(context.file) },
      },
      { place, ruleId: 'path-outside-project' },
    );
  }
  const real = realPathOfExistingPart(lexical);
  if (!isInside(rootReal, real)) {
    throw errorById(
      {
        messageId: 'path-outside-project.symlink',
        fixId: 'path-outside-project.copy-file',
        params: { field, path: relativeOrAbsolute, real },
      },
      { place, ruleId: 'path-outside-project' },
    );
  }
  return real;
}
