// A PDF printed with its markup shown, as an office user sends a policy back (tests/fixtures/import/pdf-markup, made
// by LibreOffice): a reviewer's comment exported as a PDF annotation is listed as a comment (before, it was in no
// count and no listing); a tracked deletion shown struck through is left out ("binnen tien wekenzes weken" was the
// clause before) and the change bar reported; words struck through by hand are left out of their sentence, a
// paragraph struck whole no clause (before, all of them were published as policy text).
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectCommentLeftOut, expectStruckLeftOut, expectTrackedDeletionLeftOut } from './pdf-markup-support.js';

const fixtures = join(import.meta.dirname, '../../fixtures/import/pdf-markup');

describe('a PDF printed with its markup shown', () => {
  it("lists a reviewer's comment, an annotation, as a comment and counts its words", async () => {
    await expectCommentLeftOut(fixtures);
  });

  it('leaves out a tracked deletion shown struck through and reports the change bar', async () => {
    await expectTrackedDeletionLeftOut(fixtures);
  });

  it('leaves out words struck through by hand, and a paragraph struck whole is no clause', async () => {
    await expectStruckLeftOut(fixtures);
  });
});
