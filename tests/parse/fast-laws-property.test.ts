// The fast Markdown path against remark on the German law texts of ../shared/bench-data (each a civil code or
// constitution parsed twice, about 13 CPU seconds in all): the longest differential run, in a file of its own so the
// property lane can run it beside the others (tests/support/long-first.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../support/paths.js';
import { expectSameParse, markdownFiles, read } from './fast-compare.js';

describe('fast Markdown path on German law texts', () => {
  const { dir, absent } = sharedData('bench-data', 'de-law-versions');
  const laws = markdownFiles(dir);
  // Without the folder the suite still holds a test, reported as skipped with the reason (an empty suite fails).
  if (laws.length === 0) it.skip(`every law text parses the same — skipped: ${absent}`, () => {});
  // A civil code is parsed twice per test: a minute or more on a loaded 2-core machine.
  else
    it.each(laws.map((file) => [file.slice(dir.length + 1)]))(
      '%s parses the same',
      (name) => {
        expect(expectSameParse(read(join(dir, name)), name)).toBe(true);
      },
      300_000,
    );
});
