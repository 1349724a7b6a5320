// Issue 72: `clausemark acknowledge` (kennisname). A real git repository with a meldcode adopted in three versions:
// 1.0 asked of its audience (alle-medewerkers: the intern and the volunteer too, not the hired contractor), recorded
// by a form tool's CSV (a typo, a duplicate, a wrong version) and a typed paper list; 2.0 with a substantive change
// asks everyone again and shows only the changed article; 2.1, an editorial fix, asks nobody and proposes carrying
// over, which a named person confirms. Records are read back from acknowledgements/, a file per version.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli as runCli } from '../support/cli.js';
import { haveTool } from '../support/tools.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { meldcode, PEOPLE, STEPS } from './acknowledge-fixture.js';

let repo: TempRepo;
let policy: string;
const records = (version: string): string =>
  readFileSync(join(repo.root, 'acknowledgements', 'linde', 'meldcode', `${version}.csv`), 'utf8');
/** The sign list of a version, as pdftotext reads it (one line of words), or undefined without pdftotext. */
const signList = (version: string): string | undefined =>
  haveTool('pdftotext')
    ? execFileSync(
        'pdftotext',
        [join(repo.root, 'acknowledgements', 'linde', 'meldcode', `${version}-tekenlijst.pdf`), '-'],
        { encoding: 'utf8' },
      ).replace(/\s+/g, ' ')
    : undefined;
const cli = (...args: string[]) => runCli(['acknowledge', ...args], { cwd: repo.root });

