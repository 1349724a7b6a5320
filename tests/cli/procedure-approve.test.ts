// Issue 27 item 2 through the CLI: `approve` is checked against the procedure of the policy's kind, and a policy
// adopted without a step its procedure requires is shown as not adopted by build, the report and start. A consent
// counts for the text its recorded hash names: a text changed after its adoption cannot be adopted again on the
// consent given for the words before.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { VOORBEELD_FILE as FILE, VOORBEELD_POLICY as POLICY, voorbeeldProject } from '../support/voorbeeld-project.js';

const project = (): string => voorbeeldProject('clausemark-procedure-approve-');

const approve = (dir: string, ...args: string[]) =>
  runCli(['approve', FILE, '--date', '2024-06-01', ...args], { cwd: dir });

describe('approve against the procedure', () => {
  it('refuses the adoption before the consent the procedure requires, naming it, and writes nothing', async () => {
    const dir = project();
    const run = await approve(dir, '--name', 'J. de Vries', '--role', 'Voorzitter College van Bestuur');
    expect(run.code).toBe(2);
    // The step, its body and basis, and the command that records it (issue 43 item 3).
    expect(run.stderr).toContain(
      'this klachtenregeling cannot be adopted yet: its procedure first requires Instemming GMR (WMS art. 10 sub g)',
    );
    expect(run.stderr).toContain(
      'fix: record that first, then adopt: `clausemark approve policies/voorbeeld/klachtenregeling.md --step instemming --body GMR --name … --role … --date … --asked …`',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(POLICY);
  });

  it('refuses a step the procedure does not have, listing the steps it has', async () => {
    const dir = project();
    const wrong = await approve(dir, '--name', 'A', '--role', 'Voorzitter GMR', '--step', 'goedkeuring');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('step "goedkeuring" is not a step of the procedure of this klachtenregeling');
    expect(wrong.stderr).toContain(
      'fix: its steps, each with the command that records it: Instemming GMR (WMS art. 10 sub g): `clausemark approve policies/voorbeeld/klachtenregeling.md --step instemming --body GMR',
    );
    const advice = await approve(dir, '--name', 'A', '--role', 'Voorzitter GMR', '--step', 'advies');
    expect(advice.code).toBe(2);
    expect(advice.stderr).toContain('the procedure of this klachtenregeling has no advies by the GMR');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(POLICY);
  });

  it('records the consent with its body, then adopts', async () => {
    const dir = project();
    const consent = await runCli(
      ['approve', FILE, '--date', '2024-05-01', '--name', 'A. Jansen', '--role', 'Vz. GMR', '--step', 'instemming'],
      { cwd: dir },
    );
    expect(consent.code, consent.stderr).toBe(0);
    expect(readFileSync(join(dir, FILE), 'utf8')).toMatch(/step: instemming\n\s+body: GMR\n/);
    const adopt = await approve(dir, '--name', 'J. de Vries', '--role', 'Voorzitter College van Bestuur');
    expect(adopt.code, adopt.stderr).toBe(0);
    expect(adopt.stdout).toContain('status: proposed → approved');
    const check = await runCli(['check', FILE], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
  });
});

describe('a policy adopted without a required step is a draft in the outputs', () => {
  it('build prints it as a draft (CONCEPT) and the report does not badge it adopted; start says draft', async () => {
    const dir = project();
    const adopted = POLICY.replace('status: proposed', 'status: approved').replace(
      '---\n\n##',
      'approvals:\n  - { date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }\n---\n\n##',
    );
    writeFileSync(join(dir, FILE), adopted);
    const run = await runCli(['build', 'policies', '--out', 'out'], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: '1719792000' },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('out/voorbeeld/klachtenregeling-1.0.pdf: built as a draft (CONCEPT)');
    const page = readFileSync(join(dir, 'out', 'voorbeeld', 'klachtenregeling-1.0.html'), 'utf8');
    expect(page).not.toContain('badge status-approved');
    const start = await runCli(['start', '--out', 'start-out'], { cwd: dir });
    expect(start.stdout).toMatch(/Stichting Voorbeeld +Klachtenregeling +1\.0 +draft /);
  });
});

describe('approve names the step the procedure has, its part and the command (issue 43 item 3)', () => {
  const PRIVACY = POLICY.replaceAll('klachtenregeling', 'privacyreglement').replace(
    'Klachtenregeling',
    'Privacyreglement',
  );
  const privacy = join('policies', 'voorbeeld', 'privacyreglement.md');
  const dutch = { LANG: 'nl_NL.UTF-8' };

  it("tells a GMR consent without --part that the step is its parents' part, never that there is no such step", async () => {
    const dir = project();
    writeFileSync(join(dir, privacy), PRIVACY);
    const args = ['approve', privacy, '--name', 'P. Jansen', '--role', 'Voorzitter GMR', '--date', '2024-05-01'];
    const run = await runCli([...args, '--step', 'instemming'], { cwd: dir, env: dutch });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'clausemark: --part: de instemming van de GMR over dit privacyreglement geeft de ouder- en leerlinggeleding (WMS art. 13 lid 1 sub i), niet de hele raad',
        '  oplossing: voeg --part ouders/leerlingen toe: `clausemark approve policies/voorbeeld/privacyreglement.md --step instemming --body GMR --part ouders/leerlingen --name … --role … --date … --asked …`',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, privacy), 'utf8')).toBe(PRIVACY);
    // Adopting first names the step with its part and the command with --part.
    const adopt = await runCli(
      ['approve', privacy, '--name', 'A. Bakker', '--role', 'Voorzitter College van Bestuur'],
      {
        cwd: dir,
        env: dutch,
      },
    );
    expect(adopt.stderr).toContain(
      'dit privacyreglement kan nog niet worden vastgesteld: de procedure vraagt eerst Instemming GMR (ouders/leerlingen) (WMS art. 13 lid 1 sub i)',
    );
    expect(adopt.stderr).toContain('--step instemming --body GMR --part ouders/leerlingen');
    // With the part, it is recorded, and said in the user's words with the date as people write it.
    const done = await runCli([...args, '--step', 'instemming', '--part', 'ouders/leerlingen'], {
      cwd: dir,
      env: dutch,
    });
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toBe(
      'policies/voorbeeld/privacyreglement.md: instemming van de GMR (ouders/leerlingen) vastgelegd: P. Jansen, Voorzitter GMR, op 1 mei 2024\n',
    );
  });
});

