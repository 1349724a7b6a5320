// `clausemark confirm` end to end: the command writes alignments.yaml beside the policies, compare honours it in
// every format, and an edit afterwards is reported as a stale confirmation instead of being applied.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT, SEED_ORGS } from '../support/paths.js';

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-confirm-cli-'));
  for (const org of SEED_ORGS)
    cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(root, 'policies', org, 'social-media.md'));
  return root;
}

describe('clausemark confirm (CLI)', () => {
  it("says what it recorded in the run's language", async () => {
    const root = corpus();
    const run = await runCli(['confirm', '--not', 'aloysius:verantw.twijfel', 'casparus-college:werk.twijfel'], {
      cwd: root,
      env: { LANG: 'nl_NL.UTF-8' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^afgewezen: aloysius:verantw\.twijfel ↔ casparus-college:werk\.twijfel \(vastgelegd in .*alignments\.yaml; vermeldingen: 1\)\n$/,
    );
  });

  it('records a pairing that compare then joins, marks and lists; an edit makes it stale', async () => {
    const root = corpus();
    const before = await runCli(['compare', '--format', 'json'], { cwd: root });
    expect(before.code).toBe(0);
    const confirm = await runCli(['confirm', 'aloysius:verantw.twijfel', 'casparus-college:werk.twijfel'], {
      cwd: root,
    });
    expect(confirm.stderr).toBe('');
    expect(confirm.code).toBe(0);
    expect(confirm.stdout).toMatch(/^confirmed: aloysius:verantw\.twijfel ↔ casparus-college:werk\.twijfel/);
    const file = join(root, 'policies', 'alignments.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^- same: \[aloysius:verantw\.twijfel@[0-9a-f]{16}, casparus-college:werk\.twijfel@[0-9a-f]{16}\]$/m,
    );

    const after = JSON.parse((await runCli(['compare', '--format', 'json'], { cwd: root })).stdout) as {
      provisions: { members: Record<string, { id: string; confirmed?: boolean }[]> }[];
      confirmations: { confirmed: number; skipped: unknown[] };
    };
    const joined = after.provisions.find((provision) => provision.members.aloysius?.[0]?.id === 'verantw.twijfel');
    expect(joined?.members['casparus-college']?.[0]).toMatchObject({ id: 'werk.twijfel', confirmed: true });
    expect(after.confirmations).toEqual({ confirmed: 1, rejected: 0, skipped: [] });
    // The seeds are Dutch, so the terminal comparison words its confirmations in Dutch too.
    expect((await runCli(['compare'], { cwd: root })).stdout).toContain(
      '1 koppeling bevestigd en 0 uit elkaar gehouden door een persoon',
    );
    const html = (await runCli(['compare', '--format', 'html'], { cwd: root })).stdout;
    expect(html).toContain('✓ door een persoon bevestigd'); // the labels follow the policies' language

    const policy = join(root, 'policies', 'aloysius', 'social-media.md');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('Bij twijfel geldt altijd', 'Bij twijfel geldt steeds'));
    const stale = await runCli(['compare'], { cwd: root });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain(
      'Niet toegepast: aloysius:verantw.twijfel ↔ casparus-college:werk.twijfel (dezelfde): een tekst is gewijzigd nadat erover is geoordeeld; bevestig het paar opnieuw',
    );
  });

  it('shows possible matches with the command that settles them, and refuses unknown clauses (exit 2)', async () => {
    const root = corpus();
    const text = (await runCli(['compare'], { cwd: root })).stdout;
    const command = /^ {4}(clausemark confirm \S+ \S+)/m.exec(text)?.[1];
    if (!command) throw new Error(`no confirm command in:\n${text}`);
    const html = (await runCli(['compare', '--format', 'html'], { cwd: root })).stdout;
    // The file names the command (marked as the file's words: the workplace serves the page without it).
    expect(html).toMatch(
      new RegExp(
        `<code class="confirm-command" data-first="[^"]+" data-second="[^"]+"[^>]*><span data-standalone>${command.replace(/[.]/g, '\\.')}</span><!--/standalone--></code>`,
      ),
    );
    const wrong = await runCli(['confirm', 'aloysius:nope', 'allure:x'], { cwd: root });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/aloysius .* has no clause 'nope'/);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });
});
