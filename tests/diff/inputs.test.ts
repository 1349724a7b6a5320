import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastApproved, resolveVersions, WORKING_COPY } from '../../src/diff/inputs.js';
import { tempRepo } from '../support/git.js';
import { ankerPolicy } from '../support/hand-adopted.js';
import { DEFAULT_META, markdownOf, type SectionSpec } from './fixtures.js';
import { thrownError as caught } from '../support/thrown.js';

const SECTIONS: SectionSpec[] = [
  {
    title: 'Regels',
    id: 'regels',
    clauses: [{ id: 'r.een', text: 'Leerlingen mogen hun telefoon in de pauze gebruiken.' }],
  },
];

function version(status: string, version: string, text: string): string {
  return markdownOf({
    meta: { ...DEFAULT_META, status, version },
    sections: [{ ...SECTIONS[0]!, clauses: [{ id: 'r.een', text }] }],
  });
}

/** A repository with three commits of policies/test.md: approved 1.0, approved 1.1, draft 2.0. */
function history() {
  const repo = tempRepo();
  const file = repo.write(
    'policies/test.md',
    version('approved', '1.0', 'Leerlingen mogen hun telefoon in de pauze gebruiken.'),
  );
  const first = repo.commit('1.0');
  repo.write(
    'policies/test.md',
    version('approved', '1.1', 'Leerlingen mogen hun telefoon alleen in de pauze gebruiken.'),
  );
  const second = repo.commit('1.1');
  repo.write('policies/test.md', version('draft', '2.0', 'Leerlingen moeten hun telefoon in de kluis bewaren.'));
  const third = repo.commit('2.0 draft');
  return { repo, file, first, second, third };
}

