// A policy marked approved whose consent and adoption are dated after the dossier's day (an audit of the fixture
// foundation Het Anker, finding 2): on that day the decision is not taken. The dossier's table does not call it
// adopted, its closing list says why ("besluit gedateerd na <dag>"), never "een concept, of vastgesteld zonder een
// stap"; from the day of its adoption it is in force. A real git repository in a temp dir; the dossier's JSON read
// back with qpdf, its words with pdftotext.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/procedure/dossier.js';
import { runCli } from '../support/cli.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

const DECLARATION = `sector: po
organisation:
  role: bestuur
  name: Stichting Het Anker
  schools:
    anker-boei: { name: OBS De Boei, folder: boei }
`;

const VEILIGHEID = `---
id: veiligheidsbeleid
title: Veiligheidsbeleid
organisation: OBS De Boei
org: anker-boei
version: "1.0"
status: approved
lang: nl
kind: veiligheidsbeleid
level: school
approvals:
  - { date: 2026-03-10, asked: 2026-02-01, name: S. Bakker, role: Voorzitter MR, step: instemming, body: MR }
  - { date: 2026-03-20, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }
---

## Doel {#doel}

{#doel.een} De Boei zorgt voor een veilige school.
`;

let repo: TempRepo;

beforeAll(() => {
  repo = tempRepo('clausemark-dossier-dated-');
  cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
  repo.write('policies/anker/procedure.yaml', DECLARATION);
  repo.write('policies/anker/boei/veiligheidsbeleid.md', VEILIGHEID);
  repo.commit('veiligheidsbeleid');
});

async function dossier(at: string): Promise<{ data: Dossier; text: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-dated-out-')), 'dossier.pdf');
  const run = await runCli(['dossier', 'anker', '--at', at, '--out', out, '--lang', 'nl'], { cwd: repo.root });
  expect(run.code, run.stderr).toBe(0);
  const json = execFileSync('qpdf', ['--show-attachment=dossier-anker.json', out], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { data: JSON.parse(json) as Dossier, text };
}

const cellOf = (data: Dossier) =>
  data.required!.rows.find((row) => row.org === 'anker-boei')!.cells.find((cell) => cell.kind === 'veiligheidsbeleid')!;

describe('a dossier on a day before the adoption its policy records', () => {
  it('does not call it adopted, and says the decision is dated after that day', async ({ skip }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const { data, text } = await dossier('2026-03-15');
    expect(data.policies).toEqual([]);
    expect(data.notInForce).toEqual([expect.objectContaining({ id: 'veiligheidsbeleid', notYet: '2026-03-20' })]);
    const cell = cellOf(data);
    expect(['in-force', 'adopted']).not.toContain(cell.state);
    expect(cell.policy?.adopted).toBeUndefined();
    expect(cell.policy?.notYet).toBe('2026-03-20');
    expect(text).toContain('besluit gedateerd na 15 maart 2026');
    expect(text).not.toContain('een concept, of vastgesteld zonder een stap');
    expect(text).not.toContain('geldt vanaf 20 maart 2026');
  });

  it('from the day of its adoption it is in force', async ({ skip }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const { data } = await dossier('2026-03-20');
    expect(data.policies.map((policy) => policy.id)).toEqual(['veiligheidsbeleid']);
    expect(cellOf(data).state).toBe('in-force');
  });
});
