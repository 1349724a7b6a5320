// What the dossier, `check` and `agenda` say of a policy's standing agree (an audit of the fixture foundation Het
// Anker): a klachtenregeling withdrawn (`status: retired`, committed) is withdrawn from the day of that commit in the
// dossier's list and its table, never a draft and never due for review; a schoolplan edited after its adoption is
// its adopted version 1.0 in force (from git) with an edit not adopted, never a draft; a review the law's cycle sets
// names its article, not the procedure's default. A real git repository in a temp dir; the dossier's JSON read back
// with qpdf, its words with pdftotext.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
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
    anker-kompas: { name: CBS Het Kompas, folder: kompas }
`;

/** A policy whose approval rows carry the hash of its text (HASH), as `approve` records it. */
function policy(front: Record<string, string>, rows: string[], text: string): string {
  const source = (hash: string) =>
    [
      '---',
      ...Object.entries(front).map(([key, value]) => `${key}: ${value}`),
      'lang: nl',
      'approvals:',
      ...rows.map((row) => `  - ${row.replace('HASH', hash)}`),
      '---',
      '',
      '## Doel {#doel}',
      '',
      `{#doel.een} ${text}`,
      '',
    ].join('\n');
  return source(approvalHash(parsePolicy(source(''), { path: 'p.md' }).policy));
}

const board = { organisation: 'Stichting Het Anker', org: 'anker', version: '"1.0"', level: 'bestuur' };
const kompas = { organisation: 'CBS Het Kompas', org: 'anker-kompas', version: '"1.0"', level: 'school' };
const row = (date: string, name: string, role: string, step: string) =>
  `{ date: ${date}, name: ${name}, role: ${role}, step: ${step}, hash: "HASH" }`;
const adopted = (date: string) => row(date, 'J. de Vries', 'Voorzitter College van Bestuur', 'vaststelling');

function klachtenregeling(status: string): string {
  return policy(
    { id: 'klachtenregeling', title: 'Klachtenregeling', ...board, status, kind: 'klachtenregeling' },
    [row('2025-03-12', 'M. Visser', 'Voorzitter GMR', 'instemming'), adopted('2025-03-26')],
    'Een klacht wordt zorgvuldig behandeld.',
  );
}

function schoolplan(text: string): string {
  return policy(
    { id: 'schoolplan', title: 'Schoolplan', ...kompas, status: 'approved', kind: 'schoolplan' },
    [row('2023-04-01', 'S. Bakker', 'Voorzitter MR', 'instemming'), adopted('2023-05-01')],
    text,
  );
}

let repo: TempRepo;
let retiredOn = '';

beforeAll(() => {
  repo = tempRepo('clausemark-dossier-standing-');
  cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
  repo.write('policies/anker/procedure.yaml', DECLARATION);
  repo.write('policies/anker/klachtenregeling.md', klachtenregeling('approved'));
  repo.write('policies/anker/kompas/schoolplan.md', schoolplan('Wij geven goed onderwijs.'));
  repo.write(
    'policies/anker/medezeggenschapsstatuut.md',
    policy(
      {
        id: 'medezeggenschapsstatuut',
        title: 'Medezeggenschapsstatuut',
        ...board,
        status: 'approved',
        kind: 'medezeggenschapsstatuut',
      },
      [row('2025-05-15', 'M. Visser', 'Voorzitter GMR', 'instemming'), adopted('2025-06-01')],
      'De medezeggenschap is zo geregeld.',
    ),
  );
  repo.write(
    'policies/anker/kompas/schoolgids.md',
    policy(
      { id: 'schoolgids', title: 'Schoolgids', ...kompas, status: 'approved', kind: 'schoolgids' },
      [
        row('2025-06-10', 'S. Bakker', 'Voorzitter MR', 'instemming').replace(' }', ', part: ouders/leerlingen }'),
        row('2025-06-10', 'S. Bakker', 'Voorzitter MR', 'advies'),
        adopted('2025-06-20'),
      ],
      'Zo werkt onze school.',
    ),
  );
  repo.commit('vastgesteld');
  // The schoolplan edited after its adoption, its approvals as they were: the text adopted lives on in git.
  const edited = readFileSync(join(repo.root, 'policies/anker/kompas/schoolplan.md'), 'utf8').replace(
    'Wij geven goed onderwijs.',
    'Wij geven goed en veilig onderwijs.',
  );
  repo.write('policies/anker/kompas/schoolplan.md', edited);
  repo.commit('schoolplan gewijzigd na vaststelling');
  repo.write(
    'policies/anker/klachtenregeling.md',
    readFileSync(join(repo.root, 'policies/anker/klachtenregeling.md'), 'utf8').replace(
      'status: approved',
      'status: retired',
    ),
  );
  repo.commit('klachtenregeling ingetrokken');
  retiredOn = repo.git('log', '-1', '--format=%cs').trim();
});

