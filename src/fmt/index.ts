// `fmt`: Markdown in house style, with a `{#id}` on every section and clause that lacks one; verified lossless.
import { readFileSync } from 'node:fs';
import { ClausemarkError } from '../model/errors.js';
import { errorById, refusedBecause } from '../io/messages.js';
import { assertWritable, editedFile, writeFileAtomic, type WriteOptions } from '../io/atomic.js';
import { withFileLock } from '../io/lock.js';
import { decodeSource, readSourceBytes } from '../io/read.js';
import { parsePolicy, type MarkdownEngine, type ParseResult } from '../parse/index.js';
import { allClauses, allSections } from '../model/walk.js';
import type { Policy } from '../model/policy.js';
import { cloneTree, insertMarkers, planIds, type PlannedIds, type WantedIds } from './assign.js';

export type { WantedIds } from './assign.js';

/** Given the parsed document, the ids to use where it has none (e.g. a template's, matched by content). */
export type IdSource = (policy: Policy) => WantedIds;
import { verifyLossless } from './lossless.js';
import { sameBody } from './same-content.js';
import { documentAround, renderBody, type Encoding } from './stringify.js';

export { STRINGIFY_OPTIONS } from './stringify.js';

export interface AssignedId {
  id: string;
  /** Line of the new marker in the formatted output. */
  line: number;
  kind: 'clause' | 'section';
}

export interface FormatResult {
  /** The formatted file, with the BOM and line endings of the input. */
  output: string;
  changed: boolean;
  assigned: AssignedId[];
}

/**
 * Parser findings that mean part of the document was not understood; formatting it could drop that part. Every
 * fatal finding (broken YAML, frontmatter that is no mapping or is never closed) is one, and so is too deep nesting.
 */
const UNFORMATTABLE = new Set(['unreadable-markdown', 'nesting-too-deep']);

/**
 * Formats one source text (as read from disk: a BOM and CRLF line endings are kept). Throws a ClausemarkError when
 * the document cannot be formatted without changing what it says.
 */
export function formatSource(
  source: string,
  options: { path?: string; ids?: IdSource; markdown?: MarkdownEngine } = {},
): FormatResult {
  return formatAndParse(source, options).result;
}

/**
 * formatSource, and the formatted text as parsed (what parsePolicy(output, { path, markdown }) gives, with the
 * output's encoding) for a caller that goes on to check it: fmt has just read it back to prove it lossless.
 */
export function formatAndParse(
  source: string,
  options: { path?: string; ids?: IdSource; markdown?: MarkdownEngine } = {},
): { result: FormatResult; parsed: ParseResult } {
  const path = options.path ?? 'policy.md';
  // Read as everywhere else ('auto': the fast path, remark what it declines), the read-backs too: the fast path
  // takes only text it reads to remark's very tree, key order included (lossless.ts compares JSON), and declines
  // the rest (tests/parse/fast-property.test.ts), so fmt writes what GFM reads.
  const markdown = options.markdown ?? 'auto';
  const { text, bom, eol } = decodeSource(Buffer.from(source, 'utf8'), path);
  const parsed = parsePolicy(text, { path, encoding: { bom, eol }, markdown });
  const blocker = parsed.findings.find((finding) => finding.fatal === true || UNFORMATTABLE.has(finding.ruleId));
  if (blocker) {
    throw ClausemarkError.of({ ...blocker, file: path, ...refusedBecause(blocker, 'unreadable-policy.cannot-format') });
  }
  const plan = planIds(parsed.policy, options.ids?.(parsed.policy));
  try {
    return formatParsed(parsed, plan, { bom, eol, markdown }, source);
  } catch (error) {
    // Markdown nested thousands deep (`>>>>…`) reads, but exhausts the stack of the writer or the comparison.
    if (!(error instanceof RangeError)) throw error;
    throw errorById(
      {
        messageId: 'unreadable-policy.cannot-format',
        fixId: 'unreadable-markdown.simplify',
        params: { problem: { messageId: 'nesting-too-deep.document' } },
      },
      { place: { file: path }, ruleId: 'nesting-too-deep' },
    );
  }
}

