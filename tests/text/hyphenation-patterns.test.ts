// The hyphenators made from the pattern sets prepared as JSON (src/text/hyphenation-patterns.ts,
// scripts/prepare-data.mjs) hyphenate every word as the `hyphen` package's own modules do; without a prepared file
// (none made, or made from another version of the patterns) the package's module is used.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHyphenator, preparedPatternsName } from '../../src/text/hyphenation-patterns.js';
import { flatPatterns, type PackagedPatterns } from '../../src/text/liang-hyphenator.js';
import { PROJECT_ROOT, shippedPolicyPaths } from '../support/paths.js';

const require = createRequire(join(PROJECT_ROOT, 'package.json'));
const folder = mkdtempSync(join(tmpdir(), 'clausemark-hyphenation-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Writes the pattern set's JSON as scripts/prepare-data.mjs does, from the file evaluated afresh (the package's
 * hyphenators add each word they hyphenate to the object `require` returns, which other tests may have used).
 */
function prepare(name: string, source = readFileSync(require.resolve(`hyphen/patterns/${name}.js`))): void {
  const sandbox = { module: { exports: {} as unknown } };
  runInNewContext(readFileSync(require.resolve(`hyphen/patterns/${name}.js`), 'utf8'), sandbox);
  writeFileSync(
    join(folder, preparedPatternsName(name, source)),
    JSON.stringify(flatPatterns(sandbox.module.exports as PackagedPatterns)),
  );
}

/** Every word of the shipped policies, and a few long compounds. */
function words(): string[] {
  const text = shippedPolicyPaths()
    .map((file) => readFileSync(file, 'utf8'))
    .join(' ');
  const found = new Set(text.match(/[\p{L}'’-]{5,}/gu) ?? []);
  for (const word of ['waterstaatsingenieurs', 'verantwoordelijkheid', 'medezeggenschapsraad', 'hyphenation'])
    found.add(word);
  // Texts of more than one word, capitals, exceptions of the pattern sets, a word already hyphenated, short words,
  // marks and tags: the package's text reader cuts each of them its own way.
  for (const text of [
    'De Medezeggenschapsraad stemt in met het schoolplan.',
    'AANDACHTSTREKKER aandachtstrekkers Achtendertigste',
    'school-ondersteuningsprofiel, leerling’s ouders’ rechten',
    'ver\u00ADantwoordelijk en niet ver\u00ADder',
    'naïeve coördinatie van café-eigenaren',
    'in <b>medezeggenschap</b> en </i>bestuursverslag',
    'Ĳsselmeer ĳzersterke İstanbul',
    'a bc def ghij',
    '',
  ])
    found.add(text);
  return [...found];
}

describe('hyphenation patterns prepared as JSON', () => {
  const options = { hyphenChar: '\u00AD', minWordLength: 5 };

  it.each(['nl', 'en-us', 'en-gb'])('hyphenate %s as the package does', (name) => {
    prepare(name);
    const prepared = loadHyphenator(name, folder);
    const packaged = require(`hyphen/${name}`) as ReturnType<typeof loadHyphenator>;
    expect(prepared).not.toBe(packaged);
    const all = words();
    expect(all.length).toBeGreaterThan(1000);
    for (const word of all) expect(prepared.hyphenateSync(word, options)).toBe(packaged.hyphenateSync(word, options));
  });

  it('are not used when made from another pattern file', () => {
    prepare('fr', Buffer.from('another version'));
    expect(loadHyphenator('fr', folder)).toBe(require('hyphen/fr'));
  });
});
