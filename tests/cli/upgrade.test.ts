import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { adapted, edit, sectorProject, v10 } from '../template/support.js';

describe('clausemark upgrade (CLI)', () => {
  it('exits 0 and rewrites the file when there is no conflict, keeping CRLF line endings', async () => {
    const project = sectorProject();
    const file = project.write('policies/casparus-college/social-media.md', adapted(v10()).replace(/\n/g, '\r\n'));
    const run = await runCli(['upgrade', file, '--template', 'sector-social-media'], { cwd: project.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Nieuwe artikelen van de sector ingevoegd: alle.instellingen, alle.datalek, mdw.accounts',
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('derivedFrom: sector-social-media@1.1\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect((await runCli(['check', file], { cwd: project.root })).code).toBe(0);
    const again = await runCli(['upgrade', file, '--template', 'sector-social-media'], { cwd: project.root });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already at sector-social-media@1.1');
  });

  it('exits 1 with conflicts, listing them; check then fails until they are resolved', async () => {
    const project = sectorProject();
    const file = project.write(
      'policies/casparus-college/social-media.md',
      edit(adapted(v10()), 'blijft vindbaar:', 'blijft altijd vindbaar:'),
    );
    const run = await runCli(['upgrade', file, '--template', 'sector-social-media@1.1'], { cwd: project.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('alle.blijvend: sector en school wijzigden het');
    expect(readFileSync(file, 'utf8')).toContain('> **CONFLICT (sector-social-media@1.1, alle.blijvend):**');
    const check = await runCli(['check', file], { cwd: project.root });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /\d+:4 +error +unresolved upgrade conflict in clause "alle\.blijvend" +template-conflict/,
    );
  });

  // Issue 12 item 8: a bold word, a footnote reference and a comment the school added to a clause the sector then
  // changed were replaced by the sector's text, with "Eigen wijzigingen behouden: geen", exit 0 and an orphan footnote.
  it('makes a conflict of a clause the school changed only in Markdown, exits 1 and keeps the footnote cited', async () => {
    const project = sectorProject();
    const school = `${edit(adapted(v10()), 'kan de school passende maatregelen nemen.', 'kan de school **passende** maatregelen nemen.[^cao] <!-- afgestemd met de MR -->')}\n[^cao]: Zie de cao, hoofdstuk 9.\n`;
    const file = project.write('policies/casparus-college/social-media.md', school);
    const run = await runCli(['upgrade', file, '--template', 'sector-social-media'], { cwd: project.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('mr.sancties: sector en school wijzigden het');
    expect(run.stdout).not.toMatch(/overgenomen:.*mr\.sancties/);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      '2. {#mr.sancties} Afhankelijk van de aard en de ernst van de overtreding kan de school **passende** maatregelen nemen.[^cao] <!-- afgestemd met de MR -->',
    );
    expect(text).toContain('[^cao]: Zie de cao, hoofdstuk 9.');
    expect((await runCli(['check', file], { cwd: project.root })).stdout).toMatch(
      /unresolved upgrade conflict in clause "mr\.sancties"/,
    );
  });

  it('writes nothing with --dry-run, and exits 2 for a policy not derived from a template', async () => {
    const project = sectorProject();
    const source = adapted(v10());
    const file = project.write('policies/casparus-college/social-media.md', source);
    expect(
      (await runCli(['upgrade', file, '--template', 'sector-social-media', '--dry-run'], { cwd: project.root })).stdout,
    ).toContain('not written (--dry-run)');
    expect(readFileSync(file, 'utf8')).toBe(source);
    const plain = project.write(
      'policies/eigen/x.md',
      '---\nid: x\ntitle: X\norganisation: O\nversion: "1"\n---\n\n{#a} Tekst.\n',
    );
    const run = await runCli(['upgrade', plain, '--template', 'sector-social-media'], { cwd: project.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the policy has no derivedFrom');
  });
});
