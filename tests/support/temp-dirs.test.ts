// The setup file that gives each test file a temp folder of its own (tests/support/temp-dirs.ts).
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';

describe("a test file's temp folder", () => {
  it('is a folder of its own under the system one, made before the file ran, for every lane', () => {
    expect(config.test?.setupFiles).toContain('tests/support/temp-dirs.ts');
    expect(basename(tmpdir())).toMatch(/^clausemark-test-/);
    expect(basename(dirname(tmpdir()))).not.toMatch(/^clausemark-test-/);
    expect(existsSync(tmpdir())).toBe(true);
  });
});
