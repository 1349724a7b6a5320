// What the dossier reads from a policy file's git history (src/jobs/dossier.ts), in a real repository holding the
// school-overview fixture: a later adopted commit of the same file replaces the version it held (an office correcting
// a mislabelled schoolgids), a schoolgids of a past school year is listed as expired, not in force, and a date before
// the history begins is said as not known, never as "no version in force".
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPolicies } from '../../src/io/discover.js';
import { dossierJob } from '../../src/jobs/dossier.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';

const GIDS = 'policies/anker/de-boei/schoolgids.md';

/** The fixture's De Boei schoolgids relabelled as the one of 2025–2026, adopted in 2025. */
const lastYears = (text: string): string =>
  text
    .replaceAll('2026-2027', '2025-2026')
    .replace('effective: 2026-08-01', 'effective: 2025-08-01')
    .replaceAll(/(date|asked): 2026-/g, '$1: 2025-');

function fixtureRepo(prefix: string): TempRepo {
  const repo = tempRepo(prefix);
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/school-overview/policies'), join(repo.root, 'policies'), {
    recursive: true,
  });
  cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
  return repo;
}

const dossierOf = async (repo: TempRepo, at: string) =>
  (
    await dossierJob(discoverPolicies([join(repo.root, 'policies')]), {
      root: repo.root,
      org: 'anker',
      at,
      out: join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-history-')), 'dossier.pdf'),
    })
  ).dossier;

describe('a schoolgids corrected in a later commit', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = fixtureRepo('clausemark-dossier-corrected-');
    repo.commit('the foundation', '2026-11-01');
    const file = join(repo.root, GIDS);
    writeFileSync(file, lastYears(readFileSync(file, 'utf8')));
    repo.commit('schoolgids: it was the one of 2025-2026', '2026-11-20');
  });

  it('is read as the file now holds it: the earlier commit is replaced, never in force beside it', async () => {
    const dossier = await dossierOf(repo, '2026-11-29');
    expect(dossier.policies.filter((policy) => policy.org === 'anker-de-boei').map((policy) => policy.title)).toEqual([
      'Schoolplan 2023-2027',
    ]);
    // The corrected text is last year's: expired, as the duty table calls this year's late.
    const gids = dossier.notInForce.find((policy) => policy.organisation.startsWith('OBS De Boei'));
    expect(gids).toMatchObject({
      title: 'Schoolgids 2025-2026',
      expired: { schoolYear: '2025–2026', current: '2026–2027' },
    });
    const boei = dossier.required?.rows.find((row) => row.org === 'anker-de-boei');
    expect(boei?.cells.find((cell) => cell.kind === 'schoolgids')?.state).toBe('overdue');
  });

  it('in its own school year, the corrected version is in force, and the replaced one not named for later', async () => {
    const dossier = await dossierOf(repo, '2026-07-01');
    const gids = dossier.policies.find((policy) => policy.org === 'anker-de-boei' && policy.kind === 'schoolgids');
    expect(gids?.version).toBe('2025-2026');
    expect(gids?.adoptedLater).toBeUndefined();
  });
});

describe('a dossier of a date before the git history begins', () => {
  it('says the history begins later, not that no version was in force', async () => {
    const repo = fixtureRepo('clausemark-dossier-before-history-');
    repo.commit('the foundation', '2026-11-01');
    const dossier = await dossierOf(repo, '2025-03-30');
    const klacht = dossier.notInForce.find((policy) => policy.id === 'klachtenregeling');
    // Adopted 2025-03-26, in force from 2025-04-01: said, and what was in force before is not known.
    expect(klacht).toMatchObject({ adopted: '2025-03-26', inForceFrom: '2025-04-01', historyFrom: '2026-11-01' });
  });

  it('within the history, says nothing of where it begins', async () => {
    const repo = fixtureRepo('clausemark-dossier-in-history-');
    repo.commit('the foundation', '2025-01-10');
    const dossier = await dossierOf(repo, '2025-03-30');
    const klacht = dossier.notInForce.find((policy) => policy.id === 'klachtenregeling');
    expect(klacht).toMatchObject({ adopted: '2025-03-26', inForceFrom: '2025-04-01' });
    expect(klacht?.historyFrom).toBeUndefined();
  });
});
