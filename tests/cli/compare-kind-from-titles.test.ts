// compare of documents as they come, without frontmatter (issue 42: five klachtenregelingen downloaded as law
// exports): their titles name the kind, so the comparison uses that kind's topic list and what the law asks of it,
// says in every format where the list came from, and confirm --absent takes the list's topics for them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bareProject } from '../support/project.js';

function downloads(): string {
  const dir = bareProject('clausemark-kind-from-titles-');
  mkdirSync(join(dir, 'downloads'));
  const articles = (who: string, weeks: string) =>
    `### Artikel 1\n\nIn deze regeling wordt verstaan onder klager: degene die een klacht indient bij ${who}.\n\n` +
    `### Artikel 2\n\n${who} handelt de klacht af binnen ${weeks} weken na ontvangst.\n`;
  writeFileSync(
    join(dir, 'downloads', 'noord.md'),
    `##Klachtenregeling Stichting Noord\n\n${articles('Noord', 'zes')}`,
  );
  writeFileSync(join(dir, 'downloads', 'zuid.md'), `## Klachtenregeling van Zuid\n\n${articles('Zuid', 'vier')}`);
  return dir;
}

describe('compare of documents whose frontmatter names no kind', () => {
  it('compares by the topic list of the kind their titles name, and says so', async () => {
    const dir = downloads();
    const text = await runCli(['compare', 'downloads', '--lang', 'nl'], { cwd: dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('hun titels noemen het een klachtenregeling');
    expect(text.stdout).toContain('Termijn van afhandeling');
    expect(text.stdout).not.toContain('geen onderwerpenlijst');
    expect(text.stdout).toContain('Wat de wet vraagt');

    const json = JSON.parse((await runCli(['compare', 'downloads', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.kindFromTitles).toBe('klachtenregeling');
    expect(json.topicsInduced).toBeUndefined();
    expect(json.topics.map((topic: { id: string }) => topic.id)).toContain('termijn-afhandeling');

    // The comparison's words follow the documents' language (Dutch here), whatever the user's.
    for (const format of ['md', 'html']) {
      const out = await runCli(['compare', 'downloads', '--format', format, '--lang', 'en'], { cwd: dir });
      expect(out.stdout, format).toContain('hun titels noemen het een klachtenregeling');
    }
  });

  it("keeps the titles out of it with --topics, and confirm --absent takes the titles' list", async () => {
    const dir = downloads();
    const json = JSON.parse(
      (await runCli(['compare', 'downloads', '--format', 'json', '--topics', 'gedragscode'], { cwd: dir })).stdout,
    );
    expect(json.kindFromTitles).toBeUndefined();
    const confirmed = await runCli(['confirm', '--absent', 'noord', 'vertrouwenspersoon', 'downloads'], { cwd: dir });
    expect(confirmed.code, confirmed.stderr).toBe(0);
    const after = JSON.parse((await runCli(['compare', 'downloads', '--format', 'json'], { cwd: dir })).stdout);
    const topic = after.topics.find((candidate: { id: string }) => candidate.id === 'vertrouwenspersoon');
    expect(topic.notFound.noord.absent).toBe('confirmed');
  });
});
