import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTemplates } from '../hardening/linked-templates.js';
import { runBuiltCli, runCli } from '../support/cli.js';
import { positionOf, sectorProject } from '../template/support.js';

describe('clausemark adapt (CLI)', () => {
  it('writes policies/<org>/<template id without sector->.md, which checks clean', async () => {
    const project = sectorProject();
    const run = await runCli(
      [
        'adapt',
        'sector-social-media',
        '--org',
        'casparus-college',
        '--set',
        'organisation=Casparus College',
        '--set',
        'contactRole=teamleider',
      ],
      { cwd: project.root },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote policies/casparus-college/social-media.md');
    const file = join(project.root, 'policies', 'casparus-college', 'social-media.md');
    expect(readFileSync(file, 'utf8')).toContain('derivedFrom: sector-social-media@1.1\n');
    // The model names its kind, so the adapted draft has it; nothing says whether Casparus College is a board or a
    // school, so check asks for the level (and so the council), and nothing else.
    expect(readFileSync(file, 'utf8')).toContain('\nkind: social-media\n');
    const check = await runCli(['check', 'policies', '--format', 'json'], { cwd: project.root });
    const findings = (JSON.parse(check.stdout) as { files: { findings: { ruleId: string; fix: string }[] }[] }).files
      .flatMap((entry) => entry.findings)
      .map((finding) => finding.ruleId);
    expect(findings).toEqual(['procedure-level-missing']);
    expect(check.code).toBe(0);
  });

  it('writes the kind, and the level where a procedure.yaml declares the school, so the built check blocks nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-adapt-declared-'));
    linkTemplates(dir);
    mkdirSync(join(dir, 'policies', 'eik'), { recursive: true });
    writeFileSync(
      join(dir, 'policies', 'eik', 'procedure.yaml'),
      'sector: po\nworkers: 60\norganisation:\n  role: bestuur\n  name: Stichting De Eik\n  schools:\n    eik-de-es: { name: OBS De Es }\n',
    );
    const run = await runBuiltCli(
      ['adapt', 'sector-social-media', '--org', 'eik-de-es', '--set', 'organisation=OBS De Es'],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = readFileSync(join(dir, 'policies', 'eik-de-es', 'social-media.md'), 'utf8');
    expect(written).toContain('\nkind: social-media\nlevel: school\n');
    const check = await runBuiltCli(['check', 'policies/eik-de-es', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(check.stdout) as { files: { findings: { ruleId: string }[] }[] }).files.flatMap(
      (entry) => entry.findings.map((finding) => finding.ruleId),
    );
    expect(findings).not.toContain('procedure-kind-missing');
    expect(findings).not.toContain('procedure-level-missing');
    expect(findings).toEqual([]);
    expect(check.code).toBe(0);
  });

  it('takes a template file and --out, and refuses to overwrite without --force', async () => {
    const project = sectorProject();
    const args = [
      'adapt',
      'templates/sector/versions/social-media-1.0.md',
      '--org',
      'allure',
      '--set',
      'organisation=Stichting Allure',
      '--out',
      'nieuw/protocol.md',
    ];
    expect((await runCli(args, { cwd: project.root })).code).toBe(0);
    const file = join(project.root, 'nieuw', 'protocol.md');
    writeFileSync(file, 'eigen tekst\n');
    const again = await runCli(args, { cwd: project.root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('nieuw/protocol.md: already exists; adapt does not overwrite a policy');
    expect(readFileSync(file, 'utf8')).toBe('eigen tekst\n');
    expect((await runCli([...args, '--force'], { cwd: project.root })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('derivedFrom: sector-social-media@1.0');
  });

  it('exits 2 naming an undeclared variable, or a missing value at its place in the template', async () => {
    const project = sectorProject();
    const undeclared = await runCli(
      ['adapt', 'sector-social-media', '--org', 'x', '--set', 'organisation=X', '--set', 'contactrol=teamleider'],
      { cwd: project.root },
    );
    expect(undeclared.code).toBe(2);
    expect(undeclared.stderr).toContain(
      '--set contactrol=teamleider: the template does not declare a variable "contactrol"',
    );
    const missing = await runCli(['adapt', 'sector-social-media', '--org', 'x'], { cwd: project.root });
    expect(missing.code).toBe(2);
    const where = positionOf(
      readFileSync(join(project.root, 'templates', 'sector', 'social-media.md'), 'utf8'),
      '{{organisation}}',
    );
    expect(missing.stderr).toContain(
      `templates/sector/social-media.md:${where}: variable "organisation" has no value and the template gives no default`,
    );
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(project.root, 'policies'))).toBe(false);
  });

  it('exits 2 for an unknown template or version', async () => {
    const project = sectorProject();
    expect((await runCli(['adapt', 'sector-onbekend', '--org', 'x'], { cwd: project.root })).stderr).toContain(
      'no template "sector-onbekend"',
    );
    expect((await runCli(['adapt', 'sector-social-media@3.0', '--org', 'x'], { cwd: project.root })).stderr).toContain(
      'template sector-social-media has no version 3.0',
    );
  });
});
