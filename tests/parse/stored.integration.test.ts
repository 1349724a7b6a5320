// A stored parse read back (src/parse/stored.ts) is the parse it was for every German law text of
// ../shared/bench-data (1.3–1.6 MB each, the `check` and `diff` benchmarks' inputs) and every file of
// ../shared/dev-corpus, with both Markdown readers (`auto`, which is the fast path, and remark);
// they skip with a message naming the folder when it is absent.
// The shipped policies and generated ones: stored.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MarkdownEngine, parsePolicy, withoutBomAndCr } from '../../src/parse/index.js';
import { eventLoopTurn } from '../support/event-loop-turn.js';
import { sharedData } from '../support/paths.js';
import { expectSameRoundTrip } from './stored-round-trip.js';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Size above which remark is not asked to: it takes seconds on a law text, which the fast path reads. */
const REMARK_UP_TO = 256 * 1024;

/**
 * Both Markdown readers: `auto` (the fast path, remark where it declines) and, below REMARK_UP_TO characters,
 * remark itself, whose trees a stored parse may hold too (fmt's read-back of a text the fast path declines).
 */
const readers = (source: string): readonly MarkdownEngine[] =>
  withoutBomAndCr(source).length >= REMARK_UP_TO ? ['auto'] : ['auto', 'remark'];

describe.each([['bench-data', 'de-law-versions'], ['dev-corpus']])(
  'a stored parse of every file of ../shared/%s',
  (...parts) => {
    const { dir, present, absent } = sharedData(...parts);
    it.skipIf(!present)(
      `is the parse it was${present ? '' : ` (skipped: ${absent})`}`,
      async () => {
        const files = filesUnder(dir);
        expect(files.length).toBeGreaterThan(5);
        for (const file of files) {
          // A minute of CPU in one test on a loaded machine: let vitest's worker read its replies between files
          // (event-loop-turn.ts); without it the run failed with `Timeout calling "onTaskUpdate"` at load 15.
          await eventLoopTurn();
          const source = readFileSync(file, 'utf8');
          const path = relative(dir, file);
          for (const markdown of readers(source)) {
            // A file the cache does not keep is one whose parse is fatal (a text file that is no policy at all).
            if (!expectSameRoundTrip(source, path, markdown))
              expect(
                parsePolicy(source, { path, markdown }).findings.some((finding) => finding.fatal),
                path,
              ).toBe(true);
          }
        }
      },
      600_000,
    );
  },
);
