// clausemark's own messages, read from templates/messages/en.yaml and worded by id: a check rule's finding when it
// is reported, and, at the moment it is made, a fatal finding of the parser or an error a command throws (a
// ClausemarkError). It sits in io, below parse, so every layer words its trouble from the one file, ESLint-style:
// the finding keeps its messageId, fixId and params beside the words, for programs (check --format json). The files
// are clausemark's own (read from its install, never a project's templates/), one per language (en.yaml, nl.yaml
// with the same ids); the CLI picks the language of a run (src/cli/message-language.ts), English unless told.
// src/wording/messages.ts re-exports this and words a check rule's findings.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  type Finding,
  formatFinding,
  type MessageParam,
  type MessageParams,
  type MessageRef,
} from '../model/diagnostics.js';
import { ClausemarkError, type ErrorOptions } from '../model/errors.js';
import { formatDate, formatMonth } from '../text/format-date.js';
import { formatCount, OUTPUT_LANGUAGES, type OutputLanguage } from '../text/output-language.js';
import { PLACEHOLDER } from '../text/placeholders.js';
import { PACKAGE_ROOT } from './root.js';
import { cachedMessageEntries } from './messages-cache.js';

/** The languages clausemark speaks in (src/text/output-language.ts); English is the source every other translates. */
export const MESSAGE_LANGUAGES = OUTPUT_LANGUAGES;
export type MessageLanguage = OutputLanguage;

/** The messages file of a language. */
function messagesFile(language: MessageLanguage): string {
  return join(PACKAGE_ROOT, 'templates', 'messages', `${language}.yaml`);
}

export const MESSAGES_FILE = messagesFile('en');

// The language of this run's messages. Errors are worded where they are made, deep in every layer, so the language
// is set once for the run (by the CLI, before any command runs) rather than passed down to each of them.
let current: MessageLanguage = 'en';

/** Words every message from now on in `language`. */
export function setMessageLanguage(language: MessageLanguage): void {
  current = language;
}

/** The language messages are worded in now. */
export function messageLanguage(): MessageLanguage {
  return current;
}

const loaded = new Map<MessageLanguage, ReadonlyMap<string, string>>();

/**
 * Every entry of a language's messages file by its id, `<group>.<key>` (the current language unless named). A file
 * that is not two levels of text is a bug.
 */
export function messageTexts(language: MessageLanguage = current): ReadonlyMap<string, string> {
  const known = loaded.get(language);
  if (known) return known;
  const file = messagesFile(language);
  const source = readFileSync(file, 'utf8');
  const texts = cachedMessageEntries(source, () => parseMessages(source, file));
  loaded.set(language, texts);
  return texts;
}

const digests = new Map<MessageLanguage, string>();

/**
 * A SHA-256 of the words messages are worded in now (the current language's file, and English, which an entry not yet
 * translated falls back to): what a value kept on disk with worded messages in it depends on (src/parse/cached.ts).
 */
export function messagesDigest(): string {
  let digest = digests.get(current);
  if (digest === undefined) {
    const hash = createHash('sha256').update(current);
    for (const language of new Set<MessageLanguage>([current, 'en']))
      hash.update('\0').update(readFileSync(messagesFile(language)));
    digest = hash.digest('hex');
    digests.set(current, digest);
  }
  return digest;
}

function parseMessages(source: string, file: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [group, entries] of Object.entries(asRecord(parse(source), file, file))) {
    for (const [key, text] of Object.entries(asRecord(entries, group, file))) {
      if (typeof text !== 'string') throw new Error(`${file}: ${group}.${key} is not text`);
      texts.set(`${group}.${key}`, text);
    }
  }
  return texts;
}

