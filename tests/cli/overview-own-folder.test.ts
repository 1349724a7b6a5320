// A project folder of policies alone, outside clausemark's install (no templates/, no clausemark.yaml): the folder is
// the project (src/io/project.ts), not clausemark's own install. `build` writes the overview of what every school
// must have from its policies/, naming its files from the folder run in ("policies/anker/…", never "../../…") and
// linking each policy's page from out/; `check` names the same paths.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { ANKER } from '../report/documents/school-overview-expected.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-own-folder-'));
  cpSync(join(ANKER, 'policies'), join(dir, 'policies'), { recursive: true });
});

describe('a folder of policies without templates of its own', () => {
  it('lies outside clausemark’s install and has no templates/', () => {
    expect(relative(PROJECT_ROOT, dir).startsWith('..')).toBe(true);
    expect(existsSync(join(dir, 'templates'))).toBe(false);
  });

  it('build writes the overview, its paths from the folder run in and its links from out/', async () => {
    const run = await runCli(['build', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const json = readFileSync(join(dir, 'out', 'overview.json'), 'utf8');
    const files = [...json.matchAll(/"(?:file|searched)": "([^"]*)"/g)].map((match) => match[1]!);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(file).toMatch(/^policies\//);
    expect(files).toContain('policies/anker/klachtenregeling.md');
    const html = readFileSync(join(dir, 'out', 'overview.html'), 'utf8');
    expect(html).not.toContain('../');
    expect(html).toContain('href="anker/klachtenregeling-2.0.html"');
    expect(existsSync(join(dir, 'out', 'anker', 'klachtenregeling-2.0.html'))).toBe(true);
    expect(html).toContain('geen leerlingenstatuut gevonden in policies/anker/vo/anker-college/');
  });

  it('check names the same paths, never by way of clausemark’s install', async () => {
    const run = await runCli(['check', 'policies', '--format', 'json'], { cwd: dir });
    const said = JSON.stringify(JSON.parse(run.stdout));
    expect(said).toContain('policies/anker/vo/anker-college/');
    expect(said).not.toContain('../');
  });
});
