// The language clausemark speaks in (src/cli/message-language.ts): --lang, then clausemark.yaml, then LC_ALL,
// LC_MESSAGES and LANG in POSIX order; English otherwise. Run as a user runs it, on a policy with mistakes.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/io/project.js';
import { languageFromArguments, languageFromLocale, languageFromSettings } from '../../src/cli/message-language.js';
import { thrownError as thrown } from '../support/thrown.js';
import { runBuiltCli, runCli } from '../support/cli.js';

/** A folder with a policy whose status is unknown and whose clause ID is used twice. */
function brokenProject(settings?: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-lang-'));
  const file = join(dir, 'beleid.md');
  writeFileSync(
    file,
    '---\nid: x\ntitle: T\norganisation: O\nversion: "1"\nstatus: vastgesteld\n---\n\n{#a} Een.\n\n{#a} Twee.\n',
  );
  if (settings !== undefined) writeFileSync(join(dir, 'clausemark.yaml'), settings);
  return { dir, file };
}

const DUTCH = /ID "a" wordt al gebruikt door een artikel/;
const ENGLISH = /ID "a" is already used by a clause/;

describe('the language of the messages', () => {
  it('is Dutch with LANG=nl_NL.UTF-8, in the binary a user runs', async () => {
    const { dir, file } = brokenProject();
    const run = await runBuiltCli(['check', file], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(DUTCH);
    expect(run.stdout).toMatch(/onbekende status "vastgesteld"/);
    expect(run.stdout).toMatch(/oplossing: geef dit artikel een eigen ID, bijvoorbeeld \{#/);
    expect(run.stdout).not.toMatch(ENGLISH);
    // The words around the findings too: the severity and the totals.
    expect(run.stdout).toMatch(/ {2}\d+:1 +fout {2,}ID "a"/);
    expect(run.stdout).toMatch(/\n✖ 2 fouten in 1 bestand\n$/);
  });

  it('is English without a Dutch locale, and with LC_ALL=C over LANG=nl (POSIX order)', async () => {
    const { dir, file } = brokenProject();
    expect((await runCli(['check', file], { cwd: dir })).stdout).toMatch(ENGLISH);
    const run = await runCli(['check', file], { cwd: dir, env: { LC_ALL: 'C', LANG: 'nl_NL.UTF-8' } });
    expect(run.stdout).toMatch(ENGLISH);
    const messages = await runCli(['check', file], { cwd: dir, env: { LC_MESSAGES: 'nl_BE.UTF-8', LANG: 'en_GB' } });
    expect(messages.stdout).toMatch(DUTCH);
  });

  it('follows clausemark.yaml over the locale, and --lang over both', async () => {
    const { dir, file } = brokenProject('lang: nl\n');
    expect((await runCli(['check', file], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } })).stdout).toMatch(DUTCH);
    const nested = join(dir, 'sub');
    mkdirSync(nested);
    expect((await runCli(['check', file], { cwd: nested })).stdout).toMatch(DUTCH);
    expect((await runCli(['check', '--lang', 'en', file], { cwd: dir })).stdout).toMatch(ENGLISH);
    const english = brokenProject('lang: en\n');
    const run = await runCli(['check', `--lang=nl`, english.file], { cwd: english.dir, env: { LANG: 'en_GB' } });
    expect(run.stdout).toMatch(DUTCH);
  });

  it('keeps messageId and params in JSON output, whatever the language of the words', async () => {
    const { dir, file } = brokenProject();
    const english = JSON.parse((await runCli(['check', '--format', 'json', file], { cwd: dir })).stdout);
    const dutch = JSON.parse(
      (await runCli(['check', '--format', 'json', file], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } })).stdout,
    );
    const ids = (report: { files: { findings: Record<string, unknown>[] }[] }) =>
      report.files[0]?.findings.map(({ messageId, fixId, params, ruleId }) => ({ messageId, fixId, params, ruleId }));
    expect(ids(dutch)).toEqual(ids(english));
    expect(ids(dutch)?.length).toBeGreaterThan(1);
    expect(dutch.files[0].findings.map((f: { message: string }) => f.message)).not.toEqual(
      english.files[0].findings.map((f: { message: string }) => f.message),
    );
  });

  it('words a command-line mistake in Dutch too, and refuses a language it does not speak', async () => {
    const { dir } = brokenProject();
    const unknown = await runCli(['check', '--strikt'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/onbekende optie '--strikt'/);
    const french = await runCli(['check', '--lang', 'fr'], { cwd: dir });
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/--lang: 'fr' is not a value this option takes/);
    expect(french.stderr).toMatch(/use one of: en, nl/);
  });

  it("reads --lang as the messages' language for every command, import included", () => {
    expect(languageFromArguments(['import', 'a.docx', '--lang', 'nl'])).toBe('nl');
    expect(languageFromArguments(['check', '--lang', 'nl'])).toBe('nl');
    expect(languageFromArguments(['check', '--lang=en'])).toBe('en');
    expect(languageFromArguments(['check', '--lang', 'fr'])).toBeUndefined();
  });

  it("takes import's document language from --document-lang only; its --lang names the messages' language", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-document-lang-'));
    const file = join(dir, 'regels.txt');
    writeFileSync(file, 'Regels\n\nArtikel 1\n\nDe school houdt zich aan deze regels.\n');
    const named = await runCli(
      ['import', file, '--org', 'school', '--out', join(dir, 'named.md'), '--document-lang', 'en'],
      { cwd: dir },
    );
    expect(named.code).toBe(0);
    expect(readFileSync(join(dir, 'named.md'), 'utf8')).toMatch(/^lang: en$/m);
    // --lang nl: the messages in Dutch, the document's language still its own (detected: Dutch text).
    const messages = await runCli(['import', file, '--org', 'school', '--out', join(dir, 'nl.md'), '--lang', 'nl'], {
      cwd: dir,
      env: { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(messages.code, messages.stderr).toBe(0);
    expect(readFileSync(join(dir, 'nl.md'), 'utf8')).toMatch(/^lang: nl$/m);
    const english = await runCli(['import', file, '--org', 'school', '--out', join(dir, 'en.md'), '--lang', 'en'], {
      cwd: dir,
      env: { LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(english.code, english.stderr).toBe(0);
    expect(readFileSync(join(dir, 'en.md'), 'utf8')).toMatch(/^lang: nl$/m);
    expect(messages.stdout).toMatch(/waarschuwing {2}het document vermeldt de versie niet/);
    expect(english.stdout).toMatch(/warning {2}the document does not state its version/);
    const german = await runCli(['import', file, '--org', 'school', '--document-lang', 'de'], { cwd: dir });
    expect(german.code).toBe(2);
    expect(german.stderr).toMatch(/unknown language "de"/);
    expect(german.stderr).toMatch(/use --document-lang nl or --document-lang en/);
  });

  it('reads a locale name as POSIX does: the first of LC_ALL, LC_MESSAGES, LANG that is set', () => {
    expect(languageFromLocale({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(languageFromLocale({ LANG: 'nl' })).toBe('nl');
    expect(languageFromLocale({ LANG: 'nl_BE@euro' })).toBe('nl');
    expect(languageFromLocale({ LC_ALL: '', LC_MESSAGES: 'nl_NL', LANG: 'en_US' })).toBe('nl');
    expect(languageFromLocale({ LC_ALL: 'C', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(languageFromLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromLocale({})).toBe('en');
  });

  it('refuses a settings file it cannot read at the line and column of the fault', () => {
    const { dir } = brokenProject('lang: fr\n');
    const file = findProject(join(dir, 'x', 'y')).settingsFile;
    expect(file).toBe(join(dir, 'clausemark.yaml'));
    const error = thrown(() => languageFromSettings(join(dir, 'clausemark.yaml')));
    expect(error.message).toBe('clausemark cannot speak "fr"');
    expect(error.format()).toMatch(/clausemark\.yaml:1:7/);
    const typo = brokenProject('taal: nl\n');
    const unknown = thrown(() => languageFromSettings(join(typo.dir, 'clausemark.yaml')));
    expect(unknown.message).toBe('clausemark.yaml has no field "taal"');
    expect(unknown.format()).toMatch(/clausemark\.yaml:1:1/);
    expect(unknown.format()).toMatch(/`lang: nl`/);
  });
});
