// Issue 43's acceptance: a policy officer on a Dutch system (LANG=nl_NL.UTF-8) reads Dutch from every command, with
// dates as people write them. Every command is run here as they run it, on a copy of the project's policies under
// git: its help, its usage errors, what it prints, and the human files it writes (the diff as Markdown, the
// calendar's titles and descriptions, the HTML pages, the PDFs' text). A line with an English word, an ISO date or a
// wrong plural fails the test, named with the command and why (tests/support/english-detector.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishIn, type Found } from '../support/english-detector.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { saveByRename, serveWatching, waitFor, type WatchingServer } from '../support/serve.js';
import { haveTool } from '../support/tools.js';
import { COMMAND_WORDS } from '../../src/cli/command-words.js';

const DUTCH = { LANG: 'nl_NL.UTF-8' };

/** The users' own words that may be English: titles and names in the seed policies, values they typed. */
const THEIR_WORDS = ['Protocol social media', 'Protocol Sociale Media', 'Social media', 'social media'];

/** A draft privacy policy of De Linde, for approve to walk through its procedure. */
const PRIVACY = `---
id: privacyreglement
title: Privacyreglement
organisation: Stichting De Linde
org: linde
version: "1.0"
status: draft
lang: nl
kind: privacyreglement
level: bestuur
---

# Privacyreglement

## Doel {#doel}

{#doel.a} Dit reglement beschrijft hoe Stichting De Linde omgaat met persoonsgegevens van leerlingen, ouders en medewerkers.
`;

const PEST_TXT = `Pestprotocol

1. Doel

De school wil dat iedereen zich veilig voelt en pesten direct aanpakt op alle momenten van de dag.

2. Aanpak

De leerkracht spreekt met de leerling en met de ouders van alle betrokken leerlingen.
`;

let dir: string;
const said: { command: string; found: Found[] }[] = [];

function git(...args: string[]): void {
  execFileSync('git', args, {
    cwd: dir,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });
}

/** Runs `clausemark ARGS` in Dutch and records every line of its output a Dutch user should not read. */
async function run(args: string[], options: { json?: boolean } = {}): Promise<{ code: number; text: string }> {
  const result = await runCli(args, { cwd: dir, env: DUTCH });
  const text = options.json ? result.stderr : `${result.stdout}\n${result.stderr}`;
  said.push({ command: `clausemark ${args.join(' ')}`, found: englishIn(text, THEIR_WORDS) });
  return { code: result.code, text: `${result.stdout}\n${result.stderr}` };
}

/** Records what a written human file says (`what` names it in the failure). */
function read(what: string, text: string): void {
  said.push({ command: what, found: englishIn(text, THEIR_WORDS) });
}

/** The text of an HTML page as a reader sees it: no tags, scripts or styles. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The text of a PDF (pdftotext), when poppler is installed. */
function pdfText(file: string): string | undefined {
  if (!haveTool('pdftotext')) return undefined;
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** An iCalendar file's titles and descriptions, unfolded (RFC 5545 §3.1) and unescaped. */
function calendarTexts(ics: string): string {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => /^(SUMMARY|DESCRIPTION)[:;]/.test(line))
    .map((line) =>
      line
        .slice(line.indexOf(':') + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    )
    .join('\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-dutch-'));
  for (const org of ['linde', 'casparus-college', 'allure', 'aeres-mbo'])
    cpSync(join(PROJECT_ROOT, 'policies', org), join(dir, 'policies', org), { recursive: true });
  writeFileSync(join(dir, 'policies', 'linde', 'privacyreglement.md'), PRIVACY);
  writeFileSync(join(dir, 'pest.txt'), PEST_TXT);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'beleid');
});

const servers: WatchingServer[] = [];
afterAll(() => {
  for (const server of servers) server.stop();
});

