// The bad-input suite: every case in tests/fixtures/bad/cases.yaml runs through the real compiled CLI in a fresh
// temp folder, and must end the way the manifest says: the exit code, exactly the messages expected (each naming
// file:line:col or the argument, each with a fix hint), no stack trace, and no file written or changed unless the
// case is one that must succeed. Every case runs: a known misbehaviour is fixed, not skipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.js';
import { readPdf } from '../support/pdf.js';
import {
  BAD_DIR,
  loadCases,
  manifestFiles,
  problemsOf,
  referencedFixtures,
  type BadCase,
  type WriteExpectation,
} from './cases.js';
import { GENERATORS } from './generate.js';
import { linkTemplates, replaceFile } from './linked-templates.js';
import { changedPaths, reportedMessages, snapshot } from './output.js';

const CASES = loadCases();
const MINIMUM_CASES = 40;

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 't@example.org',
};

interface Prepared {
  dir: string;
  /** The case's policy, relative to dir (the CLI's working folder). */
  file: string;
  fill(text: string): string;
}

function contentOf(source: string): Uint8Array {
  if (source.startsWith('generate:')) {
    const generate = GENERATORS[source.slice('generate:'.length)];
    if (!generate) throw new Error(`no generator ${source}`);
    return generate();
  }
  return readFileSync(join(BAD_DIR, source));
}

function put(dir: string, path: string, source: string): void {
  const target = join(dir, path);
  mkdirSync(dirname(target), { recursive: true });
  replaceFile(target, contentOf(source));
}

function prepare(item: BadCase): Prepared {
  const dir = mkdtempSync(join(tmpdir(), `clausemark-bad-${item.name}-`));
  if (item.project) linkTemplates(dir);
  const files: Record<string, string> = { ...item.files };
  let file = '';
  if (item.policy) {
    file = item.policy.split('/').pop() ?? item.policy;
    files[file] = item.policy;
  } else if (item.generate) {
    file = `${item.generate}.md`;
    files[file] = `generate:${item.generate}`;
  }
  const uncommitted = typeof item.git === 'object' ? item.git.uncommitted : [];
  for (const [path, source] of Object.entries(files)) if (!uncommitted.includes(path)) put(dir, path, source);
  if (item.git) {
    const git = (...args: string[]): void =>
      void execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'policies');
  }
  for (const path of uncommitted) put(dir, path, files[path] ?? '');
  const fill = (text: string): string =>
    text.replaceAll('{file}', file).replaceAll('{dir}', dir).replaceAll('{out}', 'out');
  return { dir, file, fill };
}

async function run(item: BadCase, prepared: Prepared): Promise<{ result: CliRun; milliseconds: number }> {
  const started = performance.now();
  // The ceiling keeps git from finding a repository above the temp folder (a case outside git must be outside git).
  const result = await runCli(item.args.map(prepared.fill), {
    cwd: prepared.dir,
    env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: dirname(prepared.dir) },
  });
  return { result, milliseconds: performance.now() - started };
}

/** The output, for assertion messages: a failing case should say what the CLI actually printed. */
function shown(result: CliRun): string {
  const cut = (text: string): string => (text.length > 3000 ? `${text.slice(0, 3000)}…` : text);
  return `exit ${result.code}\n--- stdout\n${cut(result.stdout)}\n--- stderr\n${cut(result.stderr)}`;
}

function expectFailure(item: BadCase, prepared: Prepared, result: CliRun): void {
  const messages = reportedMessages(result);
  const context = shown(result);
  expect(messages, `number of messages\n${context}`).toHaveLength(item.findings ?? 1);
  for (const message of messages)
    expect(message.fix, `every message has a fix hint: ${message.where}: ${message.message}\n${context}`).toBeTruthy();
  const pattern = new RegExp(prepared.fill(item.message ?? ''));
  const match = messages.find((message) => pattern.test(message.message));
  expect(match, `a message matching /${item.message}/\n${context}`).toBeDefined();
  expect(match?.where, `location\n${context}`).toBe(prepared.fill(item.location ?? ''));
  if (item.fix) expect(match?.fix, `fix hint\n${context}`).toMatch(new RegExp(item.fix));
  if (item.rule) expect(match?.rule, `rule\n${context}`).toBe(item.rule);
}

