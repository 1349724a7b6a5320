import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { adapted, edit, sectorProject, v11 } from '../template/support.js';

function project() {
  const made = sectorProject();
  made.write('policies/casparus-college/social-media.md', adapted(v11()));
  made.write(
    'policies/allure/social-media.md',
    edit(adapted(v11(), { organisation: 'Stichting Allure' }, 'allure'), /9\. \{#alle\.auteursrecht\}.*\n/, ''),
  );
  made.write(
    'policies/eigen/ander.md',
    '---\nid: ander\ntitle: Ander\norganisation: Eigen\nversion: "1"\n---\n\n{#a} Tekst.\n',
  );
  return made;
}

describe('clausemark deviations (CLI)', () => {
  it('registers every policy derived from the template by default, exit 0', async () => {
    const run = await runCli(['deviations', '--template', 'sector-social-media'], { cwd: project().root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Columns in file order: allure (dropped the optional clause, no reason given), then casparus-college.
    expect(run.stdout).toMatch(/^4\.9 alle\.auteursrecht +optioneel +− \? +=$/m);
    expect(run.stdout).toContain('== Casparus College');
    expect(run.stdout).toContain('== Stichting Allure');
    expect(run.stdout).not.toContain('policies/eigen');
  });

  it('writes md, json and html, html to out/deviations/ unless --out says otherwise', async () => {
    const made = project();
    const json = await runCli(
      ['deviations', '--template', 'sector-social-media', '--format', 'json', 'policies/allure'],
      {
        cwd: made.root,
      },
    );
    expect(json.code).toBe(0);
    const register = JSON.parse(json.stdout) as { policies: { counts: { dropped: number } }[] };
    expect(register.policies.map((policy) => policy.counts.dropped)).toEqual([1]);
    expect(
      (await runCli(['deviations', '--template', 'sector-social-media', '--format', 'md'], { cwd: made.root })).stdout,
    ).toMatch(/^# Afwijkingenregister/);
    const html = await runCli(['deviations', '--template', 'sector-social-media', '--format', 'html'], {
      cwd: made.root,
    });
    expect(html.stdout).toContain('wrote out/deviations/sector-social-media-1.1.html');
    expect(readFileSync(join(made.root, 'out', 'deviations', 'sector-social-media-1.1.html'), 'utf8')).toMatch(
      /^<!DOCTYPE html>\n/,
    );
    expect(
      (
        await runCli(['deviations', '--template', 'sector-social-media', '--format', 'html', '--out', '-'], {
          cwd: made.root,
        })
      ).stdout,
    ).toMatch(/^<!DOCTYPE html>\n/);
  });

  it('exits 2 for an unknown format or template, or nothing to compare', async () => {
    const made = project();
    expect(
      (await runCli(['deviations', '--template', 'sector-social-media', '--format', 'pdf'], { cwd: made.root })).code,
    ).toBe(2);
    expect((await runCli(['deviations', '--template', 'sector-x'], { cwd: made.root })).code).toBe(2);
    const none = sectorProject();
    const run = await runCli(['deviations', '--template', 'sector-social-media'], { cwd: none.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no policies to compare with sector-social-media');
    expect(existsSync(join(none.root, 'out'))).toBe(false);
  });

  it('takes the template the policies say they were adapted from (derivedFrom) when --template names none', async () => {
    const made = project();
    const named = await runCli(['deviations', '--template', 'sector-social-media@1.1'], { cwd: made.root });
    const derived = await runCli(['deviations'], { cwd: made.root });
    expect(derived.stderr).toBe('');
    expect(derived.code).toBe(0);
    expect(derived.stdout).toBe(named.stdout);
    // One policy named, by its file: its own derivedFrom.
    const one = await runCli(['deviations', 'policies/allure/social-media.md'], { cwd: made.root });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('== Stichting Allure');
    // A policy that names none, and policies of two templates, are told what to give.
    const none = await runCli(['deviations', 'policies/eigen/ander.md'], { cwd: made.root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('none of these policies says which sector template it was adapted from');
    made.write('policies/eigen/ander.md', adapted(v11(), { organisation: 'Eigen' }, 'eigen').replace(/@1\.1/, '@1.0'));
    const two = await runCli(['deviations'], { cwd: made.root });
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/adapted from 2 templates \(sector-social-media@1\.\d, sector-social-media@1\.\d\)/);
    expect(two.stderr).toContain('--template sector-social-media@1.');
  });
});
