// The dossier's data as the job makes it (src/jobs/dossier.ts): a dossier of a past day counts only the kennisname
// records dated by then, and a version adopted for a later day (a revision with a later `effective`) is named beside
// the version in force, with the day it enters into force, and the version's own review no longer given.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierJob } from '../../src/jobs/dossier.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { haveTool } from '../support/tools.js';

let repo: TempRepo;
let files: string[];
const HASH = /sha256-v2:[0-9a-f]{64}/;

let lastFile = '';
const meldcodeOf = async (at: string) => {
  const { dossier, file } = await dossierJob(files, {
    root: repo.root,
    org: 'linde',
    at,
    out: join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-out-')), 'dossier.pdf'),
    acknowledgements: join(repo.root, 'acknowledgements'),
  });
  lastFile = file;
  return dossier.policies.find((policy) => policy.id === 'meldcode');
};

beforeAll(async () => {
  repo = tempRepo('clausemark-dossier-job-');
  repo.write('templates/brands/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  // Adopted 2026-01-20 (the fixture's approvals); 3.0 adopted the same way, in force from 2027-01-01.
  const current = repo.write('policies/linde/meldcode.md', meldcode('2.0', STEPS));
  const revision = repo.write(
    'policies/linde/revisions/meldcode-3.0.md',
    meldcode('3.0', [...STEPS, 'Evalueer de meldcode jaarlijks.']).replace(
      'version: "3.0"',
      'version: "3.0"\nsupersedes: "2.0"\neffective: 2027-01-01',
    ),
  );
  files = [current, revision];
  repo.commit('meldcode 2.0 and 3.0');
  // Asked and acknowledged on 2026-11-29 only: the hash is the one of 2.0's text, read from a dossier of that day.
  const hash = (await meldcodeOf('2026-11-29'))!.textHash;
  expect(hash).toMatch(HASH);
  const row = (type: string, person: string, method: string) =>
    `${type},${person},2.0,${hash},2026-11-29,${method},A. Audit,,`;
  repo.write(
    'acknowledgements/linde/meldcode/2.0.csv',
    [
      'type,person,version,hash,date,method,recorder,due,from',
      ...['p001', 'p002', 'p003', 'p004', 'p005'].map((person) => row('asked', person, 'ask')),
      row('acknowledged', 'p001', 'paper'),
      row('acknowledged', 'p002', 'paper'),
      '',
    ].join('\n'),
  );
});

describe('the dossier of a policy in force', () => {
  it('counts the kennisname records dated by its day, none of a later day', async () => {
    expect((await meldcodeOf('2026-11-29'))?.acknowledged).toEqual({ asked: 5, acknowledged: 2 });
    const before = await meldcodeOf('2026-11-01');
    expect(before?.version).toBe('2.0');
    expect(before?.acknowledged).toBeUndefined();
  });

  it('names a version adopted for a later day, with the day it enters into force', async () => {
    const now = await meldcodeOf('2026-11-29');
    expect(now?.version).toBe('2.0');
    expect(now?.adoptedLater).toEqual([{ version: '3.0', adopted: '2026-01-20', inForceFrom: '2027-01-01' }]);
    // The PDF says it under the version in force, in the policy's Dutch, with the --at that shows it.
    // Its review is the revision's now: none is given for 2.0, which 3.0 replaces first.
    expect((now?.nextReview ?? '') >= '2027-01-01').toBe(true);
    if (haveTool('pdftotext')) {
      const text = execFileSync('pdftotext', [lastFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(
        'Versie 3.0 vastgesteld op 20 januari 2026, geldt vanaf 1 januari 2027; het dossier op die dag: clausemark dossier linde --at 2027-01-01',
      );
      expect(text).toContain(
        'Volgende evaluatie: niet meer van deze versie; versie 3.0 vervangt haar op 1 januari 2027',
      );
    }
    const then = await meldcodeOf('2027-01-01');
    expect(then?.version).toBe('3.0');
    expect(then?.adoptedLater).toBeUndefined();
  });
});
