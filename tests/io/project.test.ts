// The project a command works in (src/io/project.ts): each part the nearest folder up from where the command runs
// that has it, else clausemark's own; found from a real folder tree in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findProject } from '../../src/io/project.js';
import { PACKAGE_ROOT } from '../../src/io/root.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(...folders: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-project-'));
  made.push(root);
  for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  return root;
}

describe('findProject', () => {
  it('finds the brands, the sector templates and the settings file from a folder deep inside the project', () => {
    const root = tree('templates/brands', 'templates/sector', 'policies/linde/oud');
    writeFileSync(join(root, 'clausemark.yaml'), 'lang: nl\n');
    expect(findProject(join(root, 'policies', 'linde', 'oud'))).toEqual({
      root,
      sectorRoot: root,
      settingsFile: join(root, 'clausemark.yaml'),
    });
  });

  it("takes each part from the nearest folder that has it: a nested sector's templates, the outer brands", () => {
    const root = tree('templates/brands', 'sector/templates/sector');
    expect(findProject(join(root, 'sector'))).toEqual({ root, sectorRoot: join(root, 'sector') });
  });

  it("is clausemark's own install where no folder up has templates, with no settings file", () => {
    const root = tree('policies');
    const project = findProject(join(root, 'policies'));
    expect(project.root).toBe(PACKAGE_ROOT);
    expect(project.sectorRoot).toBe(PACKAGE_ROOT);
  });
});