describe('resolveVersions', () => {
  it('two files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-inputs-'));
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    writeFileSync(a, version('approved', '1.0', 'Een.'));
    writeFileSync(b, version('draft', '2.0', 'Twee.'));
    const versions = resolveVersions({ files: [a, b] });
    expect(versions.mode).toBe('files');
    expect(versions.sameSource).toBe(false);
    expect([versions.old.policy.meta.version, versions.new.policy.meta.version]).toEqual(['1.0', '2.0']);
    expect(versions.old.revision).toBeUndefined();
    expect(resolveVersions({ files: [a, join(dir, '.', 'a.md')] }).sameSource).toBe(true);
  });

  it('--from REV against the working copy, and --from/--to between commits', () => {
    const { repo, file, first, second } = history();
    repo.write('policies/test.md', version('draft', '2.1', 'Werkkopie.'));
    const fromHead = resolveVersions({ files: [file], from: 'HEAD~1' });
    expect(fromHead.mode).toBe('revisions');
    expect(fromHead.old.revision).toBe(`HEAD~1 (${second.slice(0, 7)})`);
    expect(fromHead.old.commit).toBe(second);
    expect(fromHead.old.policy.meta.version).toBe('1.1');
    expect(fromHead.new.revision).toBe(WORKING_COPY);
    expect(fromHead.new.policy.meta.version).toBe('2.1');

    const between = resolveVersions({ files: [file], from: first.slice(0, 10), to: 'main' });
    expect(between.old.revision).toBe(first.slice(0, 7));
    expect(between.new.revision).toBe(`main (${repo.git('rev-parse', 'HEAD').trim().slice(0, 7)})`);
    expect(between.new.policy.meta.version).toBe('2.0');
    expect(between.sameSource).toBe(false);
    expect(resolveVersions({ files: [file], from: 'HEAD', to: 'main' }).sameSource).toBe(true);
  });

  it('one file alone: the newest committed version with status approved', () => {
    const { repo, file, second } = history();
    const versions = resolveVersions({ files: [file] });
    expect(versions.mode).toBe('last-approved');
    expect(versions.approved?.commit).toBe(second);
    expect(versions.old.policy.meta.version).toBe('1.1');
    expect(versions.old.revision).toBe(second.slice(0, 7));
    expect(versions.new.revision).toBe(WORKING_COPY);
    expect(versions.new.policy.meta.version).toBe('2.0');
    // After a rename the history is followed under the old name.
    repo.git('mv', 'policies/test.md', 'policies/renamed.md');
    repo.commit('rename');
    expect(lastApproved(join(repo.root, 'policies', 'renamed.md')).version.commit).toBe(second);
  });

  it('one file alone, adopted by hand (no hash): the text of the commit git shows wrote the adoption down', () => {
    const repo = tempRepo();
    const text = (words: string) => ankerPolicy({ id: 'klachtenregeling', text: words, adopted: true });
    repo.write('policies/anker/klachten.md', text('Voor alle scholen.'));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    // Renamed and its words changed later, the adoption row kept and no new adoption: still marked approved.
    repo.git('mv', 'policies/anker/klachten.md', 'policies/anker/klachtenregeling.md');
    const file = repo.write('policies/anker/klachtenregeling.md', text('Alleen voor De Boei.'));
    const changedIn = repo.commit('gewijzigd', '2025-05-01');
    const versions = resolveVersions({ files: [file] });
    expect(versions.approved?.commit).toBe(changedIn);
    expect(versions.adoptedInGit).toMatchObject({ commit: adoptedIn, path: 'policies/anker/klachten.md' });
    expect(versions.adoptedInGit?.adoption.date).toBe('2025-03-26');
    expect(versions.old).toMatchObject({ commit: adoptedIn, revision: adoptedIn.slice(0, 7) });
    expect(versions.old.policy.source).toContain('Voor alle scholen.');
    expect(versions.new.policy.source).toContain('Alleen voor De Boei.');
  });

  it('refuses with clear errors', () => {
    const { repo, file } = history();
    expect(caught(() => resolveVersions({ files: [file], from: 'v9.9' }))).toMatchObject({
      ruleId: 'unknown-revision',
      place: { argument: 'v9.9' },
    });
    expect(caught(() => resolveVersions({ files: [file], from: '--output=x' })).ruleId).toBe('bad-revision');
    const later = repo.write('policies/later.md', version('approved', '1.0', 'Later.'));
    repo.commit('later');
    expect(caught(() => resolveVersions({ files: [later], from: 'HEAD~1' })).ruleId).toBe('not-at-revision');
    const untracked = repo.write('policies/untracked.md', version('approved', '1.0', 'Nog niet vastgelegd.'));
    expect(caught(() => resolveVersions({ files: [untracked] })).ruleId).toBe('not-committed');
    const drafts = repo.write('policies/drafts.md', version('draft', '0.1', 'Concept.'));
    repo.commit('drafts');
    const none = caught(() => resolveVersions({ files: [drafts] }));
    expect(none.ruleId).toBe('no-approved-version');
    expect(none.hint).toContain('--from');

    const outside = join(mkdtempSync(join(tmpdir(), 'clausemark-nogit-')), 'p.md');
    writeFileSync(outside, version('approved', '1.0', 'Buiten git.'));
    expect(caught(() => resolveVersions({ files: [outside] })).ruleId).toBe('not-in-git');
    expect(caught(() => resolveVersions({ files: [outside], from: 'HEAD' })).ruleId).toBe('not-in-git');
  });

  it('a file that is not a policy: binary, or fatally broken, named with line:col', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-inputs-'));
    const good = join(dir, 'good.md');
    writeFileSync(good, version('draft', '1.0', 'Goed.'));
    const binary = join(dir, 'logo.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const error = caught(() => resolveVersions({ files: [binary, good] }));
    expect(error.ruleId).toBe('binary-file');
    expect(error.format()).toMatch(/logo\.md:3:1: this is a binary file/);
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '---\ntitle: "open\n---\n\nTekst.\n');
    const fatal = caught(() => resolveVersions({ files: [good, broken] }));
    expect(fatal.format()).toMatch(/broken\.md:2:\d+: not a readable policy: invalid YAML/);
  });

  it('a broken version in git history is named with its revision', () => {
    const repo = tempRepo();
    const file = repo.write('p.md', '---\ntitle: "open\n---\n');
    repo.commit('broken');
    repo.write('p.md', version('draft', '1.0', 'Hersteld.'));
    expect(caught(() => resolveVersions({ files: [file], from: 'HEAD' })).format()).toMatch(
      /p\.md@HEAD \([0-9a-f]{7}\):2:\d+: not a readable policy/,
    );
  });

  it('refuses argument combinations that make no sense', () => {
    expect(caught(() => resolveVersions({ files: [] })).ruleId).toBe('bad-arguments');
    expect(caught(() => resolveVersions({ files: ['a.md', 'b.md', 'c.md'] })).place.argument).toBe('c.md');
    expect(caught(() => resolveVersions({ files: ['a.md', 'b.md'], from: 'HEAD' })).place.argument).toBe('--from');
    expect(caught(() => resolveVersions({ files: ['a.md'], to: 'HEAD' })).place.argument).toBe('--to');
  });
});