function asRecord(value: unknown, what: string, file: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${file}: ${what} is not a mapping`);
  return value as Record<string, unknown>;
}

/** Whether the messages files hold an entry `messageId` (in the current language or in English). */
export function hasMessage(messageId: string): boolean {
  return textOf(messageId) !== undefined;
}

/** An entry's words in the current language; an entry not yet translated is said in English, never left out. */
function textOf(messageId: string): string | undefined {
  return messageTexts().get(messageId) ?? messageTexts('en').get(messageId);
}

/**
 * Characters a terminal acts on (ESC starts colour and title sequences, BEL rings), not line breaks and tabs; and the
 * embeddings, overrides and isolates of bidirectional text, which reorder the rest of a line on screen.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);
/**
 * A value from a user's file as a message may print it: control characters shown as `\x1b` and direction overrides
 * as `\u202e` instead of acted on by the terminal (a title or status with escape codes could recolour or retitle it).
 */
export function printable(value: string): string {
  // Tested first: a replace with a function costs several times a test even where nothing matches, and a value
  // almost never has a control character.
  if (!HAS_CONTROL.test(value)) return value;
  return value.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** Past this many characters a value is quoted as an excerpt: its start, an ellipsis and its end. */
const QUOTED_MAX = 1000;
const EXCERPT_HEAD = 700;
const EXCERPT_TAIL = 200;

/** A cut that does not split a surrogate pair (an emoji) in two. */
function safeCut(value: string, at: number): number {
  const code = value.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * A value as a message quotes it: a clause of 10 MB was printed whole inside one warning (issue 23 item 19), so a long
 * value becomes a readable excerpt, its start and end around a note of how many characters were left out
 * (`quoted.left-out`), so a reader knows the value is longer than what is shown and by how much.
 */
export function excerpt(value: string): string {
  if (value.length <= QUOTED_MAX) return value;
  const head = value.slice(0, safeCut(value, EXCERPT_HEAD)).trimEnd();
  const tail = value.slice(safeCut(value, value.length - EXCERPT_TAIL)).trimStart();
  const count = formatCount(value.length - head.length - tail.length, current);
  return `${head} ${wordMessage({ messageId: 'quoted.left-out', params: { count } })} ${tail}`;
}

/** Per language, the words of each frozen entry without values (a finding's "clause"): worded once, not per finding. */
const wordedOnce = new Map<MessageLanguage, WeakMap<MessageRef, string>>();

/** `ref` in words; a frozen one without values, the same every time, from wordedOnce. */
function wordRef(ref: MessageRef): string {
  if (ref.params !== undefined || !Object.isFrozen(ref)) return wordMessage(ref);
  let known = wordedOnce.get(current);
  if (!known) wordedOnce.set(current, (known = new WeakMap()));
  let words = known.get(ref);
  if (words === undefined) known.set(ref, (words = wordMessage(ref)));
  return words;
}

function wordParam(value: MessageParam): string | number {
  if (typeof value === 'object') return wordRef(value);
  return typeof value === 'string' ? printable(excerpt(value)) : value;
}

/**
 * An entry's text cut at its placeholders: its literal pieces, and the placeholder's name between each two, with
 * how its value is written (`{{date:date}}`: a YYYY-MM-DD date as people write it in the run's language, "1
 * september 2025"; the value stays ISO in the params, so JSON output is the same in every language).
 */
interface CutText {
  pieces: readonly string[];
  names: readonly string[];
  formats: readonly (string | undefined)[];
}

/** The ways a placeholder's value may be written: `{{name:date}}`. */
const PARAM_FORMATS: Record<string, (value: string) => string | undefined> = {
  date: (value) => formatDate(value, current),
  month: (value) => formatMonth(value, current),
};

/** Each text cut once: a civil code's check words 15,000 findings from a few entries. */
const cutTexts = new Map<string, CutText>();
function cutText(text: string): CutText {
  let cut = cutTexts.get(text);
  if (cut === undefined) {
    const pieces: string[] = [];
    const names: string[] = [];
    const formats: (string | undefined)[] = [];
    let from = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      pieces.push(text.slice(from, match.index));
      const [name = '', format] = (match[1] ?? '').split(':');
      names.push(name);
      formats.push(format);
      from = match.index + match[0].length;
    }
    pieces.push(text.slice(from));
    cut = { pieces, names, formats };
    cutTexts.set(text, cut);
  }
  return cut;
}

/**
 * An entry with its placeholders filled in (a value that is itself an entry is worded first; a value the entry does
 * not use is not worded at all). An unknown id or a placeholder without a value is a bug in clausemark, not in the
 * user's file: it throws rather than print `{{x}}`.
 */
export function wordMessage({ messageId, params = {} }: MessageRef): string {
  const text = textOf(messageId);
  if (text === undefined) throw new Error(`no message ${messageId} in ${MESSAGES_FILE}`);
  const { pieces, names, formats } = cutText(text);
  if (!names.every((name) => Object.hasOwn(params, name))) {
    const missing = names.filter((name) => !Object.hasOwn(params, name));
    throw new Error(`message ${messageId} is given no value for {{${missing.join('}}, {{')}}}`);
  }
  let words = pieces[0] ?? '';
  for (let index = 0; index < names.length; index++) {
    const value = params[names[index] as string] as MessageParam;
    const format = formats[index];
    const written = format && typeof value === 'string' ? PARAM_FORMATS[format]?.(value) : undefined;
    words += `${written ?? wordParam(value)}${pieces[index + 1]}`;
  }
  return words;
}

/**
 * An entry worded in `language` whatever the run's language is: a report says what it left out in its own language
 * (the comparison's), as it says the rest.
 */
export function wordMessageIn(language: MessageLanguage, ref: MessageRef): string {
  const before = current;
  current = language;
  try {
    return wordMessage(ref);
  } finally {
    current = before;
  }
}

/**
 * The id of an entry said of a count, `<base>-one` or `<base>-many` as the run's language makes the plural (Dutch and
 * English alike: one for 1, many for 0 and 2 and up): "1 waarschuwing", "0 fouten", "2 pages changed".
 */
export function countedId(base: string, count: number): string {
  return `${base}-${plurals(current).select(count) === 'one' ? 'one' : 'many'}`;
}

const pluralRules = new Map<MessageLanguage, Intl.PluralRules>();
function plurals(language: MessageLanguage): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/** An entry said of a count (countedId), with the count as {{count}} beside `params`. */
export function wordCounted(base: string, count: number, params: MessageParams = {}): string {
  return wordMessage({ messageId: countedId(base, count), params: { ...params, count } });
}

/** A YYYY-MM-DD date as the run's language writes it ("1 september 2025", "1 September 2025"); else as given. */
export function saidDate(iso: string): string {
  return formatDate(iso, current) ?? iso;
}

/** A YYYY-MM month as the run's language writes it ("september 2025"); else as given. */
export function saidMonth(month: string): string {
  return formatMonth(month, current) ?? month;
}

/** The word the fix of a finding is marked with where a person reads it (`fix:`, `oplossing:`). */
export function fixLabel(): string {
  return wordMessage({ messageId: 'finding.fix', params: {} });
}

/** A finding or error as a person reads it: `file:line:col: message`, the fix beneath with the run's fix label. */
export function told(problem: Finding | ClausemarkError): string {
  return formatFinding(problem instanceof ClausemarkError ? problem.finding : problem, fixLabel());
}

/** What a finding or an error says, by id: its message, its fix hint (optional) and their placeholders' values. */
export interface MessageIds {
  messageId: string;
  fixId?: string;
  params?: MessageParams;
}

/** The words of `ids` together with the ids, as the fields of a Finding: `{ ruleId, severity, ...worded(ids) }`. */
export function worded(ids: MessageIds): {
  message: string;
  fix?: string;
  messageId: string;
  fixId?: string;
  params: MessageParams;
} {
  const { messageId, fixId, params = {} } = ids;
  return {
    messageId,
    ...(fixId ? { fixId } : {}),
    params,
    message: wordMessage({ messageId, params }),
    ...(fixId ? { fix: wordMessage({ messageId: fixId, params }) } : {}),
  };
}

/**
 * A ClausemarkError worded from the messages file: its message and hint are the entries' words (so Error.message
 * reads as before), and its finding keeps the ids and values. `options.hint` is for a hint not in the file.
 */
export function errorById(ids: MessageIds, options: ErrorOptions = {}): ClausemarkError {
  return errorFromWords(worded(ids), options);
}

/** The error for words already made from entries: the fix becomes the hint, the ids and values stay in the finding. */
function errorFromWords(
  {
    message,
    fix,
    ...ids
  }: { message: string; fix?: string; messageId: string; fixId?: string; params?: MessageParams },
  options: ErrorOptions,
): ClausemarkError {
  return new ClausemarkError(message, { ...options, ...(fix !== undefined ? { hint: fix } : {}), ids });
}

/**
 * The words of a command that refuses a file because of a parser finding (`cannot approve a policy that cannot be
 * read: {{problem}}`): the finding is the {{problem}} (by its ids when it has them, so they stay readable) and its
 * fix hint is kept, else `fallbackFixId` is the hint. `more` are the values of the entry's other placeholders.
 */
export function refusedBecause(
  finding: Finding,
  messageId: string,
  fallbackFixId?: string,
  more: MessageParams = {},
): { message: string; fix?: string; messageId: string; fixId?: string; params: MessageParams } {
  const problem: MessageParam = finding.messageId
    ? { messageId: finding.messageId, params: finding.params ?? {} }
    : finding.message;
  const params: MessageParams = { ...finding.params, ...more, problem };
  const message = wordMessage({ messageId, params });
  if (finding.fixId !== undefined && finding.fix !== undefined)
    return { messageId, fixId: finding.fixId, params, message, fix: finding.fix };
  if (finding.fix !== undefined) return { messageId, params, message, fix: finding.fix };
  return worded({ messageId, params, ...(fallbackFixId ? { fixId: fallbackFixId } : {}) });
}

/**
 * An error that says another error's finding again with more around it (`fonts.bold (x.woff): {{problem}}`), as
 * refusedBecause words it: the wrapped finding's ids stay readable inside the params, and its fix hint is kept.
 */
export function errorBecause(
  finding: Finding,
  messageId: string,
  more: MessageParams,
  options: Omit<ErrorOptions, 'hint' | 'ids'> = {},
): ClausemarkError {
  return errorFromWords(refusedBecause(finding, messageId, undefined, more), options);
}
