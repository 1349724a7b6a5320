// The project a command works in (src/io/project.ts): each part the nearest folder up from where the command runs
// that has it; the project's folder without templates its settings file's, its policies/'s or the one run in, never
// clausemark's own install; found from a real folder tree in a temp folder.
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

  it('is the folder holding policies/ where no folder up has templates (its templates then clausemark’s own)', () => {
    const root = tree('policies/linde');
    const project = findProject(join(root, 'policies', 'linde'));
    expect(project.root).toBe(root);
    expect(project.root).not.toBe(PACKAGE_ROOT);
    expect(project.sectorRoot).toBe(PACKAGE_ROOT);
    expect(project.settingsFile).toBeUndefined();
  });

  it('is the folder of the settings file before one holding policies/ further up, else the folder run in', () => {
    const root = tree('policies', 'school/beleid');
    writeFileSync(join(root, 'school', 'clausemark.yaml'), 'lang: nl\n');
    expect(findProject(join(root, 'school', 'beleid')).root).toBe(join(root, 'school'));
    const bare = tree('los');
    expect(findProject(join(bare, 'los')).root).toBe(join(bare, 'los'));
  });
});
