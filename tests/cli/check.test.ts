import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';
import { shippedProject } from '../support/project.js';

describe('clausemark check (CLI)', () => {
  it('exits 0 on the corpus, warning of the one review it shows overdue, its unrecorded adoptions and what its schools lack', async () => {
    // The corpus clausemark ships, not whatever a school keeps in its clone's policies/.
    const run = await runCli(['check'], { cwd: shippedProject() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // policies/linde shows the procedure (issue 27 item 7): De Wilg's pestprotocol was due for review on 2025-09-01.
    expect(run.stdout).toContain(
      'policies/linde/de-wilg/pestprotocol.md\n  13:9    warning  the review of this pestprotocol was due on 1 September 2025  procedure-review-overdue',
    );
    // Its adoptions are written by hand, without the hash `approve` records: each says its text is not recorded.
    expect(run.stdout).toMatch(/policies\/linde\/klachtenregeling\.md\n {2}\d+:5 +warning .* adoption-text-unrecorded/);
    const unrecorded = run.stdout.match(/ adoption-text-unrecorded\n/g)?.length ?? 0;
    // Its procedure.yaml declares the board and its two schools: each policy the law asks of them that the files lack
    // is said there, De Es's schoolgids for the school year under way not adopted among them.
    expect(run.stdout).toMatch(
      /policies\/linde\/procedure\.yaml\n(?: {2}.*\n)*? {2}\d+:\d+ +warning {2}Basisschool De Wilg: no schoolgids found in policies\/linde\/de-wilg\/ .* {2}school-duty-missing\n/,
    );
    const duties = run.stdout.match(/ school-duty-(?:missing|not-adopted)\n/g)?.length ?? 0;
    expect(duties).toBeGreaterThan(0);
    expect(run.stdout).toMatch(new RegExp(`✖ ${1 + unrecorded + duties} warnings in \\d+ files`));
  });

  it('exits 1 on errors, printing line:col, severity, message, rule and fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const file = join(dir, 'bad.md');
    writeFileSync(
      file,
      '---\nid: x\ntitle: T\norganisation: O\nversion: "1"\nstatus: vastgesteld\n---\n\n{#a} Een.\n\n{#a} Twee.\n',
    );
    const run = await runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}\n`);
    expect(run.stdout).toMatch(/ {2}6:9 +error {2}.*vastgesteld.* {2}unknown-status\n +fix: /);
    expect(run.stdout).toMatch(/11:1 +error {2}.*"a".* {2}duplicate-id/);
  });

  it('--format json gives each finding its messageId, fixId and params beside the words, with the same exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const file = join(dir, 'bad.md');
    writeFileSync(file, '---\nid: x\ntitle: T\norganisation: O\nversion: "1"\nlang: Nederlands\n---\n\n{#a} Een.\n');
    const run = await runCli(['check', '--format', 'json', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ errors: 1, warnings: 0, files: [{ file, errors: 1, warnings: 0, fatal: false }] });
    expect(report.files[0].findings).toEqual([
      {
        ruleId: 'invalid-lang',
        severity: 'error',
        messageId: 'invalid-lang.not-a-tag',
        fixId: 'invalid-lang.write-tag',
        params: { lang: 'Nederlands', suggestion: 'nl' },
        message: 'lang "Nederlands" is not a BCP-47 language tag',
        fix: 'write a language tag, e.g. lang: nl',
        place: expect.objectContaining({ start: expect.objectContaining({ line: 6, column: 7 }) }),
      },
    ]);
  });

  it("--format json gives the parser's and the reader's fatal findings their messageId and params too", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const yaml = join(dir, 'yaml.md');
    writeFileSync(yaml, '---\nid: x\nid: y\n---\n\n{#a} Een.\n');
    const latin1 = join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x61, 0x0a, 0x62, 0xeb, 0x0a]));
    const run = await runCli(['check', '--format', 'json', yaml, latin1]);
    expect(run.code).toBe(2);
    const findings = JSON.parse(run.stdout).files.flatMap((file: { findings: unknown[] }) => file.findings);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'yaml-syntax',
        messageId: 'yaml-syntax.other',
        fixId: 'yaml-syntax.remove-repeated',
        params: { reason: 'Map keys must be unique' },
        message: 'invalid YAML in the frontmatter: Map keys must be unique',
      }),
      expect.objectContaining({
        ruleId: 'invalid-utf8',
        messageId: 'invalid-utf8.invalid-byte',
        fixId: 'invalid-utf8.save-utf8',
        params: { byte: 'eb' },
        message: 'invalid UTF-8 (byte 0xeb)',
      }),
    ]);
  });

  it('fails on warnings only with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const file = join(dir, 'warn.md');
    writeFileSync(file, '---\nid: x\ntitle: T\norganisation: O\nversion: "1"\n---\n\nGeen id.\n');
    expect((await runCli(['check', file])).code).toBe(0);
    expect((await runCli(['check', '--strict', file])).code).toBe(1);
  });

  it('exits 2 without a stack trace for an unreadable file, naming file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const file = join(dir, 'latin1.md');
    writeFileSync(file, Buffer.from([0x61, 0x0a, 0x62, 0xeb, 0x0a]));
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/2:2 +error +invalid UTF-8/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing path, naming it', async () => {
    const run = await runCli(['check', 'nope/missing.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope/missing.md: no such file or folder');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown option', async () => {
    expect((await runCli(['check', '--frobnicate'])).code).toBe(2);
  });
});

describe('clausemark approve (CLI)', () => {
  it('records the approval atomically and the file stays check-clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const file = join(dir, 'policies', 'casparus-college', 'social-media.md');
    const source = readFileSync(policyPath('casparus-college'), 'utf8');
    mkdirSync(join(dir, 'policies', 'casparus-college'), { recursive: true });
    copyFileSync(policyPath('casparus-college'), file);
    // Its procedure (kind: social-media, level: school) asks the MR's consent first.
    const consent = await runCli([
      'approve',
      file,
      '--step',
      'instemming',
      '--body',
      'MR',
      '--name',
      'R. Hendriks',
      '--role',
      'Voorzitter MR',
      '--date',
      '2024-06-20',
      '--asked',
      '2024-05-15',
    ]);
    expect(consent.stderr).toBe('');
    const run = await runCli([
      'approve',
      file,
      '--name',
      'J. de Vries',
      '--role',
      'Voorzitter CvB',
      '--date',
      '2024-07-01',
      '--step',
      'vaststelling',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('status: proposed → approved');
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('hash: sha256-v2:');
    expect(after.split('\n---\n')[1]).toBe(source.split('\n---\n')[1]);
    expect((await runCli(['check', file])).code).toBe(0);
  });

  it('refuses a bad date with exit 2 and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const file = join(dir, 'p.md');
    copyFileSync(policyPath('allure'), file);
    const before = readFileSync(file, 'utf8');
    const run = await runCli(['approve', file, '--name', 'X', '--role', 'Y', '--date', '2024-13-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--date: "2024-13-01" is not a date');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