describe('a consent counts for the text its hash names (the audit of Het Anker, item 1)', () => {
  const approveAs = (dir: string, date: string, ...args: string[]) =>
    runCli(['approve', FILE, '--date', date, ...args], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
  const board = ['--name', 'J. de Vries', '--role', 'Voorzitter College van Bestuur'];

  async function adoptedThenEdited(): Promise<string> {
    const dir = project();
    expect(
      (await approveAs(dir, '2024-05-01', '--name', 'A. Jansen', '--role', 'Vz. GMR', '--step', 'instemming')).code,
    ).toBe(0);
    expect((await approveAs(dir, '2024-06-01', ...board)).code).toBe(0);
    const edited = readFileSync(join(dir, FILE), 'utf8').replace('bij de klachtencommissie', 'bij de directeur');
    writeFileSync(join(dir, FILE), edited);
    return dir;
  }

  it('refuses to adopt a text changed after its adoption again while its consent was given for the words before', async () => {
    const dir = await adoptedThenEdited();
    const before = readFileSync(join(dir, FILE), 'utf8');
    const run = await approveAs(dir, '2026-11-28', ...board);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'deze klachtenregeling kan nog niet worden vastgesteld: de procedure vraagt eerst Instemming GMR (WMS art. 10 sub g) voor deze tekst; de instemming van de GMR van 1 mei 2024 is gegeven voor een andere tekst',
    );
    expect(run.stderr).toContain(
      '`clausemark approve policies/voorbeeld/klachtenregeling.md --step instemming --body GMR --name … --role … --date … --asked …`',
    );
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(before);
    // The consent recorded on this text, the adoption is accepted and check is clean.
    expect(
      (await approveAs(dir, '2026-11-20', '--name', 'A. Jansen', '--role', 'Vz. GMR', '--step', 'instemming')).code,
    ).toBe(0);
    const adopt = await approveAs(dir, '2026-11-28', ...board);
    expect(adopt.code, adopt.stderr).toBe(0);
    expect((await runCli(['check', FILE], { cwd: dir })).code).toBe(0);
  });

  it('an adoption recorded so by hand is not adopted: check says the consent on record is for another text', async () => {
    const dir = await adoptedThenEdited();
    const text = readFileSync(join(dir, FILE), 'utf8');
    const hash = approvalHash(parsePolicy(text, { path: FILE }).policy);
    writeFileSync(
      join(dir, FILE),
      text.replace(
        '---\n\n##',
        `  - { date: 2026-11-28, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling, hash: "${hash}" }\n---\n\n##`,
      ),
    );
    const check = await runCli(['check', FILE], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      'adopted on 28 November 2026 without the instemming of the GMR (WMS art. 10 sub g) for this text: the instemming of 1 May 2024 was given for another text',
    );
    const start = await runCli(['start', '--out', 'start-out'], { cwd: dir });
    expect(start.stdout).toMatch(/Stichting Voorbeeld +Klachtenregeling +1\.0 +draft /);
  });
});
