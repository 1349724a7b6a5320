// Issue 39 item 8, time linear in the document: a regulation whose every article has a "Toelichting" under it (left
// out as a line that repeats) and whose numbers stand twice (in "Artikel N" and in its sentence) has no word that
// occurs once, so import's word account diffed the whole text at once with Myers, whose work grows with the length
// times the words left out: 20,000 headings spent 27 of 66 CPU seconds there. Counted as the word comparisons the
// diff makes over the whole import, not timed: four times the articles may cost at most five times the comparisons.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

let compared = 0;

vi.mock('diff', async (original) => {
  const diff = await original<typeof import('diff')>();
  return {
    ...diff,
    diffArrays: ((left: unknown[], right: unknown[], options: { comparator?: (a: unknown, b: unknown) => boolean }) =>
      diff.diffArrays(left, right, {
        ...options,
        comparator: (a: unknown, b: unknown) => {
          compared++;
          return options.comparator ? options.comparator(a, b) : a === b;
        },
      } as never)) as unknown as typeof diff.diffArrays,
  };
});

const { importDocument } = await import('../../src/import/index.js');

/** `headings` short headings: "Artikel N" and a "Toelichting" under it, each over one sentence. */
function regulation(headings: number): string {
  const nouns = ['leerling', 'ouder', 'mentor', 'school', 'melding', 'incident', 'directeur', 'afspraak', 'klacht'];
  const parts = ['Reglement', ''];
  for (let article = 1; article <= headings / 2; article++)
    parts.push(
      `Artikel ${article}`,
      '',
      `De ${nouns[article % 9]} meldt de ${nouns[(article * 7) % 9]} op dag ${article}.`,
      '',
      'Toelichting',
      '',
      `Dit artikel regelt de melding van dag ${article}.`,
      '',
    );
  return parts.join('\n');
}

async function comparisons(headings: number): Promise<number> {
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-repeated-headings-')), 'reglement.txt');
  writeFileSync(file, regulation(headings));
  compared = 0;
  const result = await importDocument(file, { org: 'school', dryRun: true });
  expect(result.accounting.missing).toEqual([]);
  return compared;
}

describe('importing a text of thousands of short repeating headings', () => {
  it('compares words in time linear in the text', async () => {
    const one = await comparisons(1_000);
    const four = await comparisons(4_000);
    expect(four).toBeLessThanOrEqual(5 * one);
  });
});
