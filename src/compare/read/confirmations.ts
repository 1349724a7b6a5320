// A person's word on a pairing outranks the aligner's. `clausemark confirm` records that two clauses of two
// organisations state the same provision (or, with --not, that they do not) in one file beside the policies,
// alignments.yaml. Each entry names both clauses by organisation key and clause id and keeps a hash of both texts
// as they were when the person judged them: when either text is edited afterwards, the entry is stale, it is not
// applied, and compare says so, because the judgement was about words that are no longer there.
// What is hashed is what a reader sees (issue 39 item 4), as the approval reads it (src/model/reader-view.ts): a
// clause with its link targets, table cells and the footnotes it cites; a document whole, headings and cover
// included. An entry written before hashed the words alone; it still holds while its words are as judged and are all
// a reader sees (no footnote, link target or table): a hash cannot tell what else was there then.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { editedFile, writeFileAtomic } from '../../io/atomic.js';
import { withFileLock } from '../../io/lock.js';
import { errorById } from '../../io/messages.js';
import type { MessageRef } from '../../model/diagnostics.js';
import type { ClausemarkError } from '../../model/errors.js';
import type { Clause, Policy } from '../../model/policy.js';
import { clauseView, readerView, showsMoreThanWords } from '../../model/reader-view.js';
import { allClauses } from '../../model/walk.js';

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

/**
 * A person's word that an organisation has no rule on a topic (`clausemark confirm --absent ORG TOPIC`), with a hash
 * of that organisation's whole compared text then: any edit to any of its clauses makes the entry stale.
 */
export interface AbsenceConfirmation {
  org: string;
  hash: string;
  topic: string;
  /** 1-based line of the entry in the file, for messages. */
  line?: number;
}

/**
 * A person's word that an organisation lacks a provision (`clausemark confirm --absent ORG OTHER:CLAUSE-ID`): the
 * provision is named by a clause of another organisation that states it, with the hash of that clause's text then,
 * and the hash of the organisation's whole compared text then. An edit to either makes the entry stale.
 */
export interface ProvisionAbsence {
  org: string;
  hash: string;
  clause: ClauseSeen;
  /** 1-based line of the entry in the file, for messages. */
  line?: number;
}

/** A person's word on a topic assignment: the clause covers the topic (`on-topic`) or does not (`off-topic`). */
export type TopicVerdictKind = 'on-topic' | 'off-topic';

/**
 * A person's answer on whether a clause covers a topic (`clausemark confirm --topic ORG:CLAUSE-ID TOPIC [--not]`), with
 * the hash of the clause's text then: compare assigns the clause (or keeps it off the topic) whatever its signals
 * say, until the clause's text changes; then the entry is stale and the signals decide again.
 */
export interface TopicVerdict {
  verdict: TopicVerdictKind;
  clause: ClauseSeen;
  topic: string;
  /** 1-based line of the entry in the file, for messages. */
  line?: number;
}

