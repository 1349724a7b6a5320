// Turning the paths a user typed into the policy files to work on.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorById } from './messages.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** A policy's file: Markdown, but for a folder's README. */
const isPolicyFile = (name: string): boolean => name.endsWith('.md') && name.toLowerCase() !== 'readme.md';

/**
 * A document of another program's that a person may drop in a folder of policies: it is no policy until imported
 * (`clausemark import`), and a command reading the folder says so rather than pass it by without a word.
 */
const OTHER_DOCUMENT = /\.(?:docx?|odt|rtf|pdf|txt|html?|markdown|rst)$/iu;

function walk(dir: string, into: string[], keep: (name: string) => boolean = isPolicyFile): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into, keep);
    else if (entry.isFile() && keep(entry.name)) into.push(full);
  }
}

/** The documents of other programs (Word, PDF, HTML, text) in the folders among `paths`, sorted: not yet policies. */
export function documentsNotPolicies(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const root of paths) {
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      // A missing path is discoverPolicies' error to give.
    }
    if (isDir) walk(root, found, (name) => OTHER_DOCUMENT.test(name));
  }
  return [...new Set(found)];
}

/**
 * Markdown files under each path (a file is taken as it is, a folder is searched), sorted, without duplicates.
 * A missing path is an error naming it; `defaults` are used when `paths` is empty and may be missing.
 */
export function discoverPolicies(
  paths: readonly string[],
  defaults: readonly string[] = ['policies', 'templates'],
): string[] {
  const found: string[] = [];
  const roots = paths.length > 0 ? paths : defaults;
  for (const root of roots) {
    let isDir: boolean;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      if (paths.length === 0) continue;
      throw errorById(
        { messageId: 'missing-path.message', fixId: 'unreadable-file.check-path' },
        { place: { argument: root }, ruleId: 'missing-path' },
      );
    }
    if (isDir) {
      const before = found.length;
      walk(root, found);
      // A folder the user named that holds no policy is almost always the wrong folder; succeeding on nothing
      // would let a CI job pass while checking nothing.
      if (paths.length > 0 && found.length === before) {
        throw errorById(
          { messageId: 'no-policies.message', fixId: 'no-policies.fix' },
          { place: { argument: root }, ruleId: 'no-policies' },
        );
      }
    } else found.push(root);
  }
  // Paths stay as the user typed them (relative or absolute), so messages point where they expect.
  return [...new Set(found)];
}
