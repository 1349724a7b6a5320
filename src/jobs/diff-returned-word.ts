// `diff SOURCE.md RETURNED.docx`: a Word document clausemark built and someone edited, read as the version it
// proposes (every tracked change taken, under the source's clause IDs, as `import --accept-changes` reads it), with
// its proposals and comments by clause for the board pack. A Word document clausemark did not build carries no clause
// IDs, so a diff against it would call every clause new: it is refused with the way to import it first.
// When the source changed after the document was made from it (the hash the document records is not the source's),
// a plain diff would show the source's own later edits as Word undoing them: the document's edits are then brought
// onto the source as it is now, three-way from the text the document was made from (carried in it, or found in the
// source's git history, as `import --into` finds it), so only Word's edits show; without that text, a note says so.
// A document whose tracked changes, all rejected, give the source's text proposes changes to that very text (a
// revision made with `diff --format docx`, which records the newer version's hash): read as it is.
import { diffPolicies } from '../diff/diff.js';
import { importDocument } from '../import/index.js';
import type { ImportResult, WordNotes } from '../import/result.js';
import { policyFromBytes, type PolicyVersion } from '../diff/inputs.js';
import { errorById } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { sourceHash } from '../model/word-source.js';

export const isWordFile = (file: string): boolean => /\.docx$/i.test(file);

export interface ReturnedWord {
  version: PolicyVersion;
  word: WordNotes;
  /** What the terminal is told about how the document was read against the source (diff-note.*). */
  notes: MessageRef[];
}

const versionOf = (result: ImportResult, file: string, root: string): PolicyVersion => ({
  policy: policyFromBytes(new TextEncoder().encode(result.output), file, file, root),
});

/** The notes of a three-way read: the source moved on, and the clauses both changed. */
function movedNotes(result: ImportResult, source: string): MessageRef[] {
  const conflicts = result.word?.conflicts ?? [];
  const named = (kinds: readonly string[]): string =>
    conflicts
      .filter((conflict) => kinds.includes(conflict.kind))
      .map((conflict) => conflict.id)
      .join(', ');
  const notes: MessageRef[] = [{ messageId: 'diff-note.source-moved-merged', params: { source } }];
  const both = named(['both-changed', 'deleted-changed']);
  if (both) notes.push({ messageId: 'diff-note.source-moved-both', params: { ids: both, source } });
  const gone = named(['changed-deleted']);
  if (gone) notes.push({ messageId: 'diff-note.source-moved-gone', params: { ids: gone, source } });
  return notes;
}

/** Whether the document with every tracked change rejected says what `source` says, in the same order. */
async function proposesTo(file: string, accepted: ImportResult, source: Policy, root: string): Promise<boolean> {
  const rejected =
    (accepted.word?.proposals.length ?? 0) === 0
      ? accepted
      : await importDocument(file, { dryRun: true, changes: 'reject' });
  // Word's reading gives its own numbers and may name a clause by another ID: the words are what count.
  return diffPolicies(source, versionOf(rejected, file, root).policy).changes.every((change) =>
    change.kinds.every((kind) => kind === 'renumbered' || kind === 'id-renamed'),
  );
}

/**
 * The returned document as a version to diff against `source` (the older side, when it is a Markdown file, as named
 * on the command line, and its policy): three-way when the source moved on since the document was made and the text
 * it was made from is found.
 */
export async function returnedWord(
  file: string,
  root: string,
  source?: { file: string; policy: Policy },
): Promise<ReturnedWord> {
  const result = await importDocument(file, { dryRun: true, changes: 'accept' });
  if (!result.word) {
    throw errorById(
      { messageId: 'not-a-policy.word-not-own', fixId: 'not-a-policy.import-first' },
      { place: { file }, ruleId: 'not-a-policy' },
    );
  }
  const plain: ReturnedWord = { version: versionOf(result, file, root), word: result.word, notes: [] };
  const recorded = result.word.sourceHash;
  if (!source || recorded === undefined || sourceHash(source.policy.source) === recorded) return plain;
  // Another policy's document: the two-way diff, whose note names both policies (merging into it would be refused).
  if (plain.version.policy.meta.id !== source.policy.meta.id) return plain;
  // Its tracked changes proposed to this very text (a revision `diff --format docx` made from it to a newer one, whose
  // hash the document records): the source did not move on, the proposals are the differences.
  if (await proposesTo(file, result, source.policy, root)) return plain;
  const merged = await importDocument(file, {
    dryRun: true,
    changes: 'accept',
    into: source.file,
    intoConflicts: 'theirs',
  });
  if (!merged.word || merged.word.base === 'none')
    return { ...plain, notes: [{ messageId: 'diff-note.source-moved-unknown', params: { source: source.file } }] };
  return { version: versionOf(merged, file, root), word: merged.word, notes: movedNotes(merged, source.file) };
}
