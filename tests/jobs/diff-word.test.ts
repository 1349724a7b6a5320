// Issue 40 item 3: `diff SOURCE.md RETURNED.docx` reads a returned clausemark Word document as the version it proposes
// (every tracked change taken, under the source's clause IDs), and the board pack lists each proposal by clause with
// who proposed it and when, and each comment beside its clause. A Word document clausemark did not build is refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClausemarkError } from '../../src/model/errors.js';
import { diffJob } from '../../src/jobs/diff.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import { readPdf, squash } from '../support/pdf.js';
import { editParts, withComment, withoutCarriedSource } from '../support/word.js';

const CASPARUS = policyPath('casparus-college');
const REVISION = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');
const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-word-'));

describe('diff SOURCE.md RETURNED.docx (issue 40 item 3)', () => {
  let returned: string;
  beforeAll(async () => {
    const revision = await diffJob([CASPARUS, REVISION], { root: PROJECT_ROOT, format: 'docx', author: 'J. Beleid' });
    returned = join(dir, 'returned.docx');
    writeFileSync(
      returned,
      withComment(
        revision.content as Uint8Array,
        'Casparus College onderkent',
        'Jan Jansen',
        'Graag ook een voorbeeld.',
      ),
    );
  }, 120_000);

  it('compares the source with the text the document proposes, under the source’s clause IDs', async () => {
    const fromWord = await diffJob([CASPARUS, returned], { root: PROJECT_ROOT, format: 'json' });
    const fromMarkdown = await diffJob([CASPARUS, REVISION], { root: PROJECT_ROOT, format: 'json' });
    const changes = (outcome: typeof fromWord) =>
      outcome.report.diff.changes.map((change) => [change.kinds.join('+'), change.old?.id, change.new?.id]);
    expect(changes(fromWord)).toEqual(changes(fromMarkdown));
    expect(fromWord.differs).toBe(true);
  }, 120_000);

  it('the board pack lists each proposal by clause with its author and date, and the comment beside its clause', async () => {
    const outcome = await diffJob([CASPARUS, returned], { root: PROJECT_ROOT, format: 'pdf' });
    const pdf = await readPdf(outcome.content as Uint8Array);
    const text = squash(pdf.pages.join('\n'));
    expect(text).toContain(squash('Uit Word: voorstellen en opmerkingen'));
    expect(text).toContain(squash('Voorgesteld door J. Beleid'));
    // Each clause by the number its PDF prints, cited in words (item 5 under heading 3.2: "Artikel 3.2, lid 5", never
    // "3.2 5."), its ID only where the number is shared (the bullets of article 4): issue 69 item 4.
    expect(text).toContain(squash('Artikel 3.2, lid 5 Voorgesteld door J. Beleid'));
    expect(text).toContain(squash('Artikel 4 (bedenk.realtime) Voorgesteld door J. Beleid'));
    expect(text).not.toContain('(werk.twijfel)');
    expect(text).toContain(squash('Opmerking van Jan Jansen (12 januari 2026): Graag ook een voorbeeld.'));
    // A comment on a clause the revision left alone: its number from the policy, item 1 under heading 1.
    expect(text).toContain(squash('Artikel 1, lid 1 Opmerking van Jan Jansen'));
    expect(text).not.toContain('(up.belang)');
  }, 120_000);

  it('an adopted source whose returned text differs is not called adopted on the returned side; unchanged it is', async () => {
    const adopted = join(dir, 'adopted.md');
    writeFileSync(adopted, readFileSync(CASPARUS, 'utf8').replace(/^status: draft$/m, 'status: approved'));
    const revised = join(dir, 'adopted-revised.md');
    writeFileSync(revised, readFileSync(adopted, 'utf8').replace('onderkent', 'erkent'));
    const word = async (newer: string, name: string): Promise<string> => {
      const made = await diffJob([adopted, newer], { root: PROJECT_ROOT, format: 'docx' });
      writeFileSync(join(dir, name), made.content as Uint8Array);
      return join(dir, name);
    };
    const edited = await word(revised, 'adopted-edited.docx');
    const unchanged = await word(adopted, 'adopted-same.docx');
    const changed = await diffJob([adopted, edited], { root: PROJECT_ROOT, format: 'json' });
    expect([changed.report.diff.old.status, changed.report.diff.new.status]).toEqual(['approved', 'outdated']);
    const same = await diffJob([adopted, unchanged], { root: PROJECT_ROOT, format: 'json' });
    expect([same.report.diff.old.status, same.report.diff.new.status]).toEqual(['approved', 'approved']);
  }, 120_000);

  it('refuses a Word document clausemark did not build, with the way to import it first', async () => {
    const foreign = join(dir, 'foreign.docx');
    writeFileSync(
      foreign,
      editParts(
        withoutCarriedSource(
          (await diffJob([CASPARUS, REVISION], { root: PROJECT_ROOT, format: 'docx' })).content as Uint8Array,
        ),
        // Properties of another program's: none of clausemark's names.
        (name, xml) =>
          name === 'docProps/custom.xml' ? xml.replace(/name="(Clausemark|Policy)/g, 'name="Other') : xml,
      ),
    );
    const error = await diffJob([CASPARUS, foreign], { root: PROJECT_ROOT, format: 'json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClausemarkError);
    expect((error as ClausemarkError).finding.messageId).toBe('not-a-policy.word-not-own');
  }, 120_000);
});
