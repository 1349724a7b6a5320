// Identical is identical (issue 39 item 5): every document clausemark reads as a policy, diffed against a byte copy of
// itself under another file name in another folder, has no changes: no clause, no heading and no document detail
// ("title: pwp-00 → pwp-00-copy" came from the file's name), exit 0. Over tests/fixtures and, when present beside
// this clone, ../shared/dev-corpus. A document diff refuses (a binary or broken fixture) is refused the same way
// under either name.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClausemarkError } from '../../src/model/errors.js';
import { diffJob } from '../../src/jobs/diff.js';
import { eventLoopTurn } from '../support/event-loop-turn.js';
import { PROJECT_ROOT, sharedData } from '../support/paths.js';

/** The files diff reads as Markdown policies. */
const DOCUMENT = /\.(md|markdown|mdtext|txt|rst)$/i;

function documentsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && DOCUMENT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => basename(file) !== 'README.md' && basename(file) !== 'SOURCES.md')
    .sort();
}

const scratch = mkdtempSync(join(tmpdir(), 'clausemark-byte-copy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A byte copy in a folder of its own under another name: `<stem>-copy<ext>` in `copies-<n>/`. */
function byteCopy(file: string, index: number): string {
  const folder = join(scratch, `copies-${index}`);
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, `${basename(file, extname(file))}-copy${extname(file)}`);
  copyFileSync(file, copy);
  return copy;
}

type Outcome = { refused: string } | { differs: boolean; text: string; meta: unknown[]; changes: number };

async function diffOf(oldFile: string, newFile: string): Promise<Outcome> {
  try {
    const outcome = await diffJob([oldFile, newFile], { root: PROJECT_ROOT, format: 'text' });
    const { diff } = outcome.report;
    return {
      differs: outcome.differs,
      text: String(outcome.content),
      meta: diff.meta,
      changes: diff.changes.length,
    };
  } catch (error) {
    if (!(error instanceof ClausemarkError)) throw error;
    return { refused: error.ruleId ?? 'refused' };
  }
}

async function expectIdenticalToCopies(files: readonly string[], root: string): Promise<void> {
  expect(files.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  let readable = 0;
  for (const [index, file] of files.entries()) {
    await eventLoopTurn();
    const copy = byteCopy(file, index);
    const outcome = await diffOf(file, copy);
    const name = relative(root, file);
    if ('refused' in outcome) {
      // Refused under its own name too: the copy is refused for what the file says, not for what it is called.
      const itself = await diffOf(file, file);
      if (!('refused' in itself) || itself.refused !== outcome.refused) wrong.push(`${name}: refused only as a copy`);
      continue;
    }
    readable++;
    if (
      outcome.differs ||
      outcome.meta.length > 0 ||
      outcome.changes > 0 ||
      !/Geen wijzigingen|No changes/.test(outcome.text)
    )
      wrong.push(`${name}: ${outcome.text.split('\n').slice(4, 9).join(' | ')}`);
  }
  expect(wrong).toEqual([]);
  expect(readable).toBeGreaterThan(0);
}

/** The folders right under a corpus, each with its documents (one test per family: a failure names it). */
function families(dir: string): [string, string[]][] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string[]] => [entry.name, documentsUnder(join(dir, entry.name))])
    .filter(([, files]) => files.length > 0);
}

// Whole documents, parsed twice and diffed: the four 760 KB civil-code texts take seconds each on a loaded machine.
const GENEROUS = 1_800_000;

describe('a document diffed against its byte copy under another name: no changes, exit 0', () => {
  const fixtures = join(PROJECT_ROOT, 'tests', 'fixtures');
  it(
    'every document of tests/fixtures',
    async () => {
      await expectIdenticalToCopies(documentsUnder(fixtures), fixtures);
    },
    GENEROUS,
  );

  const corpus = sharedData('dev-corpus');
  if (!corpus.present) it.skip(`every document of ../shared/dev-corpus (${corpus.absent})`, () => {});
  else
    for (const [family, files] of families(corpus.dir))
      it(
        `every document of ../shared/dev-corpus/${family} (${files.length})`,
        async () => {
          await expectIdenticalToCopies(files, corpus.dir);
        },
        GENEROUS,
      );
});
