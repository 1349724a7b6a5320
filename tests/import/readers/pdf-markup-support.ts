// What the tests of a PDF printed with its markup shown (pdf-markup*.test.ts) check of the three PDFs that
// tests/fixtures/import/pdf-markup/make-pdf-markup.py makes: a reviewer's comment as a PDF annotation, a tracked
// change shown (its deletion struck through, its insertion underlined, a change bar), and words struck through by hand.
// None of the comment's or the struck words is a clause's, each is listed, and no word is lost.
import { join } from 'node:path';
import { expect } from 'vitest';
import { expectAccounted, expectListedWithCopyFix, importedStruck } from './struck-support.js';
import { importDocument } from '../../../src/import/index.js';

/** The comment of commented.pdf in `folder`: no clause's text, listed as a comment, its words counted. */
export async function expectCommentLeftOut(folder: string): Promise<void> {
  const imported = await importedStruck(join(folder, 'commented.pdf'));
  const comment = 'Graag tien werkdagen van maken, dat haalt de commissie nooit.';
  expect(imported.clauses.join(' ')).not.toContain('Graag');
  expect(imported.dropped).toContainEqual([comment, expect.stringMatching(/^a comment \(a reviewer's note/u)]);
  expectListedWithCopyFix(imported);
  expectAccounted(imported, 10);
}

/** The tracked change of tracked.pdf in `folder`: its deletion left out, and the page reported for its change bar. */
export async function expectTrackedDeletionLeftOut(folder: string): Promise<void> {
  const file = join(folder, 'tracked.pdf');
  const imported = await importedStruck(file);
  expect(imported.clauses).toContain(
    'De klachtencommissie handelt de klacht zo spoedig mogelijk af, doch uiterlijk binnen zes weken.',
  );
  expect(imported.dropped).toContainEqual(['tien weken', 'struck through in the source']);
  expectAccounted(imported, 2);
  const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
  const bars = result.findings.filter((finding) => finding.messageId === 'import-markup.change-bars');
  expect(bars).toEqual([
    expect.objectContaining({ ruleId: 'import-markup', params: expect.objectContaining({ page: 1 }) }),
  ]);
}

/** The words of struck.pdf in `folder` struck by hand: left out of their sentence, a paragraph struck whole no clause. */
export async function expectStruckLeftOut(folder: string): Promise<void> {
  const imported = await importedStruck(join(folder, 'struck.pdf'));
  expect(imported.clauses).toContain(
    'De klachtencommissie bevestigt de ontvangst van de klacht schriftelijk binnen vijf werkdagen.',
  );
  expect(imported.clauses.join(' ')).not.toContain('mondeling');
  const reason = 'struck through in the source';
  expect(imported.dropped).toEqual([
    ['zo nodig', reason],
    ['of eerder', reason],
    ['De klager kan de klacht ook mondeling indienen.', reason],
  ]);
  expectListedWithCopyFix(imported);
  expectAccounted(imported, 12);
}
