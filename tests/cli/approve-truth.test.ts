// `approve` writes nothing false (src/jobs/approve-truth.ts), through the CLI on a klachtenregeling whose procedure
// asks the GMR's consent: the same text adopted twice, the same consent recorded twice, a decision dated after today
// and an outcome no procedure knows are refused (exit 2, nothing written), with the adoption that already stands named;
// a changed text is adopted again, a refused consent may be followed by a consent, and a consent the adoption lacked
// (never given, or asked and not answered), recorded after it, is recorded, then the adoption again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { VOORBEELD_FILE as FILE, VOORBEELD_POLICY as POLICY, voorbeeldProject } from '../support/voorbeeld-project.js';

const GMR = ['--name', 'A. Jansen', '--role', 'Voorzitter GMR', '--step', 'instemming'];
const BOARD = ['--name', 'J. de Vries', '--role', 'Voorzitter College van Bestuur'];

const project = (policy = POLICY): string => voorbeeldProject('clausemark-approve-truth-', policy);

const approve = (dir: string, date: string | undefined, ...args: string[]) =>
  runCli(['approve', FILE, ...(date ? ['--date', date] : []), ...args], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
const text = (dir: string): string => readFileSync(join(dir, FILE), 'utf8');

async function adopted(): Promise<string> {
  const dir = project();
  expect((await approve(dir, '2026-11-20', ...GMR)).code).toBe(0);
  const adopt = await approve(dir, '2026-11-25', ...BOARD);
  expect(adopt.code, adopt.stderr).toBe(0);
  return dir;
}

describe('approve refuses to record a decision twice for the same text', () => {
  it('an adoption of the text adopted already: named by its day, nothing written; a changed text is adopted again', async () => {
    const dir = await adopted();
    const before = text(dir);
    for (const date of [undefined, '2026-11-26']) {
      const again = await approve(dir, date, ...BOARD);
      expect(again.code).toBe(2);
      expect(again.stderr).toBe(
        [
          `clausemark: ${FILE}: deze tekst is al vastgesteld op 25 november 2026 (J. de Vries, Voorzitter College van Bestuur): dezelfde tekst nog eens vaststellen legt geen nieuw besluit vast; er is niets geschreven`,
          '  oplossing: er is niets te doen: de vaststelling van 25 november 2026 geldt. Is er echt een nieuw besluit genomen over een gewijzigde tekst, breng de wijziging dan eerst in de tekst aan (of begin een nieuwe versie) en leg daarna de vaststelling vast',
          '',
        ].join('\n'),
      );
      expect(text(dir)).toBe(before);
    }
    // In English too.
    const english = await runCli(['approve', FILE, ...BOARD], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(english.stderr).toContain('this text was already adopted on 25 November 2026 (J. de Vries');
    // The text changed: its consent and its adoption are new decisions, recorded.
    writeFileSync(join(dir, FILE), before.replace('bij de klachtencommissie', 'bij de directeur'));
    expect((await approve(dir, '2026-11-27', ...GMR)).code).toBe(0);
    const readopt = await approve(dir, '2026-11-28', ...BOARD);
    expect(readopt.code, readopt.stderr).toBe(0);
    expect((await runCli(['check', FILE], { cwd: dir })).code).toBe(0);
  });

  it('a consent on record for this text; a refused consent may be followed by a consent, not by the same refusal', async () => {
    const dir = await adopted();
    const before = text(dir);
    const again = await approve(dir, '2026-11-26', ...GMR);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      `${FILE}: instemming van de GMR is voor deze tekst al vastgelegd op 20 november 2026 (A. Jansen, Voorzitter GMR)`,
    );
    expect(again.stderr).toContain('oplossing: er is niets te doen: dat besluit staat al vast.');
    expect(text(dir)).toBe(before);

    const fresh = project();
    expect((await approve(fresh, '2026-11-10', ...GMR, '--outcome', 'negatief')).code).toBe(0);
    const refusedAgain = await approve(fresh, '2026-11-12', ...GMR, '--outcome', 'negatief');
    expect(refusedAgain.code).toBe(2);
    expect(refusedAgain.stderr).toContain('al vastgelegd op 10 november 2026');
    const consent = await approve(fresh, '2026-11-20', ...GMR, '--outcome', 'positief');
    expect(consent.code, consent.stderr).toBe(0);
    expect((await approve(fresh, '2026-11-25', ...BOARD)).code).toBe(0);
  });

  it('a policy without a kind adopted twice on the same text', async () => {
    const dir = project(POLICY.replace('kind: klachtenregeling\n', ''));
    expect((await approve(dir, '2026-11-25', ...BOARD)).code).toBe(0);
    const again = await approve(dir, '2026-11-30', ...BOARD);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('deze tekst is al vastgesteld op 25 november 2026');
  });
});

describe('approve refuses a decision not taken', () => {
  it('dated after today, with the fix: record it on the day, effective: for a later entry into force', async () => {
    const dir = project();
    const run = await approve(dir, '2099-01-01', ...GMR);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^clausemark: --date: het besluit is gedateerd 1 januari 2099, na vandaag \(\d+ \S+ \d{4}\): een besluit dat nog niet genomen is, wordt niet vastgelegd; er is niets geschreven\n {2}oplossing: leg het besluit vast op de dag dat het genomen wordt; gaat het beleid later in, zet die dag dan bij effective: in de front matter\n$/,
    );
    expect(text(dir)).toBe(POLICY);
  });

  it('with an outcome no procedure knows', async () => {
    const dir = project();
    const run = await approve(dir, '2026-11-20', ...GMR, '--outcome', 'misschien');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--outcome: uitkomst "misschien" is geen uitkomst van een procedurestap');
    expect(text(dir)).toBe(POLICY);
  });
});

describe('a consent the adoption lacked, recorded after it', () => {
  it('is recorded (it was given), check says the adoption came first, and the adoption is recorded again', async () => {
    // Adopted while the policy named no kind, so no consent was asked; the kind is named since.
    const dir = project(POLICY.replace('kind: klachtenregeling\n', ''));
    expect((await approve(dir, '2026-11-20', ...BOARD)).code).toBe(0);
    writeFileSync(join(dir, FILE), text(dir).replace('level: bestuur', 'kind: klachtenregeling\nlevel: bestuur'));
    const consent = await approve(dir, '2026-11-25', ...GMR);
    expect(consent.code, consent.stderr).toBe(0);
    const check = await runCli(['check', FILE], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('na de vaststelling op 20 november 2026: het moet eraan voorafgaan');
    const readopt = await approve(dir, '2026-11-26', ...BOARD);
    expect(readopt.code, readopt.stderr).toBe(0);
    expect((await runCli(['check', FILE], { cwd: dir })).code).toBe(0);
  });

  it('asked and never answered before an adoption: the answer is recorded, then the adoption again', async () => {
    const rows = [
      '  - { asked: 2026-11-01, name: A. Jansen, role: Voorzitter GMR, step: instemming }',
      '  - { date: 2026-11-20, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    ];
    const dir = project(
      POLICY.replace('status: proposed', 'status: approved').replace(
        '---\n\n##',
        `approvals:\n${rows.join('\n')}\n---\n\n##`,
      ),
    );
    expect((await runCli(['check', FILE], { cwd: dir })).stdout).toContain('silence is not consent');
    const answer = await approve(dir, '2026-11-25', ...GMR);
    expect(answer.code, answer.stderr).toBe(0);
    const readopt = await approve(dir, '2026-11-26', ...BOARD);
    expect(readopt.code, readopt.stderr).toBe(0);
    expect((await runCli(['check', FILE], { cwd: dir })).code).toBe(0);
  });
});
