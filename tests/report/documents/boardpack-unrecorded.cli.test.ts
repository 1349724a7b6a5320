// The board pack compares a new version with the one in force, whose adoption may be written by hand (no hash): the
// old text the board reads beside the new may then not be the adopted one. The pack says so under what it compares,
// as the policy's own PDF does on its cover: that git shows the words changed since the commit that wrote the
// adoption down, that git shows they are the adopted text, or, where git cannot tell, that the text adopted was not
// recorded (src/procedure/adoption-git.ts). `diff FILE` compares with the text git shows adopted, and says so. A real
// git repository in a temp dir; the pack's text read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { ankerPolicy, approveByCli } from '../../support/hand-adopted.js';
import { tempRepo } from '../../support/git.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { needTool } from '../../support/tools.js';

/** Het Anker's klachtenregeling at `version`; adopted by hand (a row without hash) or a draft. */
const policy = (version: string, text: string, adopted: boolean) =>
  ankerPolicy({ id: 'klachtenregeling', title: 'Klachtenregeling', version, text, adopted });

/** The board pack of `old` against a draft 2.0 (or, `alone`, against its last adopted version), as text. */
async function packText(root: string, old: string, alone = false): Promise<string> {
  const files = alone ? [old] : [old, 'nieuw.md'];
  const run = await runCli(['diff', ...files, '--format', 'pdf', '--out', 'pack.pdf'], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', join(root, 'pack.pdf'), '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

describe('the board pack of a version adopted by hand', () => {
  it('says under what it compares what git shows of the old text, or that it was not recorded', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const repo = tempRepo('clausemark-boardpack-unrecorded-');
    cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
    const old = 'policies/anker/klachtenregeling.md';
    repo.write(old, policy('1.0', 'Voor alle scholen.', true));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    repo.write(old, policy('1.0', 'Alleen voor De Boei.', true));
    repo.commit('gewijzigd', '2025-05-01');
    repo.write('nieuw.md', policy('2.0', 'Voor alle scholen van de stichting.', false));

    const changed = await packText(repo.root, old);
    expect(changed).toContain(
      `Versie 1.0: gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn.slice(0, 7)} van 26 maart 2025`,
    );
    const adopted = `Versie 1.0: vastgestelde tekst volgens git (commit ${adoptedIn.slice(0, 7)}, vaststelling 26 maart 2025)`;
    // diff FILE: the text adopted, from the commit that wrote the adoption down, against the words changed since.
    const alone = await packText(repo.root, old, true);
    expect(alone).toContain(adopted);
    expect(alone).toContain('Voor alle scholen.');
    expect(alone).toContain('Alleen voor De Boei.');
    // Its words back to those adopted: git shows this is the adopted text, not that it cannot be told.
    repo.write(old, policy('1.0', 'Voor alle scholen.', true));
    const same = await packText(repo.root, old);
    expect(same).toContain(adopted);
    expect(same).not.toContain('niet na te gaan');
    // Outside git nothing tells whether the text is the one adopted.
    const loose = mkdtempSync(join(tmpdir(), 'clausemark-boardpack-loose-'));
    writeFileSync(join(loose, 'oud.md'), policy('1.0', 'Alleen voor De Boei.', true));
    writeFileSync(join(loose, 'nieuw.md'), policy('2.0', 'Voor alle scholen van de stichting.', false));
    expect(await packText(loose, 'oud.md')).toContain(
      'Versie 1.0: tekst niet vastgelegd bij de vaststelling (geen hash)',
    );
    // Adopted with its hash: no note.
    repo.write(old, policy('1.0', 'Alleen voor De Boei.', false));
    await approveByCli(repo.root, old, '2025-06-01');
    const plain = await packText(repo.root, old);
    expect(plain).not.toContain('niet vastgelegd');
    expect(plain).not.toContain('volgens git');
  }, 60_000);
});