/** A text as it is hashed: spacing and Unicode composition do not make a confirmation stale. */
export function textHash(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The hash a person's word on a clause is recorded with: the clause as its reader sees it (clauseView). */
export function clauseHash(policy: Policy, clause: Clause): string {
  return textHash(clauseView(policy, clause));
}

/**
 * Whether a recorded clause hash is of the clause as it is now: `current`; `changed`; or `words-only`: the hash is of
 * its words, which are as judged, but the clause now shows more than its words (a footnote, a link target, a table)
 * that the hash did not cover. Either it was judged without them, or the entry was written before they counted and
 * its hash cannot say whether they were there: confirm again.
 */
export function clauseAsJudged(hash: string, policy: Policy, clause: Clause): 'current' | 'changed' | 'words-only' {
  if (hash === clauseHash(policy, clause)) return 'current';
  if (hash !== textHash(clause.text)) return 'changed';
  return showsMoreThanWords(clause) ? 'words-only' : 'current';
}

/** The hash a person's word on a whole document is recorded with (an absence): the document as the approval reads it. */
export function documentHash(policy: Policy): string {
  return textHash(readerView(policy));
}

/** Whether a recorded document hash is of the document as it is now (an older entry: see the top of this file). */
export function documentAsJudged(hash: string, policy: Policy): boolean {
  if (hash === documentHash(policy)) return true;
  const clauses = allClauses(policy).map(({ clause }) => clause);
  return (
    hash === textHash(clauses.map((clause) => clause.text).join('\n')) &&
    !clauses.some((clause) => showsMoreThanWords(clause))
  );
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

/** The same clause of the same organisation? */
function sameClause(a: ClauseSeen, b: ClauseSeen): boolean {
  return a.org === b.org && a.clause === b.clause;
}

/** The same two clauses (in either order)? */
function samePair(x: Confirmation, a: ClauseSeen, b: ClauseSeen): boolean {
  const [first, second] = ordered(a, b);
  return sameClause(x.pair[0], first) && sameClause(x.pair[1], second);
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

const ORG_REF = /^([^:\s@]+)@([0-9a-f]{16})$/;
const TOPIC_REF = /^[a-z0-9][a-z0-9-]*$/;

/** An `absent:` entry's value: the organisation, then a topic id or the clause that names a provision. */
function parseAbsence(value: unknown, line: number): AbsenceConfirmation | ProvisionAbsence | undefined {
  const items = isSeq(value) ? value.items.map((item) => String((item as { value?: unknown }).value ?? '').trim()) : [];
  const org = items.length === 2 ? ORG_REF.exec(items[0] ?? '') : null;
  if (!org) return undefined;
  const clause = parseSeen(items[1]);
  if (clause) return { org: org[1] as string, hash: org[2] as string, clause, line };
  if (!TOPIC_REF.test(items[1] ?? '')) return undefined;
  return { org: org[1] as string, hash: org[2] as string, topic: items[1] as string, line };
}

/** An `on-topic:` or `off-topic:` entry's value: the clause, then the topic id. */
function parseTopicVerdict(verdict: TopicVerdictKind, value: unknown, line: number): TopicVerdict | undefined {
  const items = isSeq(value) ? value.items.map((item) => String((item as { value?: unknown }).value ?? '').trim()) : [];
  const clause = items.length === 2 ? parseSeen(items[0]) : undefined;
  if (!clause || !TOPIC_REF.test(items[1] ?? '')) return undefined;
  return { verdict, clause, topic: items[1] as string, line };
}

function formatSeen(seen: ClauseSeen): string {
  return `${seen.org}:${seen.clause}@${seen.hash}`;
}

interface Entries {
  pairs: Confirmation[];
  absences: AbsenceConfirmation[];
  provisionAbsences: ProvisionAbsence[];
  topicVerdicts: TopicVerdict[];
}

/** Every entry of an alignments file; none when it does not exist. A malformed entry is an error at its line. */
function readEntries(file: string): Entries {
  const entries: Entries = { pairs: [], absences: [], provisionAbsences: [], topicVerdicts: [] };
  if (!existsSync(file)) return entries;
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
  if (root === null) return entries;
  if (!isSeq(root))
    throw bad(shown, 1, 1, { messageId: 'bad-alignments-file.not-a-list', params: { file: CONFIRMATIONS_FILE } });
  for (const item of root.items) {
    const at = lineCounter.linePos((item as { range?: readonly number[] } | null)?.range?.[0] ?? 0);
    if (!isMap(item) || item.items.length !== 1)
      throw bad(shown, at.line, at.col, { messageId: 'bad-alignments-file.not-one-key' });
    const { key, value } = item.items[0] as unknown as { key: { value?: unknown } | null; value: unknown };
    const verdict = key?.value;
    if (verdict === 'absent') {
      const absence = parseAbsence(value, at.line);
      if (!absence) throw bad(shown, at.line, at.col, { messageId: 'bad-alignments-file.not-org-and-topic' });
      if ('clause' in absence) entries.provisionAbsences.push(absence);
      else entries.absences.push(absence);
      continue;
    }
    if (verdict === 'on-topic' || verdict === 'off-topic') {
      const answer = parseTopicVerdict(verdict, value, at.line);
      if (!answer) throw bad(shown, at.line, at.col, { messageId: 'bad-alignments-file.not-clause-and-topic' });
      entries.topicVerdicts.push(answer);
      continue;
    }
    if (verdict !== 'same' && verdict !== 'different')
      throw bad(shown, at.line, at.col, {
        messageId: 'bad-alignments-file.unknown-verdict',
        params: { verdict: String(verdict) },
      });
    const refs = isSeq(value) ? value.items.map((ref) => parseSeen((ref as { value?: unknown }).value)) : [];
    const [a, b] = refs;
    if (refs.length !== 2 || !a || !b)
      throw bad(shown, at.line, at.col, { messageId: 'bad-alignments-file.not-two-clauses' });
    entries.pairs.push({ verdict, pair: ordered(a, b), line: at.line });
  }
  return entries;
}

/** The pairings of an alignments file; none when it does not exist. A malformed entry is an error at its line. */
export function readConfirmations(file: string): Confirmation[] {
  return readEntries(file).pairs;
}

/** A person's answers on topic assignments in an alignments file; none when it does not exist. */
export function readTopicVerdicts(file: string): TopicVerdict[] {
  return readEntries(file).topicVerdicts;
}

/** The confirmed absences of topics in an alignments file; none when it does not exist. */
export function readAbsences(file: string): AbsenceConfirmation[] {
  return readEntries(file).absences;
}

/** The confirmed absences of provisions in an alignments file; none when it does not exist. */
export function readProvisionAbsences(file: string): ProvisionAbsence[] {
  return readEntries(file).provisionAbsences;
}

const HEADER = [
  '# Pairings a person confirmed (same) or rejected (different) for `clausemark compare`.',
  '# Written by `clausemark confirm ORG:CLAUSE-ID ORG:CLAUSE-ID [--not]`; each clause carries a hash of its text as a',
  '# reader saw it when it was judged (its footnotes and link targets too), so an edit makes the entry stale (compare',
  '# then ignores it and says so). See docs/compare.md.',
  '# `clausemark confirm --absent ORG TOPIC` writes "absent: [ORG@HASH, TOPIC]": a person found no rule on the topic in',
  "# that organisation's policy; the hash is of its whole text then (headings, footnotes and link targets too), so any",
  '# edit to it makes the entry stale.',
  '# `clausemark confirm --absent ORG OTHER:CLAUSE-ID` writes "absent: [ORG@HASH, OTHER:CLAUSE-ID@HASH]": the',
  '# organisation has no rule like that clause of another; an edit to either text makes the entry stale.',
  '# `clausemark confirm --topic ORG:CLAUSE-ID TOPIC [--not]` writes "on-topic: [ORG:CLAUSE-ID@HASH, TOPIC]" (or',
  '# "off-topic: …"): the clause covers the topic (or not), whatever its signal words say, until its text changes.',
];

function stringifyConfirmations({ pairs, absences, provisionAbsences, topicVerdicts }: Entries): string {
  const lines = [...HEADER];
  for (const entry of pairs)
    lines.push(`- ${entry.verdict}: [${formatSeen(entry.pair[0])}, ${formatSeen(entry.pair[1])}]`);
  for (const absence of absences) lines.push(`- absent: [${absence.org}@${absence.hash}, ${absence.topic}]`);
  for (const absence of provisionAbsences)
    lines.push(`- absent: [${absence.org}@${absence.hash}, ${formatSeen(absence.clause)}]`);
  for (const answer of topicVerdicts)
    lines.push(`- ${answer.verdict}: [${formatSeen(answer.clause)}, ${answer.topic}]`);
  return `${lines.join('\n')}\n`;
}

/**
 * Puts `entry` in one list of the alignments file in place of the one `same` finds, the list kept in `order`; the
 * file is written atomically. Read under the file's lock: two confirms at once (two terminals, serve's buttons) would
 * otherwise both start from the same entries and the later write would drop the earlier one's.
 */
function replaceEntry<K extends keyof Entries>(
  file: string,
  list: K,
  entry: Entries[K][number],
  same: (other: Entries[K][number]) => boolean,
  order: (x: Entries[K][number], y: Entries[K][number]) => number,
): Entries[K] {
  return withFileLock(editedFile(file), () => {
    const read = readEntries(file);
    const kept = (read[list] as Entries[K][number][]).filter((other) => !same(other));
    kept.push(entry);
    kept.sort(order);
    writeFileAtomic(file, stringifyConfirmations({ ...read, [list]: kept }), { edit: true });
    return kept as Entries[K];
  });
}

/** Records a verdict on a pair, replacing any earlier one on the same two clauses. */
export function recordConfirmation(file: string, verdict: Verdict, a: ClauseSeen, b: ClauseSeen): Confirmation[] {
  return replaceEntry(
    file,
    'pairs',
    { verdict, pair: ordered(a, b) },
    (entry) => samePair(entry, a, b),
    (x, y) =>
      formatSeen(x.pair[0]).localeCompare(formatSeen(y.pair[0]), 'en') ||
      formatSeen(x.pair[1]).localeCompare(formatSeen(y.pair[1]), 'en'),
  );
}

/** Records that an organisation has no rule on a topic, replacing an earlier word on the same two. */
export function recordAbsence(file: string, absence: AbsenceConfirmation): AbsenceConfirmation[] {
  return replaceEntry(
    file,
    'absences',
    { org: absence.org, hash: absence.hash, topic: absence.topic },
    (entry) => entry.org === absence.org && entry.topic === absence.topic,
    (x, y) => x.org.localeCompare(y.org, 'en') || x.topic.localeCompare(y.topic, 'en'),
  );
}

/** Records that an organisation lacks the provision a clause of another states, replacing an earlier word on it. */
export function recordProvisionAbsence(file: string, absence: ProvisionAbsence): ProvisionAbsence[] {
  return replaceEntry(
    file,
    'provisionAbsences',
    { org: absence.org, hash: absence.hash, clause: absence.clause },
    (entry) => entry.org === absence.org && sameClause(entry.clause, absence.clause),
    (x, y) => x.org.localeCompare(y.org, 'en') || formatSeen(x.clause).localeCompare(formatSeen(y.clause), 'en'),
  );
}

/** Records a person's answer on whether a clause covers a topic, replacing an earlier one on the same two. */
export function recordTopicVerdict(file: string, answer: TopicVerdict): TopicVerdict[] {
  return replaceEntry(
    file,
    'topicVerdicts',
    { verdict: answer.verdict, clause: answer.clause, topic: answer.topic },
    (entry) => entry.topic === answer.topic && sameClause(entry.clause, answer.clause),
    (x, y) => formatSeen(x.clause).localeCompare(formatSeen(y.clause), 'en') || x.topic.localeCompare(y.topic, 'en'),
  );
}

/** The confirmed absences that apply to a comparison of these policies (from their alignments file). */
export function absencesFor(policies: readonly { path: string }[]): AbsenceConfirmation[] {
  return policies.length === 0 ? [] : readAbsences(confirmationsFile(policies.map((policy) => policy.path)));
}

/** The confirmed absences of provisions that apply to a comparison of these policies. */
export function provisionAbsencesFor(policies: readonly { path: string }[]): ProvisionAbsence[] {
  return policies.length === 0 ? [] : readProvisionAbsences(confirmationsFile(policies.map((policy) => policy.path)));
}

/** A person's answers on topic assignments that apply to a comparison of these policies. */
export function topicVerdictsFor(policies: readonly { path: string }[]): TopicVerdict[] {
  return policies.length === 0 ? [] : readTopicVerdicts(confirmationsFile(policies.map((policy) => policy.path)));
}

/** The entries that apply to a comparison of these policies (read from their alignments file; none without one). */
export function confirmationsFor(policies: readonly { path: string }[]): Confirmation[] {
  return policies.length === 0 ? [] : readConfirmations(confirmationsFile(policies.map((policy) => policy.path)));
}
