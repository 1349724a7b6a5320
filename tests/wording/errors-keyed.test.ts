// Issue 13 item 4: an error is worded from templates/messages/en.yaml by id, never in TypeScript, so its words
// change in that file alone and its finding carries messageId, fixId and params for programs. This keeps the
// folders that have been converted that way: no `new ClausemarkError(…)` with words of its own (errorById and
// errorBecause in src/io/messages.ts make them), and no ClausemarkError.of with a message written out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

/** The folders whose errors are all keyed by id (the rest follow as they are converted). */
const KEYED_FOLDERS = ['src/io', 'src/wording', 'src/brand', 'src/build'];
/** Where a ClausemarkError is made from the words of an entry. */
const MAKERS = new Set(['src/io/messages.ts']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('errors keyed by id', () => {
  it('are made from the messages file in every keyed folder, not worded in TypeScript', () => {
    const worded: string[] = [];
    let files = 0;
    for (const folder of KEYED_FOLDERS) {
      for (const file of sourceFiles(join(PROJECT_ROOT, folder))) {
        const path = relative(PROJECT_ROOT, file).split('\\').join('/');
        if (MAKERS.has(path)) continue;
        files++;
        for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
          if (/new ClausemarkError\(/.test(line) || /ClausemarkError\.of\(\{[^}]*\bmessage:\s*[`'"]/.test(line))
            worded.push(`${path}:${index + 1}: ${line.trim()}`);
        }
      }
    }
    expect(files).toBeGreaterThan(50);
    expect(worded).toEqual([]);
  });
});
