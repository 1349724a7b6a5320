// A kept check is taken only when the world its rules read hashes as it did (src/check/findings-cache.ts). A rule
// added or changed later that reads one more thing (a file, the environment, the clock, git) would be answered from
// the cache without a word. So the modules the rules run, transitively, that read the world are listed here, each
// with the part of the world hash that covers what it reads: a new one fails this test until the hash covers it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

/** Where the rules and what builds their world start. */
const STARTS = ['src/check/rules/index.ts', 'src/check/context.ts', 'src/check/index.ts'];

/** What reads the world: the file system, a program (git), the environment, the clock, the working folder. */
const WORLD =
  /\b(?:readFileSync|readdirSync|statSync|existsSync|lstatSync|openSync|readSync|realpathSync|execFileSync|spawnSync|execSync|spawn|execFile)\b|process\.env|Date\.now\(|new Date\(\)|process\.cwd\(/;

/** Each module of the rules' closure that reads the world, and what of findings-cache.ts's key or world covers it. */
const COVERED: Record<string, string> = {
  'src/brand/asset-files.ts': "the brand's files: templates/ (stat lines) and the files it names (dependencies)",
  'src/brand/font-checks.ts': 'a cache of font verdicts (the same answer), and the fonts: templates/, dependencies',
  'src/brand/load.ts': 'templates/brands of the project and of clausemark',
  'src/check/rules/approval-in-future.ts': "today's date (the user's, src/model/dates.ts localDay)",
  'src/check/rules/law-outdated.ts':
    "today's date (the user's, src/model/dates.ts localDay); templates/law and templates/topics of the project or clausemark",
  'src/io/cache-secret.ts': "the caches' secret: no finding depends on it",
  'src/io/git.ts': 'the git state (addGit) and the GIT_* environment',
  'src/io/git-run.ts':
    "the git state (addGit: HEAD, the index, the shallow file, git's config) and the GIT_* environment, for git.ts and git-history.ts",
  'src/io/code-stamp.ts': "clausemark's bundle, naming the parse cache's entries (the entry's name: dist/prepared)",
  'src/io/sealed-file.ts': "the parse cache's entries, sealed (the same answer)",
  'src/io/serialized-cache.ts':
    "the parse cache's entries, read by adoption-git.ts for the file's versions (the same answer)",
  'src/io/git-history.ts':
    'the git state (addGit); for a move not told to git, the work tree besides the file: a check that read it keeps nothing (workTreeReads)',
  'src/io/input-hash.ts': "the git state and a file's stat, to remember git's answer within a run (the same answer)",
  'src/io/json-cache.ts': 'a cache (the same answer)',
  'src/io/limits.ts': 'the CLAUSEMARK_* environment',
  'src/io/messages.ts': "the messages' language and files (the entry's name)",
  'src/io/paths.ts': 'the files reached: templates/ and dependencies are stat through links',
  'src/io/prepared.ts': "dist/prepared: clausemark's bundle (the entry's name)",
  'src/io/private-folder.ts': 'the cache folder: no finding depends on it',
  'src/io/project.ts': 'the project (its roots and settings file) and the working folder (the entry’s name)',
  'src/io/read.ts': "the file's bytes (the entry's name)",
  'src/io/root.ts': "which templates/ file exists, the project's or clausemark's: templates/ (stat lines)",
  'src/io/yaml-file.ts': "the settings, procedure and brand files it reads; the working folder (the entry's name)",
  'src/parse/kinds.ts': 'templates/import/policy-kinds.yaml of clausemark',
  'src/procedure/adoption-git.ts':
    'the git state (addGit: HEAD, the index, the shallow file) and the GIT_* environment, keying its answers within a run',
  'src/procedure/duties.ts': 'templates/duties of the project or clausemark: templates/ (stat lines)',
  'src/procedure/evaluate.ts': "today's date (the user's, src/model/dates.ts localDay)",
  'src/procedure/law-index.ts': 'templates/law of the project or clausemark',
  'src/procedure/organisation.ts': "each procedure.yaml under the project's policies/",
  'src/procedure/load.ts': "each procedure.yaml from the file's folder up to the project; templates/procedures",
  'src/template/store.ts': 'templates/sector of the sector root',
  'src/template/template.ts': 'templates/sector of the sector root',
  'src/text/months.ts': 'templates/import/month-names.yaml of clausemark: templates/ (stat lines)',
};

/** The .ts files under src/ that `starts` import, at any depth (type-only imports run nothing). */
function closure(starts: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = [...starts];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    for (const match of source.matchAll(/^(?:import|export)(?! type)[^;]*?from '(\.[^']+)'/gm)) {
      const target = relative(PROJECT_ROOT, join(dirname(join(PROJECT_ROOT, file)), match[1] ?? '')).replace(
        /\.js$/,
        '.ts',
      );
      if (existsSync(join(PROJECT_ROOT, target))) todo.push(target);
    }
  }
  return [...seen].sort();
}

describe("the world a kept check's rules read", () => {
  it('is read only by modules whose reading the world hash covers', () => {
    const files = closure(STARTS);
    expect(files.length, 'the closure holds the rules').toBeGreaterThan(STARTS.length + 30);
    const reading = files.filter((file) => WORLD.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(reading, 'a module new here: cover what it reads in src/check/findings-cache.ts, then list it').toEqual(
      Object.keys(COVERED).sort(),
    );
  });
});