async function expectWritten(expectation: WriteExpectation, prepared: Prepared): Promise<void> {
  const bytes = readFileSync(join(prepared.dir, prepared.fill(expectation.path)));
  const text = bytes.toString('utf8');
  if (expectation.bom !== undefined)
    expect(text.startsWith('\uFEFF'), `${expectation.path} starts with a BOM`).toBe(expectation.bom);
  if (expectation.eol === 'crlf')
    expect(text.replace(/\r\n/g, ''), `${expectation.path}: every line ends in CRLF`).not.toMatch(/[\r\n]/);
  if (expectation.eol === 'lf') expect(text, `${expectation.path}: no CR`).not.toContain('\r');
  if (expectation.eol === 'cr') expect(text, `${expectation.path}: every line ends in a lone CR`).not.toContain('\n');
  for (const needle of expectation.contains ?? []) expect(text, expectation.path).toContain(prepared.fill(needle));
  if (expectation.pdf) {
    expect(text.startsWith('%PDF-'), `${expectation.path} is a PDF`).toBe(true);
    const pages = (await readPdf(bytes)).pages.join('\n').normalize('NFC');
    for (const needle of expectation.pdf)
      expect(pages, `${expectation.path} contains the text`).toContain(needle.normalize('NFC'));
  }
}

/** Folders that exist only to hold an expected file may be created too. */
function isExpected(path: string, written: readonly string[]): boolean {
  return written.some((target) => target === path || target.startsWith(`${path}/`));
}

async function runCase(item: BadCase): Promise<void> {
  const prepared = prepare(item);
  try {
    const before = snapshot(prepared.dir);
    const { result, milliseconds } = await run(item, prepared);
    const context = shown(result);
    expect(result.code, `exit code\n${context}`).toBe(item.exit);
    expect(`${result.stdout}\n${result.stderr}`, 'no stack trace').not.toMatch(/\n\s+at /);
    expect(`${result.stdout}\n${result.stderr}`, 'no internal error').not.toMatch(/internal error/i);
    if (item.seconds !== undefined)
      expect(milliseconds, `finishes within ${item.seconds} s`).toBeLessThan(item.seconds * 1000);
    if (item.stdout !== undefined) expect(result.stdout, context).toMatch(new RegExp(prepared.fill(item.stdout)));
    if (item.stderr !== undefined) expect(result.stderr, context).toMatch(new RegExp(prepared.fill(item.stderr)));
    if (item.exit !== 0) expectFailure(item, prepared, result);
    const written = (item.writes ?? []).map((expectation) => prepared.fill(expectation.path));
    const changed = changedPaths(before, snapshot(prepared.dir));
    expect(
      changed.filter((path) => !isExpected(path, written)),
      `nothing else written or changed\n${context}`,
    ).toEqual([]);
    expect(
      written.filter((path) => !changed.includes(path)),
      `expected files written\n${context}`,
    ).toEqual([]);
    for (const expectation of item.writes ?? []) await expectWritten(expectation, prepared);
  } finally {
    rmSync(prepared.dir, { recursive: true, force: true });
  }
}

describe('bad input (tests/fixtures/bad/cases.yaml)', () => {
  // The cases that send a signal run in a process of their own: tests/hardening/signal-cases.cli.test.ts.
  for (const item of CASES.filter((each) => each.signal === undefined)) {
    it(`${item.name}: ${item.about}`, () => runCase(item), 120_000);
  }
});

describe('the bad-input manifest', () => {
  it(`has at least ${MINIMUM_CASES} well-formed cases with unique names`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(MINIMUM_CASES);
    const names = CASES.map((item) => item.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    const problems = CASES.flatMap((item) =>
      problemsOf(item as unknown as Record<string, unknown>).map((problem) => `${item.name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('uses every fixture file in tests/fixtures/bad/', () => {
    const used = referencedFixtures(CASES);
    const present: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const full = join(dir, entry);
        if (statSync(full).isDirectory()) visit(full);
        else present.push(relative(BAD_DIR, full));
      }
    };
    visit(BAD_DIR);
    const isManifest = (path: string): boolean => manifestFiles().some((file) => relative(BAD_DIR, file) === path);
    expect(present.filter((path) => !used.has(path) && !isManifest(path) && path !== '.gitattributes')).toEqual([]);
  });

  it('keeps the byte-exact fixtures byte-exact (a BOM and CRLF survive git)', () => {
    for (const name of ['bom-crlf.md', 'bom-crlf-without-ids.md', 'bom-crlf-invalid-date.md']) {
      const bytes = readFileSync(join(BAD_DIR, 'policies', name));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
    }
    expect(readFileSync(join(BAD_DIR, 'policies', 'windows-1252.md')).includes(0xef), 'ï in Windows-1252').toBe(true);
  });

  it('generates a real WOFF2 font (fontkit reads it, with the glyph ĳ)', () => {
    const font = fontkit.create(Buffer.from(contentOf('generate:woff2'))) as fontkit.Font;
    expect(font.type).toBe('WOFF2');
    expect(font.hasGlyphForCodePoint(0x133)).toBe(true);
    expect(font.layout('ĳ').glyphs[0]?.path.commands.length).toBeGreaterThan(0);
  });
});
