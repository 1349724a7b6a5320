// Issue 26 item 8: a policy revised in place (the adopted file edited into the next version, as docs/diff.md has it)
// must not make the adopted version disappear from the HTML report. The version in force is found in git (the
// newest commit whose own approvals adopt its text) and shown beside the proposal, on the index and on the
// proposal's page, with the diff between them. A text adopted by hand (no hash) and edited since has its version
// in force read from the commit that wrote the adoption down, and that page says so: the adopted text per git. Through
// the CLI, in a real git repository.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo } from '../support/git.js';
import { ANKER_DECLARATION, ankerPolicy } from '../support/hand-adopted.js';

const ADOPTED = `---
id: privacy
title: Privacyreglement
organisation: De School
version: "2.0"
lang: nl
---

## Doel {#doel}

1. {#doel.zorg} De school gaat zorgvuldig om met persoonsgegevens.
`;

/** The rows of the index's table, as text, each with the links in it. */
function indexRows(html: string): { text: string; links: string[] }[] {
  const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map(([row]) => ({
    text: row
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    links: [...row.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? ''),
  }));
}

describe('the HTML report of a policy revised in place (item 8)', () => {
  it('shows the adopted 2.0 from git beside the 2.1 proposal, with the 2.0 → 2.1 diff', async () => {
    const repo = tempRepo('clausemark-in-force-');
    const file = repo.write('policies/school/privacy.md', ADOPTED);
    const approve = await runCli(
      ['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
      {
        cwd: repo.root,
      },
    );
    expect(approve.code, approve.stderr).toBe(0);
    repo.commit('privacyreglement 2.0 vastgesteld');
    const adopted = readFileSync(file, 'utf8');
    // Revised in place: a first draft committed, then the proposal in the working copy.
    writeFileSync(
      file,
      adopted.replace('version: "2.0"', 'version: "2.1"').replace('status: approved', 'status: draft'),
    );
    repo.commit('concept 2.1');
    writeFileSync(
      file,
      adopted
        .replace('version: "2.0"', 'version: "2.1"')
        .replace('status: approved', 'status: proposed')
        .replace('gaat zorgvuldig', 'gaat uiterst zorgvuldig'),
    );

    const run = await runCli(['build', 'policies', '--out', 'out'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const out = join(repo.root, 'out');
    const rows = indexRows(readFileSync(join(out, 'index.html'), 'utf8'));
    const inForce = rows.find((row) => row.text.includes('2.0 Vastgesteld'));
    const proposal = rows.find((row) => row.text.includes('2.1 Voorstel'));
    expect(inForce, rows.map((row) => row.text).join('\n')).toBeDefined();
    expect(proposal).toBeDefined();
    // The day it was adopted, in the page's language; the commit only as where its text was read.
    expect(proposal?.text).toMatch(/Vastgesteld: Versie 2\.0 \(10 januari 2026; tekst uit git [0-9a-f]{7}\)/);
    expect(proposal?.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(proposal?.links).toContain('school/privacy-2.0.html');
    expect(proposal?.links).toContain('school/privacy-2.0-to-2.1.html');
    expect(inForce?.links).toContain('school/privacy-2.0-to-2.1.html');

    const adoptedPage = readFileSync(join(out, 'school', 'privacy-2.0.html'), 'utf8');
    expect(adoptedPage).toContain('De school gaat zorgvuldig om met persoonsgegevens.');
    expect(adoptedPage).toContain('Vastgesteld');
    const proposalPage = readFileSync(join(out, 'school', 'privacy-2.1.html'), 'utf8');
    expect(proposalPage).toContain('href="privacy-2.0.html"');
    expect(proposalPage).toContain('href="privacy-2.0-to-2.1.html"');
    const diffPage = readFileSync(join(out, 'school', 'privacy-2.0-to-2.1.html'), 'utf8');
    expect(diffPage).toContain('uiterst');
  });

  it('an adopted 2.0 edited without a new version number: the adopted text gets a page of its own', async () => {
    const repo = tempRepo('clausemark-in-force-same-');
    const file = repo.write('policies/school/privacy.md', ADOPTED);
    const approve = await runCli(
      ['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
      {
        cwd: repo.root,
      },
    );
    expect(approve.code, approve.stderr).toBe(0);
    const commit = repo.commit('privacyreglement 2.0 vastgesteld').slice(0, 7);
    writeFileSync(file, readFileSync(file, 'utf8').replace('gaat zorgvuldig', 'gaat soms zorgvuldig'));
    const run = await runCli(['build', 'policies', '--out', 'out'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const out = join(repo.root, 'out');
    const rows = indexRows(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(rows).toHaveLength(2);
    const edited = rows.find((row) => row.links.includes('school/privacy-2.0.html'));
    expect(edited?.links).toContain(`school/privacy-2.0-${commit}.html`);
    expect(edited?.links).toContain('school/privacy-2.0-to-2.0.html');
    const adoptedPage = readFileSync(join(out, 'school', `privacy-2.0-${commit}.html`), 'utf8');
    expect(adoptedPage).toContain('De school gaat zorgvuldig om met persoonsgegevens.');
    expect(readFileSync(join(out, 'school', 'privacy-2.0.html'), 'utf8')).toContain('gaat soms zorgvuldig');
  });

  it('a text adopted by hand and edited since: the version in force from git is the adopted text per git', async () => {
    const repo = tempRepo('clausemark-in-force-hand-');
    repo.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
    const file = 'policies/anker/klachtenregeling.md';
    const policy = (text: string, adopted: boolean) => ankerPolicy({ id: 'klachtenregeling', text, adopted });
    repo.write(file, policy('Voor alle scholen.', false));
    repo.commit('concept', '2025-03-01');
    repo.write(file, policy('Voor alle scholen.', true));
    const short = repo.commit('vastgesteld', '2025-03-26').slice(0, 7);
    repo.write(file, policy('Alleen voor De Boei.', true));

    const run = await runCli(['build', 'policies', '--out', 'out'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const out = join(repo.root, 'out');
    const adopted = `vastgestelde tekst volgens git (commit ${short}, vaststelling 26 maart 2025)`;
    const inForcePage = readFileSync(join(out, 'anker', `klachtenregeling-1.0-${short}.html`), 'utf8');
    expect(inForcePage).toContain('Voor alle scholen.');
    expect(inForcePage).toContain(`<span class="adoption-note">${adopted}</span>`);
    expect(inForcePage).not.toContain('niet na te gaan');
    // The edited file's page says its words changed since that commit.
    const editedPage = readFileSync(join(out, 'anker', 'klachtenregeling-1.0.html'), 'utf8');
    expect(editedPage).toContain('Alleen voor De Boei.');
    expect(editedPage).toContain(
      `gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${short}`,
    );
    // The index's row of the version in force says it as its page does.
    const rows = indexRows(readFileSync(join(out, 'index.html'), 'utf8'));
    const inForce = rows.find(
      (row) => row.links.includes(`anker/klachtenregeling-1.0-${short}.html`) && !row.text.includes('gewijzigd'),
    );
    expect(inForce?.text, rows.map((row) => row.text).join('\n')).toContain(adopted);
    expect(rows.map((row) => row.text).join('\n')).not.toContain('niet na te gaan');
  }, 60_000);

  it('adds nothing for a policy that was never adopted', async () => {
    const repo = tempRepo('clausemark-in-force-none-');
    repo.write('policies/school/privacy.md', ADOPTED);
    repo.commit('concept 2.0');
    const run = await runCli(['build', 'policies', '--out', 'out'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const rows = indexRows(readFileSync(join(repo.root, 'out', 'index.html'), 'utf8'));
    expect(rows).toHaveLength(1);
    expect(existsSync(join(repo.root, 'out', 'school', 'privacy-2.0-to-2.0.html'))).toBe(false);
  });
});
