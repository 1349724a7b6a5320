// What a policy officer does in Word without a heading style or a second thought, imported with nothing lost silently
// (tests/fixtures/import/word-habits/make-word-habits.py): a Word comment saved twice by LibreOffice is never policy
// text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = join(import.meta.dirname, '../fixtures/import/word-habits');

async function imported(name: string) {
  const result = await importDocument(join(folder, name), { org: 'de-linde', dryRun: true, changes: 'accept' });
  const { policy } = parsePolicy(result.output);
  const sections = allSections(policy).slice(1);
  return {
    result,
    sections: sections.map((section) => `${section.number || '-'} ${section.title} {#${section.id}}`),
    clauses: allClauses(policy).map(({ clause }) => `${clause.number} ${clause.id}`),
  };
}

describe('a Word comment, the document saved twice by LibreOffice', () => {
  it('is still in the document, and never becomes policy text', async () => {
    const comments = unzipSync(readFileSync(join(folder, 'comment-saved-twice.docx')))['word/comments.xml'];
    expect(new TextDecoder().decode(comments)).toContain('Nog bespreken met de MR');
    const { result, clauses } = await imported('comment-saved-twice.docx');
    expect(result.output).not.toContain('Nog bespreken');
    expect(result.output).not.toContain('zes weken is te kort');
    expect(clauses).toHaveLength(2);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-dropped')).toMatchObject([
      { messageId: 'import-dropped.comments' },
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});
