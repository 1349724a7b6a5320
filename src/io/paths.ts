// Paths a user writes in project files (a brand's fonts and logo…) must stay inside the project: a brand file from
// elsewhere must not be able to pull /etc/passwd or a home-folder file into a PDF. Checked lexically (`..`,
// absolute paths) and on the real path (symbolic links), so both the obvious and the sneaky escape are refused.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ClausemarkError } from '../model/errors.js';
import type { Point } from '../model/policy.js';

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
  if (relativeOrAbsolute.includes('\0')) {
    throw new ClausemarkError(`${context.field}: the path contains a NUL character`, {
      place,
      hint: 'write a plain file path',
      ruleId: 'path-outside-project',
    });
  }
  const lexical = resolve(context.from ?? absoluteRoot, relativeOrAbsolute);
  const hint = `put the file inside the project folder (${absoluteRoot}) and refer to it with a path relative to ${basename(context.file)}`;
  if (!isInside(absoluteRoot, lexical) && !isInside(rootReal, lexical)) {
    const what = isAbsolute(relativeOrAbsolute)
      ? `the absolute path \`${relativeOrAbsolute}\` is outside the project folder`
      : `\`${relativeOrAbsolute}\` points outside the project folder`;
    throw new ClausemarkError(`${context.field}: ${what}`, { place, hint, ruleId: 'path-outside-project' });
  }
  const real = realPathOfExistingPart(lexical);
  if (!isInside(rootReal, real)) {
    throw new ClausemarkError(
      `${context.field}: \`${relativeOrAbsolute}\` leads through a symbolic link to ${real}, outside the project folder`,
      { place, hint: 'copy the file into the project instead of linking to it', ruleId: 'path-outside-project' },
    );
  }
  return real;
}
