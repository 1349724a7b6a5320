// A file's check kept in the cache (src/check/findings-cache.ts) is taken only in the world it was made in: each
// input a rule or the report reads, changed, makes the check run again (here a check that counts its runs), and an
// unchanged world takes the entry without running it. What cannot be told (git pointed elsewhere, a brand that does
// not load, a history read from the work tree besides the file) keeps nothing. The real rules on a kept check: tests/check/findings-cache-rules.test.ts; planted and
// damaged entries on the built binary: tests/cli/cache-attacks-findings.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkedThroughCache, type MadeCheck, newWorldMemo } from '../../src/check/findings-cache.js';
import { keepCheckFindingsIn } from '../../src/check/findings-folder.js';
import type { CheckResult } from '../../src/check/index.js';
import { fileVersions } from '../../src/io/git.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import type { Project } from '../../src/io/project.js';
import { bareProject } from '../support/project.js';
import { tempRepo } from '../support/git.js';

const RESULT: CheckResult = {
  findings: [{ ruleId: 'missing-id', severity: 'warning', messageId: 'missing-id.clause', params: { text: '"x"' } }],
  errors: 0,
  warnings: 1,
  fatal: false,
};

/** A project of its own with a policy, a cache folder and a check that counts how often it runs. */
function world(root = bareProject('clausemark-findings-cache-')) {
  const cache = mkdtempSync(join(tmpdir(), 'clausemark-findings-folder-'));
  keepCheckFindingsIn(join(cache, 'findings'), 'build-a');
  const file = join(root, 'policies', 'school', 'privacy.md');
  mkdirSync(join(root, 'policies', 'school'), { recursive: true });
  writeFileSync(file, '---\nid: privacy\n---\n\n# Privacy\n\nTekst.\n');
  const project: Project = { root, sectorRoot: root };
  let runs = 0;
  let dependencies: string[] | undefined = [];
  const made = (): MadeCheck => {
    runs++;
    return { result: RESULT, identity: { meta: { org: 'school', id: 'privacy', version: '1' } }, dependencies };
  };
  /** One run's check of the file (bytes as given, default its own); whether it ran the check. */
  const run = (
    bytes = Buffer.from('---\nid: privacy\n---\n'),
    at = file,
    inProject: Project | null = project,
  ): boolean => {
    const before = runs;
    const checked = checkedThroughCache(at, bytes, inProject ?? undefined, newWorldMemo(), made);
    expect(checked.result).toEqual(RESULT);
    return runs > before;
  };
  /** Runs until the check is kept, and proves the next run takes it. */
  const warm = (): void => {
    run();
    run();
    expect(run(), 'taken from the cache').toBe(false);
  };
  const setDependencies = (files: string[] | undefined): void => {
    dependencies = files;
  };
  return { root, cache, file, project, run, warm, setDependencies };
}

