// A policy file's history across the ways it is moved (src/io/git-history.ts): a `git rm` and an add under a new
// name in separate commits, a copy then a delete, and a rename staged with `git mv` but not committed keep the
// versions before; a copy whose source lives on, or an unrelated new file, does not take another file's history; a
// file deleted and one added with the same policy id that git does not find alike is said, not joined. Real git
// repositories in temp dirs. A plain `mv` not told to git keeps them where git finds the two texts alike.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileVersions } from '../../src/io/git.js';
import { tempRepo } from '../support/git.js';

/** A policy's text: its front matter `id` and a paragraph long enough for git to compare. */
const policy = (id: string, words: string): string =>
  `---\nid: ${id}\ntitle: Klachtenregeling\n---\n\n## Doel {#doel}\n\n{#doel.een} ${words}\n\n` +
  '{#doel.twee} Een klacht wordt binnen zes weken afgehandeld door de klachtencommissie van de stichting.\n\n' +
  '{#doel.drie} De klager ontvangt een ontvangstbevestiging en wordt gehoord voordat een oordeel volgt.\n';

/** Klachtenregeling committed twice as klachten-oud.md, with a commit of another file between. */
function twoVersionsUnderOldName() {
  const repo = tempRepo('clausemark-git-history-');
  repo.write('policies/klachten-oud.md', policy('klachtenregeling', 'Voor alle scholen.'));
  repo.commit('eerste', '2025-01-10');
  repo.write('policies/klachten-oud.md', policy('klachtenregeling', 'Voor alle scholen van de stichting.'));
  repo.commit('vastgesteld', '2025-03-26');
  repo.write('README.md', 'Beleid.\n');
  repo.commit('leesmij', '2025-04-01');
  return repo;
}

const subjects = (file: string) => fileVersions(file).map((version) => `${version.subject} ${version.path}`);

describe('a policy file moved', () => {
  it('by `git rm` and an add under a new name in a later commit keeps the versions before', () => {
    const repo = twoVersionsUnderOldName();
    repo.git('rm', '-q', 'policies/klachten-oud.md');
    repo.commit('weg', '2025-05-01');
    const file = repo.write(
      'policies/klachtenregeling.md',
      policy('klachtenregeling', 'Voor alle scholen van de stichting.'),
    );
    repo.commit('terug onder een nieuwe naam', '2025-05-02');
    expect(subjects(file)).toEqual([
      'terug onder een nieuwe naam policies/klachtenregeling.md',
      'vastgesteld policies/klachten-oud.md',
      'eerste policies/klachten-oud.md',
    ]);
    expect(fileVersions(file).at(-1)?.notFollowed).toBeUndefined();
  });

  it('by a copy, then the old file deleted in a later commit, keeps the versions before', () => {
    const repo = twoVersionsUnderOldName();
    const file = repo.write(
      'policies/klachtenregeling.md',
      policy('klachtenregeling', 'Voor alle scholen van de stichting.'),
    );
    repo.commit('gekopieerd', '2025-05-01');
    repo.git('rm', '-q', 'policies/klachten-oud.md');
    repo.commit('oude weg', '2025-05-02');
    expect(subjects(file)).toEqual([
      'gekopieerd policies/klachtenregeling.md',
      'vastgesteld policies/klachten-oud.md',
      'eerste policies/klachten-oud.md',
    ]);
  });

  it('by `git mv` not yet committed keeps the versions of the old name', () => {
    const repo = twoVersionsUnderOldName();
    repo.git('mv', 'policies/klachten-oud.md', 'policies/klachtenregeling.md');
    expect(subjects(`${repo.root}/policies/klachtenregeling.md`)).toEqual([
      'vastgesteld policies/klachten-oud.md',
      'eerste policies/klachten-oud.md',
    ]);
  });

  it('does not take the history of a copy whose source lives on, nor of a file only deleted', () => {
    const repo = twoVersionsUnderOldName();
    const copy = repo.write(
      'policies/kopie.md',
      policy('klachtenregeling-boei', 'Voor alle scholen van de stichting.'),
    );
    repo.commit('kopie', '2025-05-01');
    expect(subjects(copy)).toEqual(['kopie policies/kopie.md']);
    repo.git('rm', '-q', 'policies/klachten-oud.md');
    repo.commit('weg', '2025-05-02');
    const other = repo.write('policies/privacy.md', policy('privacy', 'Over persoonsgegevens, iets heel anders.'));
    repo.write('policies/privacy.md', `---\nid: privacy\n---\n\n## Privacy {#p}\n\n{#p.een} Anders.\n`);
    repo.commit('privacy', '2025-05-03');
    expect(subjects(other)).toEqual(['privacy policies/privacy.md']);
    expect(fileVersions(other).at(-1)?.notFollowed).toBeUndefined();
  });

  it('says where a file deleted with the same policy id is not alike: the history before is not followed', () => {
    const repo = twoVersionsUnderOldName();
    repo.git('rm', '-q', 'policies/klachten-oud.md');
    const deletedIn = repo.commit('weg', '2025-05-01');
    const file = repo.write(
      'policies/klachtenregeling.md',
      '---\nid: klachtenregeling\n---\n\n## Nieuw {#n}\n\n{#n.een} Herschreven.\n',
    );
    repo.commit('herschreven', '2025-05-02');
    const versions = fileVersions(file);
    expect(versions.map((version) => version.subject)).toEqual(['herschreven']);
    expect(versions[0]?.notFollowed).toEqual({ path: 'policies/klachten-oud.md', deletedIn });
  });
});

describe('a policy file moved by a plain `mv`, not told to git', () => {
  it('keeps the versions before where git finds the new file like the old one, its words edited too', () => {
    const repo = twoVersionsUnderOldName();
    const old = join(repo.root, 'policies/klachten-oud.md');
    const file = join(repo.root, 'policies/klachtenregeling.md');
    renameSync(old, file);
    expect(subjects(file)).toEqual(['vastgesteld policies/klachten-oud.md', 'eerste policies/klachten-oud.md']);
    writeFileSync(file, policy('klachtenregeling', 'Voor alle scholen van de stichting, ook de nieuwe.'));
    expect(subjects(file)).toEqual(['vastgesteld policies/klachten-oud.md', 'eerste policies/klachten-oud.md']);
    // Staged as new, the old file still in the index: the same.
    repo.git('add', 'policies/klachtenregeling.md');
    expect(subjects(file)).toEqual(['vastgesteld policies/klachten-oud.md', 'eerste policies/klachten-oud.md']);
    // Committed as git records it: the same versions, and the commit of the move.
    repo.commit('verplaatst', '2025-06-01');
    expect(subjects(file)).toEqual([
      'verplaatst policies/klachtenregeling.md',
      'vastgesteld policies/klachten-oud.md',
      'eerste policies/klachten-oud.md',
    ]);
  });

  it('takes no history where the new file is unlike the one gone, nor where the old file is still there', () => {
    const repo = twoVersionsUnderOldName();
    const rewritten = Array.from({ length: 12 }, (_, index) => `Artikel ${index + 1}: elke ouder meldt het.`);
    const unlike = repo.write('policies/klachtenregeling.md', policy('klachtenregeling', rewritten.join(' ')));
    rmSync(join(repo.root, 'policies/klachten-oud.md'));
    expect(fileVersions(unlike)).toEqual([]);
    const repo2 = twoVersionsUnderOldName();
    const copy = repo2.write('policies/kopie.md', policy('klachtenregeling', 'Voor alle scholen van de stichting.'));
    expect(fileVersions(copy)).toEqual([]);
  });
});
