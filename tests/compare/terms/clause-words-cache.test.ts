// A document's clause words through the cache (src/compare/terms/clause-words-cache.ts): without a folder they are made;
// with one, the documents are prepared as without, an entry per document is kept the second time, and it is read back
// for the same clause texts and organisation names only. An entry edited to read another word and sealed with the
// user's secret shows which documents' words were read back from it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepClauseWordsIn } from '../../../src/compare/terms/clause-words-folder.js';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { seal } from '../../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../../src/io/serialized-cache.js';
import { replacedWord, SEAL_BYTES } from '../../support/sealed-entry.js';
import type { Policy } from '../../../src/model/policy.js';
import { orgPolicy } from '../fixtures.js';

const rules = [
  'Leerlingen pesten elkaar niet, ook niet online. De mentor bespreekt een melding met de ouders.',
  'Medewerkers tonen respect voor elkaar, ook online.',
];
const pair = (zuid = 'School Zuid', extra = 'Ouders melden een afwezigheid voor half negen.'): Policy[] => [
  orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: rules }]),
  orgPolicy('zuid', zuid, [{ title: 'Regels', clauses: [...rules, extra] }]),
];

/** Each clause's words, per document, as prepared. */
const wordsOf = (policies: Policy[]): string[][][] =>
  prepareDocuments(policies).documents.map((document) => document.clauses.map((clause) => clause.words));

const folder = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-clause-words-')), 'clause-words');

afterEach(() => keepClauseWordsIn(undefined));

/** A cache folder holding the pair's entries (zuid's last clause `extra`), every "pesten" made "kesten", sealed anew. */
function plantedCache(extra?: string): string {
  const dir = folder();
  keepClauseWordsIn(dir, 'a build');
  wordsOf(pair('School Zuid', extra));
  wordsOf(pair('School Zuid', extra));
  const names = readdirSync(dir);
  expect(names, 'an entry per document, kept the second time').toEqual([
    expect.stringMatching(/\.bin$/),
    expect.stringMatching(/\.bin$/),
  ]);
  for (const name of names) {
    const payload = replacedWord(readFileSync(join(dir, name)).subarray(SEAL_BYTES), 'pesten', 'kesten');
    const tag = seal([ENTRY_FORMAT, name, payload]);
    if (!tag) throw new Error('no secret in this test run');
    writeFileSync(join(dir, name), Buffer.concat([tag, payload]));
  }
  return dir;
}

describe('prepareClauseWords through the cache', () => {
  it('prepares the documents as without a folder (first, second and later runs)', () => {
    const fresh = prepareDocuments(pair()).documents.map((document) => document.clauses);
    expect(fresh[0]?.[0]?.words).toContain('pesten');
    keepClauseWordsIn(folder(), 'a build');
    for (let run = 1; run <= 3; run++) {
      expect(
        prepareDocuments(pair()).documents.map((document) => document.clauses),
        `run ${run}`,
      ).toStrictEqual(fresh);
    }
  });

  it('reads the words back for the same clause texts and names only', () => {
    plantedCache();
    expect(wordsOf(pair())[0]?.[0], 'read back').toContain('kesten');
    const [noord, zuid] = wordsOf(pair('School Zuid', 'Ouders melden pesten voor half negen.'));
    expect(noord?.[0], 'the same document beside another').toContain('kesten');
    expect(zuid?.[2], 'another text').toContain('pesten');
    expect(wordsOf(pair('College Zuid'))[0]?.[0], 'other names').toContain('pesten');
  });

  it("reads a later document's own texts back from its entry, and takes those it shares from the earlier one", () => {
    const extra = 'Ouders melden pesten voor half negen.';
    plantedCache(extra);
    const [noord, zuid] = wordsOf(pair('School Zuid', extra));
    expect(zuid?.[2], 'its own text, read back from its entry').toContain('kesten');
    expect(zuid?.[0], 'a shared text: the words the earlier document read back').toBe(noord?.[0]);
    expect(zuid?.[0]).toContain('kesten');
  });

  it('makes the words where the cache is turned off again', () => {
    plantedCache();
    keepClauseWordsIn(undefined);
    expect(wordsOf(pair())[0]?.[0]).toContain('pesten');
  });
});
