// A person's word on a pairing outranks the aligner's. `clausemark confirm` records that two clauses of two
// organisations state the same provision (or, with --not, that they do not) in one file beside the policies,
// alignments.yaml. Each entry names both clauses by organisation key and clause id and keeps a hash of both texts
// as they were when the person judged them: when either text is edited afterwards, the entry is stale, it is not
// applied, and compare says so, because the judgement was about words that are no longer there.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { editedFile, writeFileAtomic } from '../io/atomic.js';
import { withFileLock } from '../io/lock.js';
import { errorById } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import type { ClausemarkError } from '../model/errors.js';

/** The file's name; it lives in the folder that holds the compared policies (see confirmationsFile). */
export const CONFIRMATIONS_FILE = 'alignments.yaml';

export type Verdict = 'same' | 'different';

/** One clause as a person saw it: whose, which, and a hash of its text then. */
export interface ClauseSeen {
  org: string;
  clause: string;
  hash: string;
}

export interface Confirmation {
  verdict: Verdict;
  /** The two clauses, in the order of their keys (org, then clause), so one pair has one entry. */
  pair: [ClauseSeen, ClauseSeen];
  /** 1-based line of the entry in the file, for messages. */
  line?: number;
}

/** A clause's text as it is hashed: spacing and Unicode composition do not make a confirmation stale. */
export function textHash(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The alignments file of a set of policy files: in the deepest folder that holds them all. */
export function confirmationsFile(policyFiles: readonly string[]): string {
  const folders = policyFiles.map((file) => dirname(resolve(file)));
  let common = folders[0] ?? resolve('.');
  for (const folder of folders.slice(1)) {
    while (common !== dirname(common) && !(`${folder}${sep}`.startsWith(`${common}${sep}`) || folder === common))
      common = dirname(common);
  }
  // Files of one organisation's folder (policies/aloysius/…) and of others share policies/: keep the file there.
  return join(common, CONFIRMATIONS_FILE);
}

function ordered(a: ClauseSeen, b: ClauseSeen): [ClauseSeen, ClauseSeen] {
  const key = (seen: ClauseSeen): string => `${seen.org}\u0000${seen.clause}`;
  return key(a) <= key(b) ? [a, b] : [b, a];
}

/** The same two clauses (in either order)? */
export function samePair(x: Confirmation, a: ClauseSeen, b: ClauseSeen): boolean {
  const [first, second] = ordered(a, b);
  return (
    x.pair[0].org === first.org &&
    x.pair[0].clause === first.clause &&
    x.pair[1].org === second.org &&
    x.pair[1].clause === second.clause
  );
}

/** A malformed alignments file, at the line and column of the trouble: `problem` is a `bad-alignments-file` entry. */
function bad(file: string, line: number, column: number, problem: MessageRef): ClausemarkError {
  return errorById(
    { ...problem, fixId: 'bad-alignments-file.entry-form' },
    { place: { file, point: { line, column } }, ruleId: 'bad-alignments-file' },
  );
}

const CLAUSE_REF = /^([^:\s@]+):([^\s@]+)@([0-9a-f]{16})$/;

function parseSeen(value: unknown): ClauseSeen | undefined {
  const match = typeof value === 'string' ? CLAUSE_REF.exec(value.trim()) : null;
  if (!match) return undefined;
  return { org: match[1] as string, clause: match[2] as string, hash: match[3] as string };
}

function formatSeen(seen: ClauseSeen): string {
  return `${seen.org}:${seen.clause}@${seen.hash}`;
}

/** The entries of an alignments file; none when it does not exist. A malformed entry is an error at its line. */
export function readConfirmations(file: string): Confirmation[] {
  if (!existsSync(file)) return [];
  const source = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const shown = relative(process.cwd(), file) || file;
  const firstError = document.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw bad(shown, line, col, {
      messageId: 'bad-alignments-file.not-yaml',
      params: { file: CONFIRMATIONS_FILE, reason: firstError.message.split('\n')[0] ?? '' },
    });
  }
  const root = document.contents;
  if (root === null) return [];
  if (!isSeq(root))
    throw bad(shown, 1, 1, { messageId: 'bad-alignments-file.not-a-list', params: { file: CONFIRMATIONS_FILE } });
  return root.items.map((item) => {
    const at = lineCounter.linePos((item as { range?: readonly number[] } | null)?.range?.[0] ?? 0);
    if (!isMap(item) || item.items.length !== 1)
      throw bad(shown, at.line, at.col, { messageId: 'bad-alignments-file.not-one-key' });
    const { key, value } = item.items[0] as unknown as { key: { value?: unknown } | null; value: unknown };
    const verdict = key?.value;
    if (verdict !== 'same' && verdict !== 'different')
      throw bad(shown, at.line, at.col, {
        messageId: 'bad-alignments-file.unknown-verdict',
        params: { verdict: String(verdict) },
      });
    const refs = isSeq(value) ? value.items.map((ref) => parseSeen((ref as { value?: unknown }).value)) : [];
    const [a, b] = refs;
    if (refs.length !== 2 || !a || !b)
      throw bad(shown, at.line, at.col, { messageId: 'bad-alignments-file.not-two-clauses' });
    return { verdict, pair: ordered(a, b), line: at.line };
  });
}

const HEADER = [
  '# Pairings a person confirmed (same) or rejected (different) for `clausemark compare`.',
  '# Written by `clausemark confirm ORG:CLAUSE-ID ORG:CLAUSE-ID [--not]`; each clause carries a hash of its text',
  '# when it was judged, so an edit makes the entry stale (compare then ignores it and says so). See docs/compare.md.',
];

export function stringifyConfirmations(entries: readonly Confirmation[]): string {
  const lines = [...HEADER];
  for (const entry of entries)
    lines.push(`- ${entry.verdict}: [${formatSeen(entry.pair[0])}, ${formatSeen(entry.pair[1])}]`);
  return `${lines.join('\n')}\n`;
}

/** Records a verdict on a pair, replacing any earlier one on the same two clauses; the file is written atomically. */
export function recordConfirmation(file: string, verdict: Verdict, a: ClauseSeen, b: ClauseSeen): Confirmation[] {
  // Read under the file's lock: two confirms at once (two terminals, serve's buttons) would otherwise both start
  // from the same entries and the later write would drop the earlier one's.
  return withFileLock(editedFile(file), () => {
    const entries = readConfirmations(file).filter((entry) => !samePair(entry, a, b));
    entries.push({ verdict, pair: ordered(a, b) });
    entries.sort(
      (x, y) =>
        formatSeen(x.pair[0]).localeCompare(formatSeen(y.pair[0])) ||
        formatSeen(x.pair[1]).localeCompare(formatSeen(y.pair[1])),
    );
    writeFileAtomic(file, stringifyConfirmations(entries), { edit: true });
    return entries;
  });
}

/** The entries that apply to a comparison of these policies (read from their alignments file; none without one). */
export function confirmationsFor(policies: readonly { path: string }[]): Confirmation[] {
  return policies.length === 0 ? [] : readConfirmations(confirmationsFile(policies.map((policy) => policy.path)));
}
