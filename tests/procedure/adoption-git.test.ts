// What git shows of an adoption written by hand (src/procedure/adoption-git.ts), read once per file and git state:
// the table of `start`, the overview, the manifest, the cover and the report all ask it of one file in one run, and
// a build worker is handed what the batch's thread read. A real git repository in a temp dir; git's history
// reading (fileVersions) is counted, per file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { loadPolicy, parsePolicy } from '../../src/parse/index.js';
import { ankerPolicy } from '../support/hand-adopted.js';
import { tempRepo } from '../support/git.js';

const readings = new Map<string, number>();

vi.mock('../../src/io/git.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/io/git.js')>();
  return {
    ...original,
    fileVersions: (file: Parameters<typeof original.fileVersions>[0]) => {
      const path = resolve(typeof file === 'string' ? file : file.file);
      readings.set(path, (readings.get(path) ?? 0) + 1);
      return original.fileVersions(file);
    },
  };
});

const { adoptedTextInGit, changedSinceAdoption, evidenceKey, gitAnswersOf, gitEvidence, takeGitAnswers } = await import(
  '../../src/procedure/adoption-git.js'
);

const DAY = '2026-11-30';

/** Klachtenregeling committed as a draft, then adopted by hand (no hash) in a commit, its words changed in the next. */
function adoptedThenChanged() {
  const repo = tempRepo('clausemark-adoption-git-');
  const text = (words: string) => ankerPolicy({ id: 'klachtenregeling', text: words, adopted: true });
  const draft = ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: false });
  repo.write('policies/anker/klachtenregeling.md', draft);
  repo.commit('concept', '2025-03-01');
  const file = repo.write('policies/anker/klachtenregeling.md', text('Voor alle scholen.'));
  const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
  repo.write('policies/anker/klachtenregeling.md', text('Alleen voor De Boei.'));
  repo.commit('gewijzigd', '2025-05-01');
  return { repo, file, adoptedIn, text };
}

const readingsOf = (file: string): number => readings.get(resolve(file)) ?? 0;

describe('what git shows of an adoption without a hash', () => {
  it('is read once per git state: asked again, git is not; after a commit is undone, it is', () => {
    const { repo, file, adoptedIn } = adoptedThenChanged();
    const policy = loadPolicy(file).policy;
    expect(changedSinceAdoption(file, policy, DAY)).toEqual({ commit: adoptedIn, date: '2025-03-26' });
    expect(changedSinceAdoption(file, policy, DAY)).toEqual({ commit: adoptedIn, date: '2025-03-26' });
    expect(gitEvidence(file, policy, DAY)).toEqual({ changed: { commit: adoptedIn.slice(0, 7), date: '2025-03-26' } });
    expect(readingsOf(file)).toBe(1);
    // The adoption's and the change's commits undone (the file as it is, uncommitted): no commit holds the row, and git is asked anew.
    repo.git('reset', '-q', '--soft', 'HEAD~2');
    expect(changedSinceAdoption(file, policy, DAY)).toBeUndefined();
    expect(readingsOf(file)).toBe(2);
  });

  it('holds each text asked about to the one adopted: the adopted words, read from git, are not changed', () => {
    const { file, text, adoptedIn } = adoptedThenChanged();
    const now = loadPolicy(file).policy;
    const asAdopted = parsePolicy(text('Voor alle scholen.'), { path: file }).policy;
    expect(changedSinceAdoption(file, now, DAY)).toBeDefined();
    expect(changedSinceAdoption(file, asAdopted, DAY)).toBeUndefined();
    // Git shows the adopted words are these: said with the commit and the adoption's day.
    expect(gitEvidence(file, asAdopted, DAY)).toEqual({
      adopted: { commit: adoptedIn.slice(0, 7), date: '2025-03-26' },
    });
    expect(readingsOf(file)).toBe(1);
  });

  it("keys for the build's manifest each answer the cover prints, with its commit and day", () => {
    const adopted = evidenceKey({ adopted: { commit: 'abc1234', date: '2025-03-26' } });
    const keys = [
      evidenceKey({}),
      adopted,
      evidenceKey({ adopted: { commit: 'def5678', date: '2025-03-26' } }),
      evidenceKey({ adopted: { commit: 'abc1234', date: '2025-03-27' } }),
      evidenceKey({ changed: { commit: 'abc1234', date: '2025-03-26' } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(evidenceKey(undefined)).toBeUndefined();
  });

  it('finds where git holds the text adopted: the commit that wrote the adoption down, and the path there', () => {
    const { file, adoptedIn } = adoptedThenChanged();
    const found = adoptedTextInGit(file, loadPolicy(file).policy, DAY);
    expect(found).toMatchObject({ commit: adoptedIn, path: 'policies/anker/klachtenregeling.md' });
    expect(found?.adoption).toMatchObject({ date: '2025-03-26', step: 'vaststelling' });
    // Before the adoption's day it does not stand, and nothing is said of it.
    expect(adoptedTextInGit(file, loadPolicy(file).policy, '2025-03-25')).toBeUndefined();
  });

  it('asks nothing of git for an adoption that records its hash, or a draft', () => {
    const repo = tempRepo('clausemark-adoption-git-');
    const draft = repo.write(
      'policies/anker/concept.md',
      ankerPolicy({ id: 'concept', text: 'Nog niet.', adopted: false }),
    );
    const recorded = repo.write(
      'policies/anker/gedragscode.md',
      ankerPolicy({ id: 'gedragscode', text: 'Wij gaan goed met elkaar om.', adopted: false }),
    );
    const adoption = { name: 'J. de Vries', role: 'Voorzitter', date: '2025-04-01', step: 'vaststelling' };
    writeFileSync(recorded, approveSource(loadPolicy(recorded), adoption).source);
    repo.commit('concept en vastgestelde gedragscode');
    expect(gitEvidence(draft, loadPolicy(draft).policy, DAY)).toBeUndefined();
    expect(gitEvidence(recorded, loadPolicy(recorded).policy, DAY)).toBeUndefined();
    expect(readingsOf(draft) + readingsOf(recorded)).toBe(0);
  });

  it('hands what one thread read to another (a build worker), which then asks git nothing', () => {
    const { file, adoptedIn } = adoptedThenChanged();
    const policy = loadPolicy(file).policy;
    expect(changedSinceAdoption(file, policy, DAY)?.commit).toBe(adoptedIn);
    const answers = gitAnswersOf(file)!;
    expect(answers).toHaveLength(1);
    // What the worker is handed is taken as read: a commit it names is the one said, without asking git.
    const [key, holding] = answers[0]!;
    takeGitAnswers(file, [[key, { ...holding!, commit: 'c0ffee0', date: '2025-03-27' }]]);
    expect(changedSinceAdoption(file, policy, DAY)).toEqual({ commit: 'c0ffee0', date: '2025-03-27' });
    expect(readingsOf(file)).toBe(1);
  });
});
