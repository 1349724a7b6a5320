// The workplace's new version (src/jobs/serve-new-version.ts) and the difference a refused save shows
// (src/jobs/serve-conflict.ts), on real files in a real git repository: the copy in revisions/ with its version raised,
// `supersedes` set and the adoption left behind, one commit by the officer; the adopted text's review date left behind
// too (an interval kept); a policy not adopted, a version taken and a changed file refused, nothing written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkplaceRefusal } from '../../src/jobs/serve-actions.js';
import { newVersionFile, nextVersion, startNewVersion } from '../../src/jobs/serve-new-version.js';
import { fileHash } from '../../src/jobs/serve-policies.js';
import { tempRepo } from '../support/git.js';

/** What `run` throws (it must throw). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

const ADOPTED = `---
id: pestprotocol
title: Pestprotocol
organisation: Basisschool De Eik
org: de-eik
version: "1.0"
status: approved # vastgesteld
lang: nl
effective: 2026-01-01
approvals:
  - date: 2025-12-01
    name: J. de Vries
    role: Voorzitter College van Bestuur
    step: vaststelling
---

# Pestprotocol

## Aanpak {#aanpak}

1. {#aanpak.melden} Wie pesten ziet, meldt het bij de leerkracht.
`;

describe('nextVersion', () => {
  it('raises the last number of a version', () => {
    expect(nextVersion('1.0')).toBe('1.1');
    expect(nextVersion('2')).toBe('3');
    expect(nextVersion('1.9')).toBe('1.10');
    expect(nextVersion('2025-2026')).toBe('2025-2027');
    expect(nextVersion('concept')).toBe('concept.1');
  });
});

describe('startNewVersion', () => {
  it('copies the adopted policy into revisions/ as a draft that supersedes it, and commits that file alone', () => {
    const repo = tempRepo();
    const file = repo.write('policies/de-eik/pestprotocol.md', ADOPTED);
    repo.commit('start');
    const { target, committed } = startNewVersion(repo.root, file, fileHash(file), '', 'A. Beleid', repo.root);
    expect(target).toBe(join(repo.root, 'policies/de-eik/revisions/pestprotocol-1.1.md'));
    expect(target).toBe(newVersionFile(file, '1.1'));
    const copy = readFileSync(target, 'utf8');
    expect(copy).toMatch(/^version: "1\.1"$/m);
    expect(copy).toMatch(/^supersedes: "1\.0"$/m);
    expect(copy).toMatch(/^status: draft/m);
    expect(copy).not.toMatch(/approvals|effective|J\. de Vries/);
    expect(copy.slice(copy.indexOf('# Pestprotocol'))).toBe(ADOPTED.slice(ADOPTED.indexOf('# Pestprotocol')));
    expect(readFileSync(file, 'utf8')).toBe(ADOPTED);
    expect(committed.message).toBe('Nieuwe versie 1.1 begonnen van Pestprotocol 1.0, Basisschool De Eik');
    expect(repo.git('log', '-1', '--format=%an|%s').trim()).toBe(`A. Beleid|${committed.message}`);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(
      'policies/de-eik/revisions/pestprotocol-1.1.md',
    );

    // The same version again is refused, and so is a version that is the adopted one's.
    const again = thrown(() => startNewVersion(repo.root, file, fileHash(file), '1.1', 'A. Beleid', repo.root));
    expect(again).toBeInstanceOf(WorkplaceRefusal);
    expect(
      thrown(() => startNewVersion(repo.root, file, fileHash(file), '1.0', 'A. Beleid', repo.root)),
    ).toBeInstanceOf(WorkplaceRefusal);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
  });

  it('refuses a policy not adopted and a file changed since its page was read, writing nothing', () => {
    const repo = tempRepo();
    const draft = repo.write('policies/de-eik/pestprotocol.md', ADOPTED.replace('status: approved', 'status: draft'));
    const refusal = thrown(() => startNewVersion(repo.root, draft, fileHash(draft), '', 'A. Beleid', repo.root));
    expect(refusal).toBeInstanceOf(WorkplaceRefusal);
    expect((refusal as WorkplaceRefusal).conflict).toBe(false);
    const adopted = repo.write('policies/de-eik/ander.md', ADOPTED);
    const read = fileHash(adopted);
    writeFileSync(adopted, ADOPTED.replace('version: "1.0"', 'version: "1.2"'));
    const changed = thrown(() => startNewVersion(repo.root, adopted, read, '', 'A. Beleid', repo.root));
    expect(changed).toBeInstanceOf(WorkplaceRefusal);
    expect((changed as WorkplaceRefusal).conflict).toBe(true);
    // The page was made by this server: the refusal shows the line as read beside the line as it is now.
    expect((changed as WorkplaceRefusal).difference).toEqual([
      { before: ['version: "1.0"'], after: ['version: "1.2"'] },
    ]);
    expect(existsSync(join(repo.root, 'policies/de-eik/revisions'))).toBe(false);
  });

  it('leaves the adopted text\u2019s review date behind and says when the new version is reviewed; keeps an interval', () => {
    const repo = tempRepo();
    const withKind = ADOPTED.replace('lang: nl\n', 'lang: nl\nkind: pestprotocol\nlevel: school\nreview: 2027-03-01\n');
    const file = repo.write('policies/de-eik/pestprotocol.md', withKind);
    const noKind = repo.write(
      'policies/de-eik/ander.md',
      ADOPTED.replace('lang: nl\n', "lang: nl\nreview: '2027-03-01'\n"),
    );
    const interval = repo.write('policies/de-eik/derde.md', ADOPTED.replace('lang: nl\n', 'lang: nl\nreview: 3y\n'));
    repo.commit('start');

    const made = startNewVersion(repo.root, file, fileHash(file), '', 'A. Beleid', repo.root);
    const copy = readFileSync(made.target, 'utf8');
    expect(copy).not.toMatch(/^review:/m);
    expect(copy).toMatch(/^kind: pestprotocol$/m);
    // The next review then counts from the new adoption by the procedure's interval (pestprotocol: 2y, po.yaml); told
    // in the officer's language (English here), as every notice of the workplace.
    expect(made.review).toBe(
      "The review date 1 March 2027 belonged to version 1.0 and was not copied: the next review counts from the new version's adoption, by the procedure's interval.",
    );
    expect(readFileSync(file, 'utf8')).toBe(withKind);

    // Without a kind there is no procedure to count by: the officer is told to write one.
    const other = startNewVersion(repo.root, noKind, fileHash(noKind), '', 'A. Beleid', repo.root);
    expect(readFileSync(other.target, 'utf8')).not.toMatch(/^review:/m);
    expect(other.review).toContain('The procedure names no interval for this policy');

    // An interval counts from each adoption: the new version keeps it, and nothing is said.
    const third = startNewVersion(repo.root, interval, fileHash(interval), '', 'A. Beleid', repo.root);
    expect(readFileSync(third.target, 'utf8')).toMatch(/^review: 3y$/m);
    expect(third.review).toBeUndefined();
  });
});
