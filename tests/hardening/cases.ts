// The bad-input manifest (tests/fixtures/bad/cases.yaml): what each case is, read and checked for shape so a typo in
// the manifest fails loudly instead of quietly testing nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/paths.js';
import { GENERATORS } from './generate.js';

export const BAD_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad');
export const MANIFEST = join(BAD_DIR, 'cases.yaml');

/** A file the command is expected to write (success cases), and what must be true of it. */
export interface WriteExpectation {
  /** Path relative to the case folder; may use {file}. */
  path: string;
  /** Text the written PDF must contain (read back with pdfjs). */
  pdf?: string[];
  /** Text the written file must contain. */
  contains?: string[];
  /** The file must (true) or must not (false) start with a UTF-8 byte order mark. */
  bom?: boolean;
  /** Every line break in the file is CRLF, or every one is LF, or every one a lone CR. */
  eol?: 'crlf' | 'lf' | 'cr';
}

export interface BadCase {
  name: string;
  about: string;
  /** Command line after `clausemark`; {file}, {dir} and {out} are filled in. */
  args: string[];
  /** A fixture (path below tests/fixtures/bad/) copied into the case folder; {file} is its name there. */
  policy?: string;
  /** Or a generated policy (see generate.ts); {file} is `<generator>.md`. */
  generate?: string;
  /** More files for the case folder: path there → fixture path, or `generate:<name>`. */
  files?: Record<string, string>;
  /** Copy the repository's templates/ into the case folder, which then is the project root the CLI finds. */
  project?: boolean;
  /** Make the case folder a git repository with one commit of its files (except `uncommitted` ones). */
  git?: boolean | { uncommitted: string[] };
  /** 130 and 143 only for a case that sends a signal (`signal`). */
  exit: 0 | 1 | 2 | 130 | 143;
  /** Regex the message (without its location) must match. */
  message?: string;
  /** Where the message must point: `file:line:col`, a file, or a command-line argument. */
  location?: string;
  /** Regex the fix hint must match (every failure message must have a hint either way). */
  fix?: string;
  /** The check rule id (only `check` prints them). */
  rule?: string;
  /** How many messages (check findings included) the command prints; default 1. */
  findings?: number;
  /** Regexes for whole outputs, mainly for cases that succeed. */
  stdout?: string;
  stderr?: string;
  /** Files the command writes (success cases); anything else written or changed fails the case. */
  writes?: WriteExpectation[];
  /** Upper bound on the run time (with `signal`: from the signal to the exit): the case guards against a hang. */
  seconds?: number;
  /**
   * Sent to the compiled CLI once it is held at `hold` (tests/hardening/interrupt.ts): the case runs in
   * tests/hardening/signal-cases.cli.test.ts, since only a process of its own can be signalled.
   */
  signal?: 'SIGINT' | 'SIGTERM';
  /** Where the run waits for the signal (src/io/write-stop.ts): about to replace a file, or about to print. */
  hold?: 'commit' | 'output';
}

const KNOWN_KEYS = new Set([
  'name',
  'about',
  'args',
  'policy',
  'generate',
  'files',
  'project',
  'git',
  'exit',
  'message',
  'location',
  'fix',
  'rule',
  'findings',
  'stdout',
  'stderr',
  'writes',
  'seconds',
  'signal',
  'hold',
]);

function fixtureExists(reference: string): boolean {
  if (reference.startsWith('generate:')) return reference.slice('generate:'.length) in GENERATORS;
  return existsSync(join(BAD_DIR, reference));
}

/** Shape errors in one case, as sentences; empty when the case is well-formed. */
export function problemsOf(entry: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(entry)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown key "${key}"`);
  const item = entry as Partial<BadCase>;
  if (typeof item.name !== 'string' || !/^[a-z0-9-]+$/.test(item.name)) problems.push('name must be kebab-case');
  if (typeof item.about !== 'string' || item.about.trim() === '') problems.push('about is missing');
  if (!Array.isArray(item.args) || item.args.some((arg) => typeof arg !== 'string'))
    problems.push('args must be a list of strings');
  if (item.signal !== undefined) {
    // Ended by the signal: the exit code a shell gives it (128 + its number) and the line that says so.
    const code = { SIGINT: 130, SIGTERM: 143 }[item.signal];
    if (code === undefined) problems.push('signal must be SIGINT or SIGTERM');
    else if (item.exit !== code) problems.push(`a case sending ${item.signal} exits ${code}`);
    if (item.stderr === undefined) problems.push('a signal case needs the stderr it prints');
    if (item.writes !== undefined) problems.push('a signal case writes nothing');
    if (item.hold !== 'commit' && item.hold !== 'output')
      problems.push('a signal case says where it holds: commit or output');
    if (item.seconds !== undefined) problems.push('a signal case is bounded by its hold, not by seconds');
  } else {
    if (item.hold !== undefined) problems.push('only a signal case holds');
    if (![0, 1, 2].includes(item.exit as number)) problems.push('exit must be 0, 1 or 2');
    if (item.exit !== 0 && (item.message === undefined || item.location === undefined))
      problems.push('a failing case needs message and location');
  }
  if (item.policy !== undefined && !fixtureExists(item.policy)) problems.push(`no fixture ${item.policy}`);
  if (item.generate !== undefined && !(item.generate in GENERATORS)) problems.push(`no generator ${item.generate}`);
  for (const source of Object.values(item.files ?? {}))
    if (!fixtureExists(source)) problems.push(`no fixture ${source}`);
  for (const pattern of [item.message, item.fix, item.stdout, item.stderr]) {
    if (pattern === undefined) continue;
    try {
      new RegExp(pattern);
    } catch {
      problems.push(`not a regex: ${pattern}`);
    }
  }
  return problems;
}

/** The main manifest and every `cases-<area>.yaml` beside it (one file per area keeps the lists short). */
export function manifestFiles(): string[] {
  const extra = readdirSync(BAD_DIR)
    .filter((name) => /^cases-[a-z0-9-]+\.yaml$/.test(name))
    .sort();
  return [MANIFEST, ...extra.map((name) => join(BAD_DIR, name))];
}

export function loadCases(): BadCase[] {
  const entries = manifestFiles().flatMap(
    (file) => (parse(readFileSync(file, 'utf8')) ?? []) as Record<string, unknown>[],
  );
  return entries as unknown as BadCase[];
}

/** Every fixture file the manifest uses (paths below tests/fixtures/bad/). */
export function referencedFixtures(cases: readonly BadCase[]): Set<string> {
  const used = new Set<string>();
  for (const item of cases) {
    if (item.policy) used.add(item.policy);
    for (const source of Object.values(item.files ?? {})) if (!source.startsWith('generate:')) used.add(source);
  }
  return used;
}