beforeAll(() => {
  repo = tempRepo('clausemark-acknowledge-');
  repo.write('templates/brands/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  repo.commit('meldcode 1.0');
});

describe('kennisname of a meldcode', () => {
  it('asks the audience of its kind, once, and records who and by when', async () => {
    const run = await cli('ask', policy, '--by', '2026-03-01', '--date', '2026-02-01', '--recorder', 'J. Jansen');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('asked 5 people');
    const rows = records('1.0').trim().split('\n');
    expect(rows[0]).toBe('type,person,version,hash,date,method,recorder,due,from');
    // alle-medewerkers: employees, the intern and the volunteer; not the contractor (inhuur).
    expect(rows.slice(1).map((row) => row.split(',')[1])).toEqual(['p001', 'p002', 'p003', 'p004', 'p005']);
    expect(rows[1]).toMatch(/^asked,p001,1\.0,sha256-v2:[0-9a-f]{64},2026-02-01,ask,J\. Jansen,2026-03-01,$/);
    // The page to sign, in the policy's Dutch, beside the records: the whole text to read, the five asked.
    expect(run.stdout).toContain('sign list with what changed: acknowledgements/linde/meldcode/1.0-tekenlijst.pdf');
    const page = signList('1.0');
    if (page !== undefined) {
      expect(page).toContain('Kennisname: Meldcode huiselijk geweld en kindermishandeling, versie 1.0');
      expect(page).toContain('kennisname vóór 1 maart 2026');
      expect(page).toContain('Het hele beleid: het wordt voor het eerst gevraagd.');
      expect(page).toContain('Tekenlijst');
      for (const name of ['Anna de Boer', 'Bram Jansen', 'Chantal Özdemir', 'Daan Visser', 'Eva Smit'])
        expect(page).toContain(name);
      expect(page).not.toContain('Frits Kok');
    }
    // Asked again for the same text: nobody is asked twice, the file is unchanged.
    const before = records('1.0');
    const again = await cli('ask', policy, '--date', '2026-02-02');
    expect(again.stdout).toContain('asked 0 people');
    expect(again.stdout).toContain('5 people were asked for this very text before');
    expect(records('1.0')).toBe(before);
  });

  it('records a form tool CSV: a typo refuses it whole; duplicates and wrong versions reported, not recorded', async () => {
    const csv = join(repo.root, 'form.csv');
    const rows = [
      'Tijdstempel;Naam;Versie',
      '3-2-2026 10:15:00;Anna de Boer;1.0',
      '3-2-2026 10:16:00;bram  jansen;1.0',
      '3-2-2026 10:17:00;Chantal Ozdemir;1.0',
      '3-2-2026 10:18:00;Daan Vsser;1.0',
      '3-2-2026 10:19:00;Anna de Boer;1.0',
      '3-2-2026 10:20:00;Eva Smit;0.9',
    ];
    writeFileSync(csv, rows.join('\r\n'));
    const before = records('1.0');
    const refused = await cli('record', policy, '--csv', csv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'form.csv:5:1: "Daan Vsser" is not in the people list (did you mean Daan Visser?)',
    );
    expect(refused.stderr).toContain('nothing of this file was recorded');
    expect(records('1.0')).toBe(before);
    // The line taken out: the rest is recorded.
    writeFileSync(csv, rows.filter((row) => !row.includes('Vsser')).join('\r\n'));
    const run = await cli('record', policy, '--csv', csv);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('recorded 3 acknowledgements');
    expect(run.stdout).toContain('form.csv:5: "Anna de Boer" is in the file more than once: recorded once');
    expect(run.stdout).toContain('form.csv:6: "Eva Smit" acknowledged 0.9, not this version: not recorded');
    const after = records('1.0');
    // Appended: the rows before stay byte for byte.
    expect(after.startsWith(before)).toBe(true);
    const added = after.slice(before.length).trim().split('\n');
    expect(added.map((row) => row.split(',').slice(0, 2).join(','))).toEqual([
      'acknowledged,p001',
      'acknowledged,p002',
      'acknowledged,p003',
    ]);
    expect(added[0]).toMatch(/,2026-02-03,csv,,,$/);
  });

  it('records a typed paper list by a named recorder, and refuses one without', async () => {
    const typo = join(repo.root, 'typo.txt');
    writeFileSync(typo, '# teamvergadering\nDaan Visser\nEva Smid\n');
    const before = records('1.0');
    const misspelt = await runCli(
      ['kennisname', 'record', policy, '--paper', typo, '--recorder', 'R. Hendriks', '--lang', 'nl'],
      {
        cwd: repo.root,
      },
    );
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('typo.txt:3:1: "Eva Smid" staat niet in de personenlijst (bedoelt u Eva Smit?)');
    expect(misspelt.stderr).toContain('niets van dit bestand is vastgelegd');
    expect(records('1.0')).toBe(before);
    const paper = join(repo.root, 'paper.txt');
    writeFileSync(paper, '# teamvergadering De Wilg, 5 februari\nDaan Visser\np005\n');
    const refused = await cli('record', policy, '--paper', paper);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--recorder');
    const run = await cli('record', policy, '--paper', paper, '--recorder', 'R. Hendriks', '--date', '2026-02-05');
    expect(run.stdout).toContain('recorded 2 acknowledgements');
    expect(records('1.0')).toContain('acknowledged,p004,1.0,');
    expect(records('1.0')).toMatch(/acknowledged,p005,1\.0,sha256-v2:[0-9a-f]{64},2026-02-05,paper,R\. Hendriks,,\n$/);
  });

  it('reports per school and team, and the new people never asked', async () => {
    repo.write(
      'acknowledgements/linde/people.csv',
      `${PEOPLE}\np007,Gijs Bakker,leerkracht,De Es,bovenbouw,in-dienst\n`,
    );
    const run = await cli('status', policy);
    expect(run.stdout).toContain('5 of 5 people asked have acknowledged it');
    expect(run.stdout).toContain('never asked for this version: Gijs Bakker');
    // Each school's total over its people, each once, before its teams; those in no team are said to be so, so
    // their row is never read as the school's ("De Wilg: 1 of 1" of a school of three).
    expect(run.stdout).toContain('De Es: 2 of 2 asked\nDe Es / bovenbouw: 2 of 2\nDe Es / groep 1-2: 1 of 1');
    expect(run.stdout).toContain('De Wilg: 3 of 3 asked\nDe Wilg / in no team: 1 of 1');
    const json = JSON.parse((await cli('status', policy, '--json')).stdout);
    expect(json.counts).toEqual({ asked: 5, acknowledged: 5 });
    expect(json.schools).toEqual([
      { school: 'De Es', acknowledged: 2, asked: 2 },
      { school: 'De Wilg', acknowledged: 3, asked: 3 },
    ]);
    expect(json.teams.map((team: { school: string; team: string }) => `${team.school}/${team.team}`)).toEqual([
      'De Es/bovenbouw',
      'De Es/groep 1-2',
      'De Wilg/',
      'De Wilg/onderbouw',
      'De Wilg/zorg',
    ]);
  });

  it('asks again after a substantive change, showing only the changed article', async () => {
    const steps = [...STEPS];
    steps[3] =
      'Weeg binnen vijf werkdagen het huiselijk geweld of de kindermishandeling aan de hand van het afwegingskader.';
    repo.write('policies/linde/meldcode.md', meldcode('2.0', steps));
    repo.commit('meldcode 2.0');
    const run = await cli('ask', policy, '--date', '2026-04-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('asked 6 people');
    expect(run.stdout).toContain('substantive changes since version 1.0 (1)');
    expect(run.stdout).toContain('binnen vijf werkdagen');
    expect(run.stdout).not.toContain('Beslis of u een melding doet');
    const page = signList('2.0');
    if (page !== undefined) {
      expect(page).toContain('Wat is gewijzigd sinds versie 1.0');
      expect(page).toContain('binnen vijf werkdagen');
      expect(page).not.toContain('Beslis of u een melding doet');
    }
    // A record of 1.0 never counts for 2.0.
    const report = JSON.parse((await cli('status', policy, '--json')).stdout);
    expect(report.counts).toEqual({ asked: 6, acknowledged: 0 });
    const csv = join(repo.root, 'form2.csv');
    writeFileSync(csv, 'id,version\np001,2.0\np002,2.0\np003,2.0\n');
    expect((await cli('record', policy, '--csv', csv)).stdout).toContain('recorded 3');
  });

  it('proposes carrying over after an editorial change, and carries over only when a person confirms', async () => {
    const steps = [...STEPS];
    steps[3] =
      'Weeg binnen vijf werkdagen het huiselijk geweld of de kindermishandeling aan de hand van het afwegingskader.';
    steps[1] = 'Overleg met een collega, en raadpleeg zo nodig Veilig Thuis.';
    repo.write('policies/linde/meldcode.md', meldcode('2.1', steps));
    repo.commit('meldcode 2.1');
    const proposal = await runCli(['kennisname', 'ask', policy, '--date', '2026-05-01', '--lang', 'nl'], {
      cwd: repo.root,
    });
    expect(proposal.code).toBe(0);
    expect(proposal.stdout).toContain('overgenomen: alleen redactionele wijzigingen');
    expect(proposal.stdout).toContain('Overleg met een collega, en raadpleeg');
    expect(proposal.stdout).toContain('--carry-over --recorder');
    // Never silently: nothing was recorded for 2.1.
    expect(() => records('2.1')).toThrow();
    const confirmed = await cli('ask', policy, '--carry-over', '--recorder', 'J. de Vries', '--date', '2026-05-02');
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('carried over: editorial changes only: 3 acknowledgements of version 2.0');
    expect(confirmed.stdout).toContain('asked 3 people');
    const rows = records('2.1').trim().split('\n').slice(1);
    expect(rows.filter((row) => row.includes(',carried-over,'))).toHaveLength(3);
    expect(rows.find((row) => row.startsWith('acknowledged,p001'))).toMatch(/,carried-over,J\. de Vries,,sha256-v2:/);
    const report = JSON.parse((await cli('status', policy, '--json')).stdout);
    expect(report.counts).toEqual({ asked: 6, acknowledged: 3 });
  });

  it('says of a version nobody was asked for so, and counts what was recorded without an ask', async () => {
    const fresh = tempRepo('clausemark-acknowledge-unasked-');
    fresh.write('templates/brands/.keep', '');
    fresh.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const file = fresh.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    fresh.write('paper.txt', 'p001\np002\n');
    const dutch = (...args: string[]) => runCli(['kennisname', ...args, '--lang', 'nl'], { cwd: fresh.root });
    expect((await dutch('record', file, '--paper', 'paper.txt', '--recorder', 'R. Hendriks')).code).toBe(0);
    const status = await dutch('status', file);
    expect(status.stdout).toContain('1.0: niemand is gevraagd kennis te nemen van deze versie');
    expect(status.stdout).toContain('2 kennisnames vastgelegd, niet gevraagd: Anna de Boer, Bram Jansen');
    expect(status.stdout).not.toContain('0 van 0');
  });

  it('removes a version’s records only once a later one was asked more than the retention ago', async () => {
    const none = await cli('remove', '--date', '2027-03-31');
    expect(none.stdout).toContain('no records past their retention');
    repo.write('acknowledgements/settings.yaml', 'retention: 6m\n');
    const dry = await cli('remove', '--date', '2026-10-01', '--dry-run');
    expect(dry.stdout).toContain(
      'would remove acknowledgements/linde/meldcode/1.0.csv: a later version was asked on 2026-04-01',
    );
    expect(records('1.0')).toContain('acknowledged,p001');
    const run = await cli('remove', '--date', '2026-10-01');
    expect(run.stdout).toContain('removed acknowledgements/linde/meldcode/1.0.csv');
    expect(() => records('1.0')).toThrow();
    // 2.0 was superseded on 2026-05-02 (2.1 asked): kept until 2026-11-02.
    expect(records('2.0')).toContain('acknowledged,p001');
  });
});
