// `diff SOURCE.md RETURNED.docx`: a Word document clausemark built and someone edited, read as the version it
// proposes (every tracked change taken, under the source's clause IDs, as `import --accept-changes` reads it), with
// its proposals and comments by clause for the board pack. A Word document clausemark did not build carries no clause
// IDs, so a diff against it would call every clause new: it is refused with the way to import it first.
// Against its source, the source's own edits since the document was made stay the source's (readReturned).
import { importDocument } from '../import/index.js';
import type { WordNotes } from '../import/result.js';
import { policyFromBytes, type PolicyVersion } from '../diff/inputs.js';
import { errorById } from '../io/messages.js';
import { ClausemarkError } from '../model/errors.js';

export const isWordFile = (file: string): boolean => /\.docx$/i.test(file);

/**
 * The document read as import reads it. Against its Markdown source (`source`), what Word changed is brought into
 * the source as it is now (import --into --dry-run: three-way, by the text the document was made from), so an edit
 * made in the source after the document was sent is not shown as Word undoing it. A document of another policy is
 * read on its own, as before.
 */
async function readReturned(file: string, source: string | undefined) {
  if (source === undefined) return importDocument(file, { dryRun: true, changes: 'accept' });
  try {
    return await importDocument(file, { dryRun: true, changes: 'accept', into: source });
  } catch (error) {
    if (error instanceof ClausemarkError && error.finding.messageId === 'import-refused.into-other-policy')
      return importDocument(file, { dryRun: true, changes: 'accept' });
    throw error;
  }
}

export async function returnedWord(
  file: string,
  root: string,
  source?: string,
): Promise<{ version: PolicyVersion; word: WordNotes }> {
  const result = await readReturned(file, source);
  if (!result.word) {
    throw errorById(
      { messageId: 'not-a-policy.word-not-own', fixId: 'not-a-policy.import-first' },
      { place: { file }, ruleId: 'not-a-policy' },
    );
  }
  const policy = policyFromBytes(new TextEncoder().encode(result.output), file, file, root);
  return { version: { policy }, word: result.word };
}