afterEach(() => {
  keepCheckFindingsIn(undefined);
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('a kept check', () => {
  it('is kept the second time and taken while nothing changes', () => {
    const { run, cache } = world();
    expect(run()).toBe(true);
    expect(run()).toBe(true);
    expect(readdirSync(join(cache, 'findings')).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    expect(run()).toBe(false);
    expect(run()).toBe(false);
  });

  it("is not taken for other bytes, another path, another working folder, the messages' language or build", () => {
    const { run, warm, file, root } = world();
    warm();
    expect(run(Buffer.from('---\nid: privacx\n---\n')), 'other bytes').toBe(true);
    const copy = join(root, 'policies', 'school', 'copy.md');
    writeFileSync(copy, '');
    expect(run(undefined, copy), 'another path').toBe(true);
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    expect(run(undefined, file), 'another working folder').toBe(true);
    vi.restoreAllMocks();
    const language = messageLanguage();
    setMessageLanguage(language === 'nl' ? 'en' : 'nl');
    try {
      expect(run(), 'words in another language').toBe(true);
    } finally {
      setMessageLanguage(language);
    }
    keepCheckFindingsIn(join(mkdtempSync(join(tmpdir(), 'clausemark-findings-b-')), 'findings'), 'build-b');
    expect(run(), 'another build').toBe(true);
  });

  it('is not taken once a file under templates/, the settings or a procedure.yaml changed', () => {
    const { run, warm, root, project } = world();
    warm();
    writeFileSync(join(root, 'templates', 'brands', 'school.yaml'), 'colours:\n  primary: "#123456"\n');
    expect(run(), 'a brand added').toBe(true);
    expect(run(), 'then kept anew at once, and taken').toBe(false);
    mkdirSync(join(root, 'templates', 'sector'), { recursive: true });
    writeFileSync(join(root, 'templates', 'sector', 'privacy.md'), '---\nid: privacy\n---\n');
    expect(run(), 'a sector template added').toBe(true);
    writeFileSync(join(root, 'policies', 'school', 'procedure.yaml'), 'sector: po\n');
    expect(run(), "a procedure.yaml in the policy's folder").toBe(true);
    writeFileSync(join(root, 'procedure.yaml'), 'sector: vo\n');
    expect(run(), 'one at the project root').toBe(true);
    const settings = join(root, 'clausemark.yaml');
    writeFileSync(settings, 'lang: nl\n');
    const withSettings = { ...project, settingsFile: settings };
    expect(run(undefined, undefined, withSettings), 'a settings file').toBe(true);
    expect(run(undefined, undefined, withSettings)).toBe(false);
    writeFileSync(settings, 'lang: en\n');
    expect(run(undefined, undefined, withSettings), 'the settings edited').toBe(true);
  });

  it('is not taken once a file its brand names outside templates/ changed', () => {
    const { run, root, setDependencies } = world();
    const font = join(root, 'fonts', 'School.ttf');
    mkdirSync(join(root, 'fonts'));
    writeFileSync(font, 'font one');
    setDependencies([font]);
    run();
    run();
    expect(run()).toBe(false);
    writeFileSync(font, 'font two');
    expect(run(), 'the font edited').toBe(true);
  });

  it('is not taken on another day, nor in another environment that changes what a check finds', () => {
    const { run, warm } = world();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'));
    warm();
    vi.setSystemTime(new Date('2026-11-26T23:59:00Z'));
    expect(run(), 'later the same day').toBe(false);
    vi.setSystemTime(new Date('2026-11-27T00:01:00Z'));
    expect(run(), 'the next day').toBe(true);
    expect(run()).toBe(false);
    vi.stubEnv('NO_COLOR', '1');
    vi.stubEnv('FORCE_COLOR', '3');
    expect(run(), 'colours only the report: taken').toBe(false);
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(run(), 'another time zone').toBe(true);
    vi.stubEnv('CLAUSEMARK_MAX_SOURCE_MB', '1');
    expect(run(), "clausemark's settings").toBe(true);
  });

  it('is not taken once the history changed: a new commit', () => {
    const repo = tempRepo('clausemark-findings-git-');
    mkdirSync(join(repo.root, 'templates', 'brands'), { recursive: true });
    const { run, warm } = world(repo.root);
    repo.commit('first');
    warm();
    repo.write('notes.txt', 'x');
    repo.commit('second');
    expect(run(), 'another HEAD').toBe(true);
  });

  it('keeps nothing where the world cannot be told: git pointed elsewhere, a brand that did not load', () => {
    const { run, setDependencies, cache } = world();
    vi.stubEnv('GIT_DIR', '/nowhere');
    for (let index = 0; index < 3; index++) expect(run()).toBe(true);
    vi.unstubAllEnvs();
    setDependencies(undefined);
    for (let index = 0; index < 3; index++) expect(run()).toBe(true);
    expect(readdirSync(join(cache, 'findings')).filter((name) => name.endsWith('.bin'))).toEqual([]);
  });

  it('keeps nothing read from the work tree besides the file: the history of a file HEAD does not hold', () => {
    const repo = tempRepo('clausemark-findings-work-tree-');
    mkdirSync(join(repo.root, 'templates', 'brands'), { recursive: true });
    const { file, project, cache } = world(repo.root);
    repo.commit('first');
    const moved = repo.write('policies/school/privacy-nieuw.md', '---\nid: privacy\n---\n');
    let runs = 0;
    const reading = (of: string) => (): MadeCheck => {
      runs++;
      fileVersions(of);
      return { result: RESULT, dependencies: [] };
    };
    const bytes = Buffer.from('---\nid: privacy\n---\n');
    for (let index = 0; index < 3; index++) checkedThroughCache(moved, bytes, project, newWorldMemo(), reading(moved));
    expect(runs, 'an untracked file: its history turns on the work tree').toBe(3);
    expect(readdirSync(join(cache, 'findings')).filter((name) => name.endsWith('.bin'))).toEqual([]);
    runs = 0;
    for (let index = 0; index < 3; index++) checkedThroughCache(file, bytes, project, newWorldMemo(), reading(file));
    expect(runs, 'a committed file: kept the second time').toBe(2);
  });

  it('checks as before without a cache folder or a project', () => {
    const { run } = world();
    for (let index = 0; index < 3; index++) expect(run(undefined, undefined, null), 'no project').toBe(true);
    keepCheckFindingsIn(undefined);
    for (let index = 0; index < 3; index++) expect(run(), 'no cache folder').toBe(true);
  });
});
