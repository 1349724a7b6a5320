// The one output helper of diff, compare and deviations (src/cli/output.ts), in-process: where a report goes, and
// what it refuses before any work is done.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENDA_REPORT } from '../../src/report/formats/agenda.js';
import { COMPARE_REPORT } from '../../src/report/formats/compare.js';
import { DEVIATIONS_REPORT } from '../../src/report/formats/deviations.js';
import { DIFF_REPORT } from '../../src/report/formats/diff.js';
import { formatNamed, type ReportKind } from '../../src/render/shared/format-table.js';
import { Output, reportOutputOptions } from '../../src/cli/output.js';
import type { TextSink } from '../../src/io/sink.js';
import type { ClausemarkError } from '../../src/model/errors.js';

/** A stand-in for the run's standard output that keeps what is written. */
function stream(isTTY: boolean): TextSink & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk) => written.push(String(chunk)) > 0 };
}

const PDF = { format: 'pdf', named: 'terminal.pdf', argument: '--out', fixId: 'terminal.name-board-pack' } as const;

describe('Output', () => {
  it('standard output without --out or with --out -, a file with --out, the default file for html-like reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-output-'));
    const piped = stream(false);
    for (const options of [{}, { out: '-' }, { out: '-', fileByDefault: true }]) {
      const output = new Output(options, piped);
      expect(output.toStdout).toBe(true);
      output.write('report\n', join(dir, 'never.html'));
    }
    expect(piped.written).toEqual(['report\n', 'report\n', 'report\n']);
    // A report written to a file is announced on the run's standard output, not the process's.
    const announced = stream(false);
    new Output({ out: join(dir, 'named.md'), announce: false }, announced).write('named\n');
    new Output({ fileByDefault: true }, announced).write('<html>', join(dir, 'default.html'));
    expect(readFileSync(join(dir, 'named.md'), 'utf8')).toBe('named\n');
    expect(readFileSync(join(dir, 'default.html'), 'utf8')).toBe('<html>');
    expect(announced.written).toEqual([`wrote ${join(dir, 'default.html')}\n`]);
  });

  it('refuses a binary report to a terminal, naming the argument, but writes it to a pipe', () => {
    expect(() => new Output({ out: '-', binary: PDF }, stream(true))).toThrow('will not write a PDF to the terminal');
    // Worded by id: the format's name and the hint come from templates/messages/en.yaml.
    const refused = (() => {
      try {
        new Output({ out: '-', binary: { ...PDF, format: 'docx', named: 'terminal.docx' } }, stream(true));
      } catch (error) {
        return error as ClausemarkError;
      }
    })();
    expect(refused?.message).toBe('will not write a Word document to the terminal');
    expect(refused?.finding).toMatchObject({
      messageId: 'terminal.will-not-write',
      fixId: 'terminal.name-board-pack',
      fix: 'name a file: --out board-pack.docx',
      argument: '--out',
    });
    const piped = stream(false);
    new Output({ out: '-', binary: PDF }, piped).write('%PDF-');
    expect(piped.written).toEqual(['%PDF-']);
    // A binary report going to its default file is no trouble on a terminal.
    expect(new Output({ fileByDefault: true, binary: PDF }, stream(true)).toStdout).toBe(false);
  });

  it('refuses --out naming one of the input policies, also through a symbolic link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-output-'));
    const policy = join(dir, 'policy.md');
    writeFileSync(policy, '# policy\n');
    symlinkSync(policy, join(dir, 'link.md'));
    const inputs = { files: [policy], example: 'comparison.md' };
    for (const out of [policy, join(dir, 'link.md')])
      expect(() => new Output({ out, inputs }, stream(false))).toThrow(
        '--out names one of the policies being compared; writing the report there would replace the policy',
      );
    expect(readFileSync(policy, 'utf8')).toBe('# policy\n');
    expect(new Output({ out: join(dir, 'report.md'), inputs }, stream(false)).toStdout).toBe(false);
  });
});

describe('reportOutputOptions: where a report goes, read from its row of the format table', () => {
  const files = ['policies/a.md'];
  const inputs = (example: string) => ({ files, example });

  it('to a file by default, said when written, refused on a terminal, as each kind and format says', () => {
    expect(reportOutputOptions(DIFF_REPORT, formatNamed(DIFF_REPORT, 'md'), { files })).toEqual({
      fileByDefault: false,
      announce: false,
      inputs: inputs('diff.html'),
    });
    expect(reportOutputOptions(DIFF_REPORT, formatNamed(DIFF_REPORT, 'docx'), { out: 'x.docx', files })).toEqual({
      out: 'x.docx',
      fileByDefault: true,
      announce: true,
      inputs: inputs('diff.html'),
      binary: { format: 'docx', named: 'terminal.docx', argument: '--out', fixId: 'terminal.name-board-pack' },
    });
    expect(reportOutputOptions(COMPARE_REPORT, formatNamed(COMPARE_REPORT, 'pdf'), { files })).toEqual({
      fileByDefault: false,
      announce: true,
      inputs: inputs('comparison.pdf'),
      binary: { format: 'pdf', named: 'terminal.pdf', argument: '--format', fixId: 'terminal.name-comparison' },
    });
    expect(reportOutputOptions(COMPARE_REPORT, formatNamed(COMPARE_REPORT, 'text'), { files })).toEqual({
      fileByDefault: false,
      announce: true,
      inputs: inputs('comparison.txt'),
    });
    expect(reportOutputOptions(DEVIATIONS_REPORT, formatNamed(DEVIATIONS_REPORT, 'html'), { files })).toEqual({
      fileByDefault: true,
      announce: true,
      inputs: inputs('deviations.html'),
    });
    expect(reportOutputOptions(AGENDA_REPORT, formatNamed(AGENDA_REPORT, 'ics'), { files })).toEqual({
      fileByDefault: false,
      announce: true,
      inputs: inputs('agenda.ics'),
    });
  });

  it('refuses every binary format of every report on a terminal, in the words of its own format', () => {
    const words: Record<string, string> = { pdf: 'a PDF', docx: 'a Word document' };
    const kinds: ReportKind<never, unknown>[] = [DIFF_REPORT, COMPARE_REPORT, DEVIATIONS_REPORT, AGENDA_REPORT];
    for (const kind of kinds) {
      for (const format of kind.formats.filter((row) => row.binary)) {
        const options = reportOutputOptions(kind, format, { out: '-', files });
        expect(() => new Output(options, stream(true)), `${kind.command} ${format.name}`).toThrow(
          `will not write ${words[format.name]} to the terminal`,
        );
        expect(new Output(options, stream(false)).toStdout).toBe(true);
      }
    }
  });
});
