// A project holds only what it changes (src/wording/lookup.ts): a school with nothing but its own brand file and
// logo builds, checks and gets its report, with clausemark's own labels, layouts and report assets; and no message
// tells it to "restore" files it never had.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatePath } from '../../src/wording/engine.js';
import { templateFile } from '../../src/wording/lookup.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { tempProject, type TempProject } from '../brand/temp-project.js';

const LOGO = join(PROJECT_ROOT, 'templates', 'brands', 'logos', 'allure.svg');

function schoolProject(): TempProject {
  const project = tempProject();
  project.brand('mijnschool', 'colours:\n  primary: "#006400"\nlogo: logos/mijnschool.svg\n');
  project.copy(LOGO, 'templates/brands/logos/mijnschool.svg');
  const policy = (id: string, clause: string): string =>
    `---\nid: ${id}\ntitle: Protocol ${id}\norganisation: Mijn School\norg: mijnschool\nversion: "1.0"\nlang: nl\n---\n\n# Protocol ${id}\n\n## Doel {#doel}\n\n{#doel.1} ${clause}\n`;
  project.write(
    'policies/mijnschool/sociale-media.md',
    policy('sociale-media', 'Dit protocol beschrijft hoe wij met sociale media omgaan.'),
  );
  project.write(
    'policies/mijnschool/privacy.md',
    policy('privacy', 'Dit protocol beschrijft hoe wij met persoonsgegevens omgaan.'),
  );
  return project;
}

describe('templates a project does not have', () => {
  it("are clausemark's own; the project's own file wins where it has one", () => {
    const project = schoolProject();
    expect(templatePath(project.root, 'pdf/cover')).toBe(
      join(PROJECT_ROOT, 'templates', 'layouts', 'pdf', 'cover.hbs'),
    );
    expect(templateFile(project.root, 'brands/mijnschool.yaml')).toBe(
      join(project.root, 'templates', 'brands', 'mijnschool.yaml'),
    );
    const own = project.write('templates/layouts/pdf/cover.hbs', '{{title}}\n');
    expect(templatePath(project.root, 'pdf/cover')).toBe(own);
  });

  it('a school with only its brand file and logo: build (PDF and report), check and compare work', async () => {
    const project = schoolProject();
    const build = await runCli(['build'], { cwd: project.root });
    expect(build.code, build.stderr).toBe(0);
    expect(
      readdirSync(join(project.root, 'out', 'mijnschool'))
        .filter((file) => file.endsWith('.pdf'))
        .sort(),
    ).toEqual(['privacy-1.0.pdf', 'sociale-media-1.0.pdf']);
    expect(existsSync(join(project.root, 'out', 'index.html'))).toBe(true);
    const check = await runCli(['check'], { cwd: project.root });
    expect(check.code, `${check.stdout}${check.stderr}`).toBe(0);
    // A comparison is of one kind of policy between organisations (issue 16): a second school's protocol.
    project.write(
      'policies/andereschool/sociale-media.md',
      '---\nid: sociale-media\ntitle: Protocol sociale media\norganisation: Andere School\norg: andereschool\nversion: "1.0"\nlang: nl\n---\n\n# Protocol sociale media\n\n## Doel {#doel}\n\n{#doel.1} Dit protocol beschrijft hoe wij met sociale media omgaan.\n',
    );
    const compare = await runCli(
      [
        'compare',
        'policies/mijnschool/sociale-media.md',
        'policies/andereschool/sociale-media.md',
        '--format',
        'html',
        '--out',
        'out/compare.html',
      ],
      { cwd: project.root },
    );
    expect(compare.code, compare.stderr).toBe(0);
    for (const run of [build, check, compare]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/restore/i);
  }, 120_000);
});
