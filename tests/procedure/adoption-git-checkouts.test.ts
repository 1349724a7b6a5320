// What git shows of an adoption written by hand (src/procedure/adoption-git.ts) must not turn on how the repository
// was checked out or on what an editor does to a file's bytes. A shallow clone (`git clone --depth 1`) cuts the
// history: its first commit holds the adoption row and today's words, but did not write the row down, so git shows
// neither "adopted" nor "changed" there and the note says why (the history is incomplete); a row written after the
// cut is still shown. A file renamed in git, its line endings turned to CRLF (by hand or by core.autocrlf), a newline
// added at its end or its last one dropped, or a byte order mark put in front, is the adopted text still; so is one
// renamed and changed in one commit, whose change is seen. Real git repositories in temp dirs.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/read.js';
import { parsePolicy } from '../../src/parse/index.js';
import { adoptedTextInGit, changedSinceAdoption, evidenceKey, gitEvidence } from '../../src/procedure/adoption-git.js';
import { adoptionNote } from '../../src/wording/adoption-note.js';
import { loadLabels } from '../../src/wording/labels.js';
import { tempRepo } from '../support/git.js';
import { ankerPolicy } from '../support/hand-adopted.js';
import { PROJECT_ROOT } from '../support/paths.js';

const DAY = '2026-11-30';
const FILE = 'policies/anker/klachtenregeling.md';
const adopted = (words: string) => ankerPolicy({ id: 'klachtenregeling', text: words, adopted: true });
const draft = ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: false });

/** The policy as a build reads `file` (its encoding and line endings decoded). */
function policyOf(file: string) {
  const { text, bom, eol } = decodeSource(readFileSync(file), file);
  return parsePolicy(text, { path: file, encoding: { bom, eol } }).policy;
}

const evidenceOf = (file: string) => gitEvidence(file, policyOf(file), DAY);

