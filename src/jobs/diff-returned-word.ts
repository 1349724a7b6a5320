// `diff SOURCE.md RETURNED.docx`: a Word document clausemark built and someone edited, read as the version it
// proposes (every tracked change taken, under the source's clause IDs, as `import --accept-changes` reads it), with
// its proposals and comments by clause for the board pack. A Word document clausemark did not build carries no clause
// IDs, so a diff against it would call every clause new: it is refused with the way to import it first.
import { importDocument } from '../import/index.js';
import type { WordNotes } from '../import/result.js';
import { policyFromBytes, type PolicyVersion } from '../diff/inputs.js';
import { errorById } from '../io/messages.js';

export const isWordFile = (file: string): boolean => /\.docx$/i.test(file);

export async function returnedWord(file: string, root: string): Promise<{ version: PolicyVersion; word: WordNotes }> {
  const result = await importDocument(file, { dryRun: true, changes: 'accept' });
  if (!result.word) {
    throw errorById(
      { messageId: 'not-a-policy.word-not-own', fixId: 'not-a-policy.import-first' },
      { place: { file }, ruleId: 'not-a-policy' },
    );
  }
  const policy = policyFromBytes(new TextEncoder().encode(result.output), file, file, root);
  return { version: { policy }, word: result.word };
}