/** The day before `date` (YYYY-MM-DD). */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function dossier(at: string): Promise<{ data: Dossier; text: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-standing-out-')), 'dossier.pdf');
  const run = await runCli(['dossier', 'anker', '--at', at, '--out', out], { cwd: repo.root });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const json = execFileSync('qpdf', ['--show-attachment=dossier-anker.json', out], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { data: JSON.parse(json) as Dossier, text };
}

const cellOf = (data: Dossier, org: string, kind: string) =>
  data.required!.rows.find((found) => found.org === org)!.cells.find((cell) => cell.kind === kind)!;

describe('the dossier, check and agenda on a withdrawn policy and an edited one', () => {
  it('the dossier: the withdrawn klachtenregeling is withdrawn in its list and its table, from its commit', async (context) => {
    needTool(context.skip, 'qpdf');
    needTool(context.skip, 'pdftotext');
    const { data, text } = await dossier(retiredOn);
    expect(data.policies.map((found) => found.id)).not.toContain('klachtenregeling');
    expect(data.notInForce.find((found) => found.id === 'klachtenregeling')).toMatchObject({ retired: retiredOn });
    expect(cellOf(data, 'anker', 'klachtenregeling')).toMatchObject({ state: 'retired' });
    expect(cellOf(data, 'anker-kompas', 'klachtenregeling')).toMatchObject({ state: 'retired' });
    expect(text).toContain('Klachtenregeling: ingetrokken op');
    expect(text).not.toMatch(/Klachtenregeling concept/);
    // The day before it was withdrawn, it was in force: the list and the table agree.
    const before = await dossier(dayBefore(retiredOn));
    expect(before.data.policies.map((found) => found.id)).toContain('klachtenregeling');
    expect(cellOf(before.data, 'anker', 'klachtenregeling').state).toBe('in-force');
  });

  it('the dossier: the edited schoolplan is its version 1.0 in force with an edit not adopted, never a draft', async (context) => {
    needTool(context.skip, 'qpdf');
    needTool(context.skip, 'pdftotext');
    const { data, text } = await dossier(retiredOn);
    const listed = data.policies.find((found) => found.id === 'schoolplan')!;
    expect(listed).toMatchObject({
      version: '1.0',
      adopted: { date: '2023-05-01' },
      source: { commit: expect.any(String) },
    });
    expect(cellOf(data, 'anker-kompas', 'schoolplan')).toMatchObject({
      state: 'in-force',
      policy: { adopted: '2023-05-01', inForceVersion: '1.0', pending: 'changed' },
    });
    expect(text).toContain('gewijzigd na de vaststelling van 1 mei 2023; de wijziging is niet vastgesteld');
    expect(text).not.toContain('Schoolplan concept');
    // The law's cycle, by its article.
    expect(text).toContain('(de termijn van WPO art. 13a lid 1; het beleid noemt zelf geen datum)');
    expect(text).toContain('(de termijn van WMS art. 21 lid 1; het beleid noemt zelf geen datum)');
    expect(data.policies.find((found) => found.id === 'medezeggenschapsstatuut')).toMatchObject({
      reviewFrom: 'law',
      reviewBasis: 'WMS art. 21 lid 1',
    });
  });

  it('check says the same: withdrawn, and an edit not adopted; never a draft', async () => {
    const run = await runCli(['check', 'policies', '--lang', 'nl', '--at', retiredOn], { cwd: repo.root });
    expect(run.stdout).toContain(
      'Stichting Het Anker: geen geldende klachtenregeling: policies/anker/klachtenregeling.md is ingetrokken (status: retired)',
    );
    expect(run.stdout).toContain(
      'CBS Het Kompas: schoolplan: policies/anker/kompas/schoolplan.md is gewijzigd na de vaststelling van 1 mei 2023 en die wijziging is niet vastgesteld',
    );
    expect(run.stdout).not.toContain('is een concept');
    // Past its review date, a withdrawn policy is due for nothing.
    const later = await runCli(['check', 'policies/anker/klachtenregeling.md', '--at', '2027-06-01'], {
      cwd: repo.root,
    });
    expect(later.stdout).toContain('policies/anker/klachtenregeling.md');
    expect(later.stdout).not.toContain('procedure-review-overdue');
  });

  it('agenda: no review of the withdrawn one, and a schoolgids by its school year, never a review', async () => {
    const run = await runCli(['agenda', '--lang', 'nl', '--from', '2026-01-01', '--months', '12'], {
      cwd: repo.root,
    });
    expect(run.code).toBe(0);
    // The law asks a schoolgids per school year, before it begins: no review a year after its adoption.
    expect(run.stdout).toContain(
      '1 augustus 2026  Schoolgids 2026–2027 vaststellen, CBS Het Kompas: de wet vraagt er elk schooljaar een, voordat het begint',
    );
    expect(run.stdout).not.toContain('WPO art. 13a lid 2');
    expect(run.stdout).not.toContain('Klachtenregeling');
    expect(run.stdout).not.toContain('standaardtermijn');
  });
});