describe('every command on a Dutch system', () => {
  it('speaks Dutch in its help and its usage errors', async () => {
    await run(['--help']);
    await run(['help']);
    for (const command of COMMAND_WORDS) await run([command, '--help']);
    expect((await run(['check', '--strikt'])).code).toBe(2);
    expect((await run(['diff'])).code).toBe(2);
    expect((await run(['diff', 'a.md', 'b.md', 'c.md'])).code).toBe(2);
    expect((await run(['build', '--format', 'xml'])).code).toBe(2);
    expect((await run(['bouw'])).code).toBe(2);
    expect((await run(['approve', 'policies/linde/klachtenregeling.md'])).code).toBe(2);
    expect((await run(['check', 'policies/bestaat-niet.md'])).code).toBe(2);
  });

  it('speaks Dutch and writes dates as people do in what every command prints and writes', async () => {
    const privacy = 'policies/linde/privacyreglement.md';
    const revision = [
      'policies/casparus-college/social-media.md',
      'policies/casparus-college/revisions/social-media-2.0.md',
    ];
    await run(['check', 'policies']);
    await run(['check', '--strict', 'policies']);
    await run(['build', 'policies/linde']);
    // approve through the privacy policy's procedure: the mistakes a user makes first, then the steps.
    await run(['approve', privacy, '--name', 'P. Jansen', '--role', 'Voorzitter GMR', '--date', '2025-09-01']);
    await run(['approve', privacy, '--name', 'P. Jansen', '--role', 'Voorzitter GMR', '--step', 'instemming']);
    await run(
      ['approve', privacy, ...['--name', 'P. Jansen', '--role', 'Voorzitter GMR', '--step', 'instemming']].concat([
        '--part',
        'ouders/leerlingen',
        '--date',
        '2025-09-01',
        '--asked',
        '2025-08-01',
      ]),
    );
    await run([
      'approve',
      privacy,
      '--name',
      'A. Bakker',
      '--role',
      'Voorzitter College van Bestuur',
      '--date',
      '2025-09-15',
    ]);
    for (const format of ['text', 'md']) await run(['diff', ...revision, '--format', format]);
    await run(['diff', ...revision, '--format', 'json'], { json: true });
    await run(['diff', ...revision, '--exit-code']);
    for (const format of ['html', 'pdf', 'docx'])
      await run(['diff', ...revision, '--format', format, '--out', `d.${format}`]);
    read(
      'diff --format md (file)',
      (await runCli(['diff', ...revision, '--format', 'md'], { cwd: dir, env: DUTCH })).stdout,
    );
    await run(['compare', 'policies', '--kind', 'social-media']);
    await run(['compare', 'policies', '--kind', 'social-media', '--format', 'md']);
    await run(['compare', 'policies', '--kind', 'social-media', '--format', 'pdf', '--out', 'vergelijking.pdf']);
    await run(['confirm', 'allure:up.belang', 'aeres-mbo:x.y']);
    await run([
      'adapt',
      'sector-social-media',
      '--org',
      'de-es',
      '--set',
      'organisation=De Es',
      '--out',
      'policies/linde/de-es/social-media.md',
    ]);
    await run(['deviations', 'policies/linde/de-es/social-media.md']);
    await run(['upgrade', 'policies/linde/de-es/social-media.md', '--template', 'sector-social-media', '--dry-run']);
    await run(['fmt', 'policies/linde', '--check']);
    await run(['fmt', '--lang', 'nl', 'policies/linde']);
    await run(['fmt', '--write', 'policies/linde']);
    await run(['import', 'pest.txt', '--org', 'linde-de-es', '--out', 'geimporteerd.md']);
    await run(['import', 'pest.txt', '--org', 'linde-de-es', '--dry-run']);
    await run(['agenda', 'policies', '--from', '2026-11-24']);
    await run(['agenda', 'policies', '--from', '2026-11-24', '--format', 'ics', '--out', 'agenda.ics']);
    read('agenda.ics (titles and descriptions)', calendarTexts(readFileSync(join(dir, 'agenda.ics'), 'utf8')));
    await run(['dossier', 'linde', '--at', '2026-11-24']);
    await run(['build', '--at', '2024-01-01']);
    // textconv prints the file's own fields for git (`approval: 2025-03-12 …`), as the file has them: no check.
    expect((await runCli(['textconv', 'policies/linde/klachtenregeling.md'], { cwd: dir, env: DUTCH })).code).toBe(0);
    await run(['start']);
    // What `start` and `build` wrote for people to read: the report's pages, the dossier, a board pack.
    for (const page of [
      'index.html',
      ...readdirSync(join(dir, 'out', 'linde'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `linde/${f}`),
    ])
      read(`out/${page}`, pageText(readFileSync(join(dir, 'out', page), 'utf8')));
    for (const pdf of ['out/dossier-linde.pdf', 'd.pdf']) {
      const text = existsSync(join(dir, pdf)) ? pdfText(join(dir, pdf)) : undefined;
      if (text !== undefined) read(pdf, text);
    }
    const failures = said.filter((entry) => entry.found.length > 0);
    expect(
      failures.map(({ command, found }) => `${command}\n${found.map((f) => `    ${f.why}: ${f.line}`).join('\n')}`),
    ).toEqual([]);
  }, 300_000);

  it('speaks Dutch while serve --watch serves, rebuilds and fails', async () => {
    const server = await serveWatching({ env: DUTCH });
    servers.push(server);
    const since = (from: number) => ({
      get text() {
        return server.output.text.slice(from);
      },
    });
    const before = server.output.text.length;
    saveByRename(server.policy, `${readFileSync(server.policy, 'utf8')}\n{#x} Een nieuw artikel.\n`);
    await waitFor(since(before), /\S.*\n/, 30);
    const broken = server.output.text.length;
    saveByRename(server.policy, '---\nid: [\n---\n');
    await waitFor(since(broken), /\S.*\n/, 30);
    expect(englishIn(server.output.text, THEIR_WORDS)).toEqual([]);
    const page = await (await fetch(server.url)).text();
    expect(englishIn(pageText(page), THEIR_WORDS)).toEqual([]);
  }, 120_000);
});
