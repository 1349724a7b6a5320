// Issue 13 item 4: an error is worded from templates/messages/en.yaml by id, never in TypeScript, so its words
// change in that file alone and its finding carries messageId, fixId and params for programs. This keeps every
// folder of src/ that way: no `new ClausemarkError(…)` with words of its own (errorById and errorBecause in
// src/io/messages.ts make them; src/model/errors.ts is the class), and no ClausemarkError.of with a message or fix
// hint written out, even when the call spans several lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';
import { sourceFiles } from '../support/source-files.js';

const SRC = join(PROJECT_ROOT, 'src');
/** Every folder of src/, read from the tree, so a folder added later is kept too. */
const KEYED_FOLDERS = readdirSync(SRC, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/${entry.name}`);
/** Where a ClausemarkError is made from the words of an entry, and the class itself. */
const MAKERS = new Set(['src/io/messages.ts', 'src/model/errors.ts']);

/** A ClausemarkError made in TypeScript, or ClausemarkError.of given words (`message:`/`fix:` written out). */
const WORDED_ERROR = /new ClausemarkError\(|ClausemarkError\.of\(\{[^}]*?\b(?:message|fix):\s*[`'"]/g;

/** `line: text` of each error worded in TypeScript in a source text. */
function wordedErrorsIn(source: string): string[] {
  return [...source.matchAll(WORDED_ERROR)].map((match) => {
    const line = source.slice(0, match.index).split('\n').length;
    return `${line}: ${source.split('\n')[line - 1]?.trim()}`;
  });
}

describe('errors keyed by id', () => {
  it('are made from the messages file in every folder of src/, not worded in TypeScript', () => {
    const worded: string[] = [];
    const scanned = new Set<string>();
    for (const folder of KEYED_FOLDERS) {
      for (const file of sourceFiles(join(PROJECT_ROOT, folder))) {
        const path = relative(PROJECT_ROOT, file).split('\\').join('/');
        scanned.add(path);
        if (MAKERS.has(path)) continue;
        for (const found of wordedErrorsIn(readFileSync(file, 'utf8'))) worded.push(`${path}:${found}`);
      }
    }
    // No source file of src/ is left out, whatever folder it is in.
    const everyFile = sourceFiles(SRC).map((file) => relative(PROJECT_ROOT, file).split('\\').join('/'));
    expect([...scanned].sort()).toEqual(everyFile.sort());
    expect(KEYED_FOLDERS).toContain('src/cli');
    expect(scanned.size).toBeGreaterThan(200);
    expect(worded).toEqual([]);
  });

  it('finds an error worded in TypeScript however it is written', () => {
    const found = (source: string) => wordedErrorsIn(source).length;
    expect(found("throw new ClausemarkError('--write and --check cannot be combined', {});")).toBe(1);
    expect(found('throw new ClausemarkError(\n  `got ${args.length}`,\n  { hint: "x" },\n);')).toBe(1);
    expect(found('throw ClausemarkError.of({\n  ...fatal,\n  file,\n  message: `cannot: ${fatal.message}`,\n});')).toBe(
      1,
    );
    expect(found("throw ClausemarkError.of({ ...fatal, fix: 'run check' });")).toBe(1);
    expect(found("throw errorById({ messageId: 'usage.unknown-option', params: { flag } });")).toBe(0);
    expect(found("throw ClausemarkError.of({ ...fatal, file, ...refusedBecause(fatal, 'a.b') });")).toBe(0);
  });
});
