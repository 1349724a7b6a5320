// Turning the paths a user typed into the policy files to work on.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorById } from './messages.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

function walk(dir: string, into: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else if (entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md') into.push(full);
  }
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
