// parsePolicy through the cache of parsed policies (src/parse/cached.ts): without a folder it parses; with one, a
// source parsed before is read back from its entry, but only under the same path, Markdown reader, encoding and
// message language (each changes the model or the words of its findings); a file read through it finds the entry its
// decoded text made, keyed by the file's bytes where they are its text's UTF-8, else by the text. An entry made to
// say "9 jaar" and sealed with the user's secret shows which parses were read back from it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seal } from '../../src/io/cache-seal.js';
import { setMessageLanguage } from '../../src/io/messages.js';
import { ENTRY_FORMAT } from '../../src/io/serialized-cache.js';
import {
  keepParsedPoliciesIn,
  loadPolicyCached,
  parsePolicyCached,
  parsePolicyCachedForDiff,
} from '../../src/parse/cached.js';
import { DIFF_SHAPE_KIND } from '../../src/parse/diff-shape.js';
import { parsePolicy } from '../../src/parse/index.js';

const SOURCE = '# Bewaren\n\n## Termijn {#termijn}\n\n{#termijn.beelden} Beelden worden 2 jaar bewaard.\n';
const clauseText = (source: string, options: Parameters<typeof parsePolicyCached>[1] = {}): string | undefined =>
  parsePolicyCached(source, options).policy.sections[0]?.clauses[0]?.text;

afterEach(() => {
  keepParsedPoliciesIn(undefined);
  setMessageLanguage('en');
});

/** A cache folder holding one entry, for `source` at `path`, edited to say "9 jaar" and sealed anew. */
function plantedCache(
  path: string,
  options: { source?: string; encoding?: { bom: boolean; eol: '\n' | '\r\n' } } = {},
): string {
  const { source = SOURCE, encoding } = options;
  const dir = join(mkdtempSync(join(tmpdir(), 'clausemark-cached-parse-')), 'policies');
  keepParsedPoliciesIn(dir, 'a build');
  // Kept the second time it is parsed (src/io/serialized-cache.ts).
  parsePolicyCached(source, { path, ...(encoding ? { encoding } : {}) });
  parsePolicyCached(source, { path, ...(encoding ? { encoding } : {}) });
  const [name = ''] = readdirSync(dir);
  resealedWithEdit(dir, name);
  return dir;
}

/** The entry `name` in `dir` edited to say "9 jaar" and sealed anew with the user's secret. */
function resealedWithEdit(dir: string, name: string): void {
  const payload = Buffer.from(
    readFileSync(join(dir, name)).subarray(32).toString('latin1').replaceAll('2 jaar', '9 jaar'),
    'latin1',
  );
  const tag = seal([ENTRY_FORMAT, name, payload]);
  if (!tag) throw new Error('no secret in this test run');
  writeFileSync(join(dir, name), Buffer.concat([tag, payload]));
}

describe('parsePolicyCached', () => {
  it('parses as parsePolicy does without a cache folder, and keeps nothing', () => {
    expect(parsePolicyCached(SOURCE, { path: 'a.md' })).toStrictEqual(parsePolicy(SOURCE, { path: 'a.md' }));
  });

  it('reads a parse back from its entry for the same source, path, reader, encoding and message language only', () => {
    plantedCache('bewaren.md');
    expect(clauseText(SOURCE, { path: 'bewaren.md' }), 'read back').toBe('Beelden worden 9 jaar bewaard.');
    const fresh = 'Beelden worden 2 jaar bewaard.';
    expect(clauseText(SOURCE, { path: 'elders.md' }), 'another path').toBe(fresh);
    expect(clauseText(SOURCE, { path: 'bewaren.md', markdown: 'remark' }), 'another reader').toBe(fresh);
    expect(clauseText(SOURCE, { path: 'bewaren.md', encoding: { bom: true, eol: '\n' } }), 'a BOM').toBe(fresh);
    expect(clauseText(SOURCE, { path: 'bewaren.md', encoding: { bom: false, eol: '\r\n' } }), 'CRLF').toBe(fresh);
    expect(clauseText(`${SOURCE}\n`, { path: 'bewaren.md' }), 'another source').toBe(fresh);
    setMessageLanguage('nl');
    expect(clauseText(SOURCE, { path: 'bewaren.md' }), 'messages in Dutch').toBe(fresh);
  });

  it('reads a parse for a diff back from its entry in diff´s shape, from which no whole parse is read', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'clausemark-cached-diff-')), 'policies');
    keepParsedPoliciesIn(dir, 'a build');
    const forDiff = (): string | undefined =>
      parsePolicyCachedForDiff(SOURCE, { path: 'bewaren.md' }).policy.sections[0]?.clauses[0]?.text;
    // Kept the second time it is made, beside the whole parse it was made from.
    expect(forDiff()).toBe('Beelden worden 2 jaar bewaard.');
    expect(forDiff()).toBe('Beelden worden 2 jaar bewaard.');
    const names = readdirSync(dir);
    const shaped = names.filter((name) => readFileSync(join(dir, name)).includes(DIFF_SHAPE_KIND));
    expect(names).toHaveLength(2);
    expect(shaped).toHaveLength(1);
    resealedWithEdit(dir, shaped[0] ?? '');
    expect(forDiff(), 'read back in diff´s shape').toBe('Beelden worden 9 jaar bewaard.');
    expect(clauseText(SOURCE, { path: 'bewaren.md' }), 'the whole parse').toBe('Beelden worden 2 jaar bewaard.');
  });

  it('loads a file through the cache as loadPolicy reads it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-cached-load-'));
    const file = join(folder, 'bewaren.md');
    writeFileSync(file, SOURCE);
    plantedCache(file);
    expect(loadPolicyCached(file).policy.sections[0]?.clauses[0]?.text).toBe('Beelden worden 9 jaar bewaard.');
  });

  it('finds the entry of the decoded text for a file with letters beyond ASCII, a BOM or CRLF line ends', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-cached-load-'));
    const written = (name: string, text: string): string => {
      const file = join(folder, name);
      writeFileSync(file, text);
      return file;
    };
    const wide = SOURCE.replace('Bewaren', 'Bewaren — één Größe');
    const plain = written('wide.md', wide);
    plantedCache(plain, { source: wide });
    expect(loadPolicyCached(plain).policy.sections[0]?.clauses[0]?.text).toBe('Beelden worden 9 jaar bewaard.');
    const withBom = written('bom.md', `\ufeff${SOURCE}`);
    plantedCache(withBom, { encoding: { bom: true, eol: '\n' } });
    expect(loadPolicyCached(withBom).policy.sections[0]?.clauses[0]?.text).toBe('Beelden worden 9 jaar bewaard.');
    const crlf = written('crlf.md', SOURCE.replaceAll('\n', '\r\n'));
    plantedCache(crlf, { encoding: { bom: false, eol: '\r\n' } });
    expect(loadPolicyCached(crlf).policy.sections[0]?.clauses[0]?.text).toBe('Beelden worden 9 jaar bewaard.');
  });
});
