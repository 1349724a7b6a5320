// A photo-sized PNG logo went into every PDF whole (a 40 MB logo, a 41 MB PDF) without a word. The build now says
// which file it is, how big, and how many pixels print sharp on the cover (300 dpi), once per logo.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { noisyPng, solidPng, tempProject } from '../brand/temp-project.js';

function projectWithLogo(png: Uint8Array) {
  const project = tempProject();
  project.brand('mijnschool', 'logo: logos/groot.png\n');
  project.write('templates/brands/logos/groot.png', png);
  for (const id of ['privacy', 'sociale-media']) {
    project.write(
      `policies/mijnschool/${id}.md`,
      `---\nid: ${id}\ntitle: Protocol ${id}\norganisation: Mijn School\norg: mijnschool\nversion: "1.0"\nlang: nl\n---\n\n# Protocol\n\n## Doel {#doel}\n\n{#doel.1} Dit protocol beschrijft wat wij doen.\n`,
    );
  }
  return project;
}

describe('build: a PNG logo far larger than it is printed', () => {
  it('warns once, naming the file, its size and the pixels that suffice; the PDFs are still built', async () => {
    const project = projectWithLogo(noisyPng(3000, 1200));
    const run = await runCli(['build', '--no-site'], { cwd: project.root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/built 2 PDFs/);
    const warnings = run.stderr.split('\n').filter((line) => line.includes('warning'));
    expect(warnings, run.stderr).toHaveLength(1);
    // 3000×1200 px in a box of 190×72 pt: 180×72 pt, which is 750×300 px at 300 dpi.
    expect(warnings[0]).toContain('templates/brands/logos/groot.png');
    expect(warnings[0]).toContain('3000×1200 px');
    expect(warnings[0]).toContain(
      `${(statSync(join(project.root, 'templates/brands/logos/groot.png')).size / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(warnings[0]).toContain('750×300 px');
    expect(run.stderr).toMatch(/fix: .*scale/);
  }, 120_000);

  it('says nothing about a logo of a sensible size', async () => {
    const project = projectWithLogo(solidPng(750, 300, [0, 100, 0]));
    const run = await runCli(['build', '--no-site'], { cwd: project.root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  }, 120_000);
});
