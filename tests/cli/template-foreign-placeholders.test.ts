// Issue 26 item 10: a model text written for another tool (Jekyll, Liquid) holds placeholders such as
// `{{ site.baseurl }}`. Without `variables:` or `clauses:` of its own it is no clausemark template, so its braces are
// text: `compare --template` and `deviations` register against it instead of refusing it.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { sharedData } from '../support/paths.js';

const MODEL =
  '---\nlayout: page\ntitle: Gedragscode\n---\n\n# Gedragscode\n\n## Melden\n\nMeld een overtreding via het [formulier]({{ site.baseurl }}/melden/) of bij {{ page.contact | default: "het bestuur" }}.\n\n## Handhaving\n\nWie de code schendt, kan worden verwijderd.\n';

interface RegisterClause {
  id: string;
  status: string;
  templateText?: string;
}

function clausesOf(stdout: string): RegisterClause[] {
  const register = JSON.parse(stdout) as { policies: { clauses: RegisterClause[] }[] };
  return register.policies[0]?.clauses ?? [];
}

describe('compare --template with a model text holding Jekyll/Liquid placeholders', () => {
  it('reads `{{ site.baseurl }}` and a Liquid filter as text and registers the adaptation', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-liquid-'));
    writeFileSync(join(root, 'model.md'), MODEL);
    writeFileSync(
      join(root, 'club.md'),
      MODEL.replace(/^---[\s\S]*?---\n\n/, '').replace('kan worden verwijderd', 'wordt verwijderd'),
    );
    for (const command of [
      ['compare', '--template', 'model.md', 'club.md', '--format', 'json'],
      ['deviations', '--template', 'model.md', 'club.md', '--format', 'json'],
    ]) {
      const run = await runCli(command, { cwd: root });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/not a usable template|not a variable name/);
      const clauses = clausesOf(run.stdout);
      const melden = clauses.find((clause) => clause.id === 'melden.1');
      expect(melden?.templateText).toContain('({{ site.baseurl }}/melden/)');
      expect(melden?.status).toBe('verbatim');
      expect(clauses.find((clause) => clause.id === 'handhaving.1')?.status).toBe('modified');
    }
  });

  it('still refuses braces that are no variable in a template that declares its variables', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-liquid-declared-'));
    writeFileSync(
      join(root, 'model.md'),
      MODEL.replace('layout: page\n', 'id: code\nversion: "1.0"\nvariables:\n  club:\n    description: Naam\n'),
    );
    writeFileSync(join(root, 'club.md'), '# Gedragscode\n\n## Melden\n\nMeld het.\n');
    const run = await runCli(['compare', '--template', 'model.md', 'club.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('code@1.0 is not a usable template');
  });

  const vdp = sharedData('dev-corpus', 'vdp');
  it.skipIf(!vdp.present)(
    `registers a real CISA template with {{ site.baseurl }} from ../shared/dev-corpus${vdp.present ? '' : ` (skipped: ${vdp.absent})`}`,
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'clausemark-liquid-cisa-'));
      copyFileSync(join(vdp.dir, 'cisa-template-2020-11-18.md'), join(root, 'cisa-template-2020-11-18.md'));
      copyFileSync(join(vdp.dir, 'cisa-template-2020-09-02.md'), join(root, 'cisa-template-2020-09-02.md'));
      const run = await runCli(
        ['compare', '--template', 'cisa-template-2020-11-18.md', 'cisa-template-2020-09-02.md', '--format', 'json'],
        { cwd: root },
      );
      expect(run.code, run.stderr).toBe(0);
      const clauses = clausesOf(run.stdout);
      expect(clauses.some((clause) => clause.templateText?.includes('{{ site.baseurl }}'))).toBe(true);
      expect(clauses.filter((clause) => clause.status === 'verbatim').length).toBeGreaterThan(10);
    },
  );
});
