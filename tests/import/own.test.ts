// theirText (src/import/own.ts) hands back the policy as parsed without parsing the text again where writePolicy
// already read that very text: what it hands back must be what reading its output gives, with and without a
// paragraph typed in Word (a placeholder renamed, so a text of its own to read).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OwnDocument } from '../../src/import/blocks.js';
import { theirText } from '../../src/import/own.js';
import { readDocx } from '../../src/import/readers/docx.js';
import { parsePolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { builtDocx, withTypedParagraph } from '../support/word.js';

const REGLEMENT = join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'reglement.md');
const TARGET = 'policies/org/reglement.md';

let reglement: Uint8Array;

beforeAll(async () => {
  reglement = await builtDocx(REGLEMENT, mkdtempSync(join(tmpdir(), 'clausemark-own-')));
});

/** theirText of a .docx, as import reads it with its tracked changes refused. */
async function theirsOf(bytes: Uint8Array) {
  const read = await readDocx(bytes, { path: 'reglement.docx', changes: 'refuse' });
  return theirText(read, read.own as OwnDocument, TARGET, new Set());
}

describe('theirText', () => {
  it('hands back the output as parsePolicy reads it, for a document as built', async () => {
    const theirs = await theirsOf(reglement);
    expect(theirs.fresh).toEqual([]);
    expect(theirs.parsed.policy).toEqual(parsePolicy(theirs.output, { path: TARGET }).policy);
    expect(theirs.policy).toBe(theirs.parsed.policy);
  });

  it('hands back the renamed output as parsePolicy reads it, for a paragraph typed in Word', async () => {
    const typed = withTypedParagraph(
      reglement,
      'treedt in werking op 1 augustus 2025',
      'Deze regeling wordt elke twee jaar geëvalueerd.',
    );
    const theirs = await theirsOf(typed);
    expect(theirs.fresh).toEqual(['slot.regeling-twee-jaar']);
    expect(theirs.output).not.toContain('cm-word-new-');
    expect(theirs.parsed.policy).toEqual(parsePolicy(theirs.output, { path: TARGET }).policy);
  });
});
