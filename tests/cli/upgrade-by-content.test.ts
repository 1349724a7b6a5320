// `clausemark upgrade` on a copy of the 1.0 model text without derivedFrom and without IDs: it says which version
// it found and how sure, writes the template's IDs, and upgrades; check then passes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { adapted, edit, sectorProject, v10 } from '../template/support.js';

describe('clausemark upgrade by content (CLI)', () => {
  it('finds the base version of a copy without derivedFrom and IDs, and upgrades it', async () => {
    const project = sectorProject();
    let source = edit(adapted(v10()), /\nderivedFrom: [^\n]*/, '');
    source = source.replace(/ ?\{#[^}]+\} ?/g, (marker) => (marker.startsWith(' ') && marker.endsWith(' ') ? ' ' : ''));
    const file = project.write('policies/casparus-college/social-media.md', source);
    const run = await runCli(['upgrade', file, '--template', 'sector-social-media'], { cwd: project.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Geen derivedFrom; op inhoud gevonden: sector-social-media@1\.0 \(\d+ artikelen letterlijk, overeenkomst 1,00\); daarna sector-social-media@1\.1: 0,\d\d/,
    );
    expect(run.stdout).toContain(
      'Nieuwe artikelen van de sector ingevoegd: alle.instellingen, alle.datalek, mdw.accounts',
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('derivedFrom: sector-social-media@1.1');
    expect(text).toContain('{#up.respect}');
    expect((await runCli(['check', file], { cwd: project.root })).code).toBe(0);
  });
});
