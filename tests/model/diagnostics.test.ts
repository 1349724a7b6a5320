// One diagnostic type from parse to reporter (issue 13, item 4): a thrown ClausemarkError carries a Finding, and
// every place that turns one into the other (check over an unreadable file, a worker thread's report, a build's
// warning, a parser's fatal finding that a command must stop on) hands over that same Finding.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { serializeError } from '../../src/build/batch.js';
import { checkFile } from '../../src/check/files.js';
import { buildWarnings } from '../../src/cli/report.js';
import { type Finding, formatFinding, locationOf } from '../../src/model/diagnostics.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { loadPolicy, parsePolicy } from '../../src/parse/index.js';
import { thrownError as thrown } from '../support/thrown.js';

describe('a ClausemarkError', () => {
  it('carries one Finding: rule id, severity, file, line and column, message and fix', () => {
    const error = new ClausemarkError('the value is no date', {
      place: { file: 'beleid.md', point: { line: 4, column: 7, offset: 30 } },
      hint: 'write YYYY-MM-DD',
      ruleId: 'invalid-date',
    });
    expect(error.finding).toEqual({
      ruleId: 'invalid-date',
      severity: 'error',
      fatal: true,
      message: 'the value is no date',
      file: 'beleid.md',
      place: { start: { line: 4, column: 7, offset: 30 }, end: { line: 4, column: 7, offset: 30 } },
      fix: 'write YYYY-MM-DD',
    });
    expect(error.format()).toBe(formatFinding(error.finding));
    expect(error.format()).toBe('beleid.md:4:7: the value is no date\n  fix: write YYYY-MM-DD');
  });

  it('names an argument when the fault is not in a file', () => {
    const error = new ClausemarkError('"morgen" is not a date', { place: { argument: '--date' } });
    expect(locationOf(error.finding)).toBe('--date');
    expect(error.format()).toBe('--date: "morgen" is not a date');
    expect(error.ruleId).toBe('error');
  });

  it('thrown from a parser finding keeps the finding as it is, with its file', () => {
    const error = thrown(() =>
      approveSource(parsePolicy('---\nid: x\ntitle: [Protocol\n---\n\n{#a} Tekst.\n', { path: 'beleid.md' }), {
        name: 'GMR',
        role: 'MR',
        date: '2024-06-12',
      }),
    );
    const [fatal] = parsePolicy('---\nid: x\ntitle: [Protocol\n---\n\n{#a} Tekst.\n', { path: 'beleid.md' }).findings;
    expect(error.finding.place).toEqual(fatal?.place);
    expect(error.finding.fix).toBe(fatal?.fix);
    expect(error.finding.file).toBe('beleid.md');
    expect(error.finding.ruleId).toBe('unreadable-policy');
  });
});

describe('the places that used to convert by hand', () => {
  it('check over a file that cannot be read reports the error’s own finding', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-diag-'));
    const file = join(folder, 'binair.md');
    writeFileSync(file, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x00, 0x0a]));
    const error = thrown(() => loadPolicy(file));
    const result = checkFile(file);
    const { file: _about, ...expected } = error.finding;
    expect(result.fatal).toBe(true);
    expect(result.findings).toEqual([expected]);
  });

  it('a worker thread’s report is the finding itself', () => {
    const error = new ClausemarkError('no such brand', { place: { argument: '--brand' }, ruleId: 'unknown-brand' });
    expect(serializeError(error)).toEqual({ finding: error.finding, internal: false });
    const bug = serializeError(new TypeError('x is undefined'));
    expect(bug).toEqual({
      finding: { ruleId: 'internal-error', severity: 'error', fatal: true, message: 'x is undefined' },
      internal: true,
    });
  });

  it('a build warning is a finding, printed as every other one', () => {
    const warning: Finding & { file: string } = {
      ruleId: 'logo-oversized',
      severity: 'warning',
      file: 'templates/brands/logos/groot.png',
      message: 'the logo is 3.1 MB',
      fix: 'scale it down',
    };
    expect(buildWarnings([{ warnings: [warning] }, { warnings: [warning] }])).toEqual([
      'clausemark: warning: templates/brands/logos/groot.png: the logo is 3.1 MB\n  fix: scale it down',
    ]);
  });
});

describe('no second message type', () => {
  it('nothing in src/ imports vfile, and package.json does not depend on it', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain('vfile');
    expect(Object.keys(manifest.dependencies)).not.toContain('vfile-message');
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const importers = sources.filter((name) =>
      /from '(vfile|vfile-message)'/.test(readFileSync(join('src', name), 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
