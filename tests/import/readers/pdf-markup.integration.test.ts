// The PDFs of pdf-markup.test.ts made again by LibreOffice here (make-pdf-markup.py), so a LibreOffice that prints
// comments, tracked changes or struck text otherwise is caught: the same checks hold of what it makes now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { haveTool } from '../../support/tools.js';
import { expectCommentLeftOut, expectStruckLeftOut, expectTrackedDeletionLeftOut } from './pdf-markup-support.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-pdf-markup-'));
const script = join(import.meta.dirname, '../../fixtures/import/pdf-markup/make-pdf-markup.py');

describe.skipIf(!haveTool('soffice'))('a PDF printed with its markup shown, made by LibreOffice now', () => {
  beforeAll(() => {
    execFileSync('/usr/bin/python3', [script, dir], { stdio: 'ignore' });
  }, 300_000);

  it("lists a reviewer's comment as a comment", async () => {
    await expectCommentLeftOut(dir);
  });

  it('leaves out a tracked deletion and reports the change bar', async () => {
    await expectTrackedDeletionLeftOut(dir);
  });

  it('leaves out words struck through by hand', async () => {
    await expectStruckLeftOut(dir);
  });
});
