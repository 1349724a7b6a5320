// The hyphenation pattern sets are prepared with the build (scripts/prepare-data.mjs): dist/prepared/hyphenation/
// holds each set clausemark hyphenates with, held flat as JSON, under the hash of the installed pattern file, which is what a
// build run reads (src/text/hyphenation-patterns.ts; that they hyphenate alike: tests/text/hyphenation-patterns.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparedPatternsName } from '../../src/text/hyphenation-patterns.js';
import { flatPatterns, type PackagedPatterns } from '../../src/text/liang-hyphenator.js';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const require = createRequire(join(PROJECT_ROOT, 'package.json'));

/**
 * The patterns as the file defines them, evaluated afresh: the package's hyphenators add every word they hyphenate to
 * the exceptions of the very object `require` returns, which other tests in this process may have used.
 */
function patternsOf(file: string): unknown {
  const sandbox = { module: { exports: {} as unknown } };
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  return JSON.parse(JSON.stringify(sandbox.module.exports));
}

describe('the prepared hyphenation patterns of the binary', () => {
  // The binary is built first (the CLI lane builds dist/ when a source is newer).
  beforeAll(() => runBuiltCli(['--version']));

  it.each(['nl', 'en-us', 'en-gb', 'fr'])('hold %s as the package defines it', (name) => {
    const file = require.resolve(`hyphen/patterns/${name}.js`);
    const stored = readFileSync(
      join(PROJECT_ROOT, 'dist', 'prepared', 'hyphenation', preparedPatternsName(name, readFileSync(file))),
      'utf8',
    );
    expect(JSON.parse(stored)).toEqual(flatPatterns(patternsOf(file) as PackagedPatterns));
  });
});