/** `repo` cloned with only its last `depth` commits (`git clone --depth N file://…`). */
function shallowClone(root: string, depth: number): string {
  const into = join(mkdtempSync(join(tmpdir(), 'clausemark-shallow-')), 'clone');
  execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${root}`, into]);
  return into;
}

/** Adopted by hand in one commit, its words changed in the next, and a commit of another file after. */
function adoptedChangedThenOther() {
  const repo = tempRepo('clausemark-checkouts-');
  repo.write(FILE, draft);
  repo.commit('concept', '2025-03-01');
  repo.write(FILE, adopted('Voor alle scholen.'));
  const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
  repo.write(FILE, adopted('Alleen voor De Boei.'));
  repo.commit('gewijzigd', '2025-05-01');
  repo.write('README.md', 'Beleid van Het Anker.\n');
  repo.commit('leesmij', '2025-06-01');
  return { repo, adoptedIn };
}

describe('a shallow clone', () => {
  it('does not call words changed after the adoption "adopted": git cannot tell, and the note says why', () => {
    const { repo, adoptedIn } = adoptedChangedThenOther();
    expect(evidenceOf(join(repo.root, FILE))).toEqual({
      changed: { commit: adoptedIn.slice(0, 7), date: '2025-03-26' },
    });
    const file = join(shallowClone(repo.root, 1), FILE);
    expect(evidenceOf(file)).toEqual({ shallow: true });
    expect(evidenceKey(evidenceOf(file))).toBe('shallow');
    expect(changedSinceAdoption(file, policyOf(file), DAY)).toBeUndefined();
    expect(adoptedTextInGit(file, policyOf(file), DAY)).toBeUndefined();
    const policy = policyOf(file);
    expect(adoptionNote(policy, loadLabels('nl', { root: PROJECT_ROOT }), DAY, evidenceOf(file))).toBe(
      'tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is, want de git-geschiedenis is niet volledig (ondiepe kopie)',
    );
    expect(adoptionNote(policy, loadLabels('en', { root: PROJECT_ROOT }), DAY, evidenceOf(file), 'en')).toBe(
      'text not recorded at adoption (no hash): whether this is the adopted text cannot be told, as the git history is incomplete (shallow clone)',
    );
  });

  it('does not call unchanged words "adopted" on the strength of the commit where it is cut', () => {
    const repo = tempRepo('clausemark-checkouts-');
    repo.write(FILE, adopted('Voor alle scholen.'));
    repo.commit('vastgesteld', '2025-03-26');
    repo.write('README.md', 'Beleid van Het Anker.\n');
    repo.commit('leesmij', '2025-06-01');
    expect(evidenceOf(join(shallowClone(repo.root, 1), FILE))).toEqual({ shallow: true });
  });

  it('shows what a full clone shows where the commit before the one that wrote the row down is within its depth', () => {
    const { repo, adoptedIn } = adoptedChangedThenOther();
    const full = evidenceOf(join(repo.root, FILE));
    expect(full).toEqual({ changed: { commit: adoptedIn.slice(0, 7), date: '2025-03-26' } });
    expect(evidenceOf(join(shallowClone(repo.root, 4), FILE))).toEqual(full);
    // Cut at the adopting commit itself: git cannot show the row was not there before it.
    expect(evidenceOf(join(shallowClone(repo.root, 3), FILE))).toEqual({ shallow: true });
  });
});

describe('ordinary edits to a file adopted by hand', () => {
  /** Adopted by hand in a commit, with nothing changed since. */
  function adoptedOnly() {
    const repo = tempRepo('clausemark-checkouts-');
    const file = repo.write(FILE, adopted('Voor alle scholen.'));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    return { repo, file, shown: { adopted: { commit: adoptedIn.slice(0, 7), date: '2025-03-26' } } };
  }

  it('keeps the adopted text through a rename committed in git', () => {
    const { repo, shown } = adoptedOnly();
    repo.git('mv', FILE, 'policies/anker/klachten.md');
    repo.commit('hernoemd', '2025-04-01');
    expect(evidenceOf(join(repo.root, 'policies/anker/klachten.md'))).toEqual(shown);
  });

  it('keeps it through a rename with the words changed in the same commit: they changed since', () => {
    const { repo, shown } = adoptedOnly();
    repo.git('mv', FILE, 'policies/anker/klachten.md');
    const renamed = repo.write('policies/anker/klachten.md', adopted('Voor alle scholen van de stichting.'));
    repo.commit('hernoemd en gewijzigd', '2025-04-01');
    expect(evidenceOf(renamed)).toEqual({ changed: { commit: shown.adopted.commit, date: '2025-03-26' } });
  });

  it('keeps it through CRLF line endings, in the work tree, committed, or made by core.autocrlf', () => {
    const { repo, file, shown } = adoptedOnly();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    expect(evidenceOf(file)).toEqual(shown);
    repo.commit('regeleinden van Windows', '2025-04-01');
    expect(evidenceOf(file)).toEqual(shown);
    const other = adoptedOnly();
    other.repo.git('config', 'core.autocrlf', 'true');
    other.repo.git('rm', '-q', '--cached', FILE);
    writeFileSync(other.file, readFileSync(other.file, 'utf8').replace(/\n/g, '\r\n'));
    other.repo.git('add', FILE);
    expect(evidenceOf(other.file)).toEqual(other.shown);
  });

  it('keeps it through a newline added at the end, the last one dropped, or a byte order mark', () => {
    const { file, shown } = adoptedOnly();
    const text = readFileSync(file, 'utf8');
    appendFileSync(file, '\n\n');
    expect(evidenceOf(file)).toEqual(shown);
    writeFileSync(file, text.replace(/\n$/, ''));
    expect(evidenceOf(file)).toEqual(shown);
    writeFileSync(file, `\uFEFF${text}`);
    expect(evidenceOf(file)).toEqual(shown);
  });

  it('still sees a changed word (so the cases above can fail)', () => {
    const { file, shown } = adoptedOnly();
    writeFileSync(file, adopted('Voor alle scholen niet.'));
    expect(evidenceOf(file)).toEqual({ changed: { commit: shown.adopted.commit, date: '2025-03-26' } });
  });
});
