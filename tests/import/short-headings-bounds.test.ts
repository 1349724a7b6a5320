// Issue 25, time linear in the document: a text of thousands of short articles ("Artikel N …" over one sentence)
// gives the reader a guess per heading ("stands alone and was read as a heading"), and each guess looked for its
// block by a search from the start of the document, so the lookups grew with the square of the articles. Counted as
// the candidates Array.prototype.find tries over the whole import, not timed; a run over the bound stops at once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDocument } from '../../src/import/index.js';

const ARTICLES = 3000;
/** Candidates `find` may try per article over the whole import. */
const PER_ARTICLE = 100;

afterEach(() => vi.restoreAllMocks());

function regulation(articles: number): string {
  const nouns = ['leerling', 'ouder', 'mentor', 'school', 'melding'];
  const parts = ['Reglement', ''];
  for (let n = 1; n <= articles; n++)
    parts.push(`Artikel ${n} ${nouns[n % nouns.length]}`, '', `De mentor meldt het op dag ${n}.`, '');
  return parts.join('\n');
}

describe('importing a text of thousands of short articles', () => {
  it('looks up each guess of the reader once, not by a search over the document', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-short-headings-')), 'reglement.txt');
    writeFileSync(file, regulation(ARTICLES));
    const bound = PER_ARTICLE * ARTICLES;
    let tried = 0;
    const find = Array.prototype.find;
    vi.spyOn(Array.prototype, 'find').mockImplementation(function (
      this: unknown[],
      predicate: (value: unknown, index: number, array: unknown[]) => unknown,
      thisArg?: unknown,
    ) {
      return find.call(this, (value: unknown, index: number, array: unknown[]) => {
        if (++tried > bound) throw new Error(`find tried more than ${bound} candidates`);
        return predicate.call(thisArg, value, index, array);
      });
    } as never);
    const result = await importDocument(file, { org: 'school', dryRun: true });
    vi.restoreAllMocks();
    expect(tried).toBeLessThanOrEqual(bound);
    expect(result.output).toContain(`Artikel ${ARTICLES}`);
  });
});
