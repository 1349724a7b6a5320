// What git shows of an adoption written by hand (src/procedure/adoption-git.ts) must not turn on how its row or its
// file was handled after: an adoption row whose name is corrected in a later commit is the adoption still, written
// down in the commit where a row of that adoption (adopting, on that day) first stood, and the note says where it
// was corrected; a row dated otherwise records another adoption. A file moved by a delete and an add under another
// name in separate commits, or by a copy then a delete, keeps its history where git finds the two alike; where it
// does not but the file deleted carried the same policy id, git cannot tell and the note says the history before is
// not followed. A rename staged with `git mv` and not committed keeps the answer the committed rename gives, and so
// does a plain `mv` not told to git, where git finds the two texts alike. Real git repositories in temp dirs.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/read.js';
import { parsePolicy } from '../../src/parse/index.js';
import { adoptedTextInGit, changedSinceAdoption, evidenceKey, gitEvidence } from '../../src/procedure/adoption-git.js';
import { adoptionNote } from '../../src/wording/adoption-note.js';
import { loadLabels } from '../../src/wording/labels.js';
import { tempRepo } from '../support/git.js';
import { ankerPolicy, HAND_ADOPTION_ROW } from '../support/hand-adopted.js';
import { PROJECT_ROOT } from '../support/paths.js';

const DAY = '2026-11-30';
const FILE = 'policies/anker/klachtenregeling.md';
const MOVED = 'policies/anker/klachten.md';
/** Long enough for git to find two versions alike (its rename detection compares whole files). */
const WORDS =
  'Voor alle scholen. Een klacht wordt binnen zes weken afgehandeld door de klachtencommissie van de stichting, ' +
  'en de klager ontvangt een ontvangstbevestiging en wordt gehoord voordat een oordeel volgt.';
/** Words git finds unlike WORDS, the front matter and all. */
const REWRITTEN = Array.from(
  { length: 12 },
  (_, index) => `Artikel ${index + 1} van de herschreven regeling: iedere ouder kan een melding doen bij de directeur.`,
).join(' ');
const adopted = (words: string) => ankerPolicy({ id: 'klachtenregeling', text: words, adopted: true });
/** The same adoption, its approver's name misspelt. */
const misspelt = (words: string) => adopted(words).replace('J. de Vries', 'J. de Vris');

function policyOf(file: string) {
  const { text, bom, eol } = decodeSource(readFileSync(file), file);
  return parsePolicy(text, { path: file, encoding: { bom, eol } }).policy;
}

const evidenceOf = (file: string) => gitEvidence(file, policyOf(file), DAY);
const short = (commit: string) => commit.slice(0, 7);

describe('an adoption row corrected in a later commit', () => {
  /** Adopted by hand with the name misspelt, the words changed after, then the name corrected. */
  function correctedAfterAnEdit() {
    const repo = tempRepo('clausemark-adoption-history-');
    repo.write(FILE, misspelt(WORDS));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    repo.write(FILE, misspelt(`${WORDS} Alleen voor De Boei.`));
    repo.commit('gewijzigd', '2025-05-01');
    const file = repo.write(FILE, adopted(`${WORDS} Alleen voor De Boei.`));
    const correctedIn = repo.commit('naam verbeterd', '2025-06-01');
    return { repo, file, adoptedIn, correctedIn };
  }

  it('is written down where the adoption first stood, not where its name was corrected: the edit between is seen', () => {
    const { file, adoptedIn, correctedIn } = correctedAfterAnEdit();
    const shown = { commit: short(adoptedIn), date: '2025-03-26', corrected: short(correctedIn) };
    expect(evidenceOf(file)).toEqual({ changed: shown });
    expect(changedSinceAdoption(file, policyOf(file), DAY)).toEqual({
      ...shown,
      commit: adoptedIn,
      corrected: correctedIn,
    });
    expect(adoptedTextInGit(file, policyOf(file), DAY)?.commit).toBe(adoptedIn);
    expect(evidenceKey(evidenceOf(file))).toBe(
      `changed ${short(adoptedIn)} 2025-03-26 corrected ${short(correctedIn)}`,
    );
    expect(adoptionNote(policyOf(file), loadLabels('nl', { root: PROJECT_ROOT }), DAY, evidenceOf(file))).toBe(
      `gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${short(adoptedIn)} van 26 maart 2025, die de vaststelling vastlegde; rij later verbeterd in commit ${short(correctedIn)}`,
    );
  });

  it('keeps the adopted text where only the name was corrected, and says where', () => {
    const repo = tempRepo('clausemark-adoption-history-');
    repo.write(FILE, misspelt(WORDS));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    const file = repo.write(FILE, adopted(WORDS));
    const correctedIn = repo.commit('naam verbeterd', '2025-06-01');
    expect(evidenceOf(file)).toEqual({
      adopted: { commit: short(adoptedIn), date: '2025-03-26', corrected: short(correctedIn) },
    });
    expect(adoptionNote(policyOf(file), loadLabels('en', { root: PROJECT_ROOT }), DAY, evidenceOf(file), 'en')).toBe(
      `adopted text according to git (commit ${short(adoptedIn)}, adoption 26 March 2025); row corrected later in commit ${short(correctedIn)}`,
    );
  });

  it('is the same adoption with a second signer added later; a row dated otherwise is another adoption', () => {
    const repo = tempRepo('clausemark-adoption-history-');
    repo.write(FILE, adopted(WORDS));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    const second = '  - { date: 2025-03-26, name: A. Bakker, role: Secretaris, step: vaststelling }\n';
    const file = repo.write(FILE, adopted(WORDS).replace(HAND_ADOPTION_ROW, `${second}${HAND_ADOPTION_ROW}`));
    repo.commit('tweede ondertekenaar', '2025-04-01');
    expect(evidenceOf(file)).toEqual({ adopted: { commit: short(adoptedIn), date: '2025-03-26' } });
    repo.write(FILE, adopted(WORDS).replace('2025-03-26', '2025-03-27'));
    const redatedIn = repo.commit('datum anders', '2025-05-01');
    expect(evidenceOf(file)).toEqual({ adopted: { commit: short(redatedIn), date: '2025-03-27' } });
  });
});

