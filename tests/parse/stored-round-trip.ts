// What tests/parse/stored*.test.ts share: a parse kept as the cache keeps it (V8's serialisation of storedParse) and
// read back, held against the parse it came from.
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { expect } from 'vitest';
import { type MarkdownEngine, type ParseResult, parsePolicy } from '../../src/parse/index.js';
import { restoredParse, storedParse } from '../../src/parse/stored.js';

const langIsLazy = (result: ParseResult): boolean =>
  typeof Object.getOwnPropertyDescriptor(result.policy.meta, 'lang')?.get === 'function';

/**
 * Parses `source` at `path`, keeps it and reads it back, and expects the two to be the same: deep-equal, the same
 * JSON (so the same order of fields), the language still undetected until read. False when the parse is not kept
 * (a fatal one, or one with a class instance in its frontmatter).
 */
export function expectSameRoundTrip(source: string, path: string, markdown: MarkdownEngine = 'auto'): boolean {
  const fresh = parsePolicy(source, { path, markdown });
  const stored = storedParse(fresh);
  if (stored === undefined) return false;
  const restored = restoredParse(deserialize(serialize(stored)), source);
  expect(restored).toBeDefined();
  if (!restored) return false;
  expect(langIsLazy(restored)).toBe(langIsLazy(fresh));
  // toStrictEqual decides and reports only where node's strict deep equality (the same prototypes, keys, undefined
  // fields and holes) finds a difference: what it finds equal is strictly equal to vitest too, and vitest's own walk
  // of the German law texts' models was about a fifth of stored.integration.test.ts.
  if (!isDeepStrictEqual(restored, fresh)) expect(restored).toStrictEqual(fresh);
  expect(JSON.stringify(restored)).toBe(JSON.stringify(fresh));
  // Storing narrows the parse's texts in place (stored.ts): the run goes on with the same model as a parse not kept.
  // Decided the same way: vitest's walk only where node's strict deep equality finds a difference.
  const again = parsePolicy(source, { path, markdown });
  if (!isDeepStrictEqual(fresh, again)) expect(fresh).toStrictEqual(again);
  return true;
}
