// Where a file of templates/ is read from (src/io/root.ts templatePath): the project's own where it has that file,
// else clausemark's shipped one, else none.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, templatePath } from '../../src/io/root.js';

describe('templatePath', () => {
  const project = mkdtempSync(join(tmpdir(), 'cm-root-'));
  mkdirSync(join(project, 'templates', 'topics'), { recursive: true });
  writeFileSync(join(project, 'templates', 'topics', 'social-media.yaml'), 'topics: []\n');

  it("is the project's file where it has one", () => {
    expect(templatePath(project, join('topics', 'social-media.yaml'))).toBe(
      join(project, 'templates', 'topics', 'social-media.yaml'),
    );
  });

  it("is clausemark's own where the project lacks it", () => {
    expect(templatePath(project, join('topics', 'klachtenregeling.yaml'))).toBe(
      join(PACKAGE_ROOT, 'templates', 'topics', 'klachtenregeling.yaml'),
    );
  });

  it('is none where neither has it', () => {
    expect(templatePath(project, join('topics', 'no-such-kind.yaml'))).toBeUndefined();
  });
});