describe('a file moved in ways git log --follow does not connect', () => {
  /** Adopted by hand under FILE, then its words changed there. */
  function adoptedThenChanged() {
    const repo = tempRepo('clausemark-adoption-moves-');
    repo.write(FILE, adopted(WORDS));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    repo.write(FILE, adopted(`${WORDS} Alleen voor De Boei.`));
    repo.commit('gewijzigd', '2025-05-01');
    return { repo, adoptedIn, changed: { changed: { commit: short(adoptedIn), date: '2025-03-26' } } };
  }

  it('keeps the adoption through `git rm` and an add under a new name in a later commit', () => {
    const { repo, changed } = adoptedThenChanged();
    repo.git('rm', '-q', FILE);
    repo.commit('weg', '2025-06-01');
    const file = repo.write(MOVED, adopted(`${WORDS} Alleen voor De Boei.`));
    repo.commit('terug als klachten.md', '2025-06-02');
    expect(evidenceOf(file)).toEqual(changed);
  });

  it('keeps it through a copy, then the old file deleted in a later commit', () => {
    const { repo, changed } = adoptedThenChanged();
    const file = repo.write(MOVED, adopted(`${WORDS} Alleen voor De Boei.`));
    repo.commit('gekopieerd', '2025-06-01');
    repo.git('rm', '-q', FILE);
    repo.commit('oude weg', '2025-06-02');
    expect(evidenceOf(file)).toEqual(changed);
  });

  it('keeps it through a plain `mv` not told to git, and drops it once the old file is back', () => {
    const { repo, changed } = adoptedThenChanged();
    const file = join(repo.root, MOVED);
    renameSync(join(repo.root, FILE), file);
    expect(evidenceOf(file)).toEqual(changed);
    // The old file written back, the index untouched: a copy whose source lives on, with no history of its own.
    writeFileSync(join(repo.root, FILE), repo.git('show', `HEAD:${FILE}`));
    expect(evidenceOf(file)).toEqual({});
  });

  it('says the history before is not followed where the file deleted had the same id and git finds them unlike', () => {
    const { repo } = adoptedThenChanged();
    repo.git('rm', '-q', FILE);
    repo.commit('weg', '2025-06-01');
    const file = repo.write(MOVED, adopted(REWRITTEN));
    const addedIn = repo.commit('herschreven', '2025-06-02');
    expect(evidenceOf(file)).toEqual({ notFollowed: { commit: short(addedIn) } });
    expect(evidenceKey(evidenceOf(file))).toBe(`not followed before ${short(addedIn)}`);
    expect(changedSinceAdoption(file, policyOf(file), DAY)).toBeUndefined();
    expect(adoptedTextInGit(file, policyOf(file), DAY)).toBeUndefined();
    expect(adoptionNote(policyOf(file), loadLabels('nl', { root: PROJECT_ROOT }), DAY, evidenceOf(file))).toBe(
      `tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is, want de geschiedenis vóór commit ${short(addedIn)} is niet gevolgd (git verbindt het bestand niet met het bestand dat eerder verwijderd werd)`,
    );
    // Written down after the cut, the adoption is shown as git shows it.
    repo.write(MOVED, adopted(REWRITTEN).replace('2025-03-26', '2025-07-01'));
    const readoptedIn = repo.commit('opnieuw vastgesteld', '2025-07-01');
    expect(evidenceOf(file)).toEqual({ adopted: { commit: short(readoptedIn), date: '2025-07-01' } });
  });

  it('keeps the answer of a committed rename while the rename is only staged (`git mv`)', () => {
    const { repo, changed } = adoptedThenChanged();
    repo.git('mv', FILE, MOVED);
    const file = join(repo.root, MOVED);
    expect(evidenceOf(file)).toEqual(changed);
    repo.commit('hernoemd', '2025-06-01');
    expect(evidenceOf(file)).toEqual(changed);
  });
});