function formatParsed(
  parsed: ParseResult,
  plan: PlannedIds,
  { markdown, ...encoding }: Encoding & { markdown: MarkdownEngine },
  source: string,
): { result: FormatResult; parsed: ParseResult } {
  const before = parsed.policy;
  const { path } = before;
  const tree = cloneTree(before.tree);
  insertMarkers(tree, plan);
  const firstBody = renderBody(tree);
  const first = documentAround(firstBody, tree, before.source, encoding);
  // A file already in house style (`fmt --check` in CI, every second run) is written as it was read: it reads back
  // as the policy already parsed from it.
  const reread = first === source ? parsed : parsePolicy(first, { path, markdown });
  // Once more from what was written: remark sometimes has to put a blank line into a tight list item (before a
  // list starting at 1986, say), which makes the item loose when read back, so only the second text is stable.
  // Read back as written, the same tree gives the same body (same-content.ts), which is then not written again.
  const body = sameBody(reread.policy.tree, tree) ? firstBody : renderBody(reread.policy.tree);
  const output = documentAround(body, reread.policy.tree, reread.policy.source, encoding);
  const outputParsed = output === first ? reread : parsePolicy(output, { path, markdown });
  const after = outputParsed.policy;
  verifyLossless(before, tree, after, plan);

  // Report where each new ID stands in the output, which is where a person will look for it.
  const planned = new Set([...plan.sections.values(), ...plan.clauses.values()]);
  const assigned: AssignedId[] = [];
  for (const section of allSections(after)) {
    if (planned.has(section.id) && !section.synthetic)
      assigned.push({ id: section.id, line: section.position?.start.line ?? 1, kind: 'section' });
  }
  for (const { clause } of allClauses(after)) {
    if (planned.has(clause.id) && !clause.synthetic)
      assigned.push({
        id: clause.id,
        line: clause.idPosition?.start.line ?? clause.position.start.line,
        kind: 'clause',
      });
  }
  assigned.sort((a, b) => a.line - b.line);
  return {
    result: { output, changed: output !== source, assigned },
    parsed: { ...outputParsed, encoding },
  };
}

export type FormatMode = 'write' | 'check' | 'print';

export interface FileFormatResult extends FormatResult {
  file: string;
  /** True when the file was rewritten (mode 'write' and changed). */
  written: boolean;
}

/**
 * Formats files. 'write' rewrites the changed ones atomically, 'check' and 'print' write nothing (every result
 * carries its output). All files are formatted, and those to rewrite checked for being writable, before any is
 * written, so one bad or read-only file stops the run before it touches anything. Unreadable files throw a
 * ClausemarkError. `write` says how read-only files are treated (refused unless `force`).
 */
export function formatFiles(
  files: readonly string[],
  options: { mode: FormatMode; write?: WriteOptions; ids?: IdSource },
): FileFormatResult[] {
  const format = (file: string, source: string): FormatResult =>
    formatSource(source, { path: file, ...(options.ids ? { ids: options.ids } : {}) });
  const sources = new Map<string, string>();
  const results = files.map((file): FileFormatResult => {
    // Read once, with the size cap (a pipe or a device too); decoding refuses binary and non-UTF-8 files with a
    // message that says so. The raw text, BOM and line endings included, is formatted, to keep them.
    const bytes = readSourceBytes(file);
    decodeSource(bytes, file);
    const source = Buffer.from(bytes).toString('utf8');
    sources.set(file, source);
    return { file, ...format(file, source), written: false };
  });
  if (options.mode === 'write') {
    const write = { ...options.write, edit: true };
    // Every file to rewrite is checked first (read-only, several names), so a refusal leaves all of them as they were.
    for (const result of results) {
      if (!result.changed) continue;
      assertWritable(result.file, write);
      editedFile(result.file);
    }
    for (const result of results) {
      if (!result.changed) continue;
      // Under the file's lock, from the file as it is now: an approve or another fmt may have changed it since.
      withFileLock(editedFile(result.file), () => {
        const now = readFileSync(result.file, 'utf8');
        if (now !== sources.get(result.file)) Object.assign(result, format(result.file, now));
        if (result.changed) writeFileAtomic(result.file, result.output, write);
        result.written = result.changed;
      });
    }
  }
  return results;
}
