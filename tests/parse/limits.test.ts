import { describe, expect, it } from 'vitest';
import {
  checkSourceLimits,
  MAX_CONTAINER_DEPTH,
  MAX_MARKS_PER_PARAGRAPH,
  MAX_PIPELESS_TABLE_LENGTH,
} from '../../src/parse/limits.js';
import { parsePolicy } from '../../src/parse/index.js';
import { MAX_NESTING } from '../../src/parse/structure.js';

const indentedList = (levels: number, marker = '-'): string =>
  Array.from(
    { length: levels },
    (_, depth) => `${' '.repeat(depth * (marker.length + 1))}${marker} niveau ${depth}`,
  ).join('\n');

describe('checkSourceLimits', () => {
  it('refuses 10,000 list levels on one line, at the marker that goes past the limit, in well under a second', () => {
    const started = performance.now();
    const finding = checkSourceLimits(`Intro.\n\n${'- '.repeat(10_000)}diep\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(finding).toMatchObject({
      ruleId: 'nesting-too-deep',
      fatal: true,
      place: { start: { line: 3, column: MAX_CONTAINER_DEPTH * 2 + 1 } },
    });
  });

  it('refuses quotes nested past the limit, and lists nested by indentation', () => {
    expect(checkSourceLimits('>'.repeat(MAX_CONTAINER_DEPTH + 1))?.place?.start).toEqual({
      line: 1,
      column: MAX_CONTAINER_DEPTH + 1,
    });
    expect(checkSourceLimits(indentedList(1000))?.ruleId).toBe('nesting-too-deep');
  });

  it('leaves what structure.ts judges exactly (up to twice its limit) to structure.ts, numbered lists included', () => {
    expect(checkSourceLimits(indentedList(MAX_NESTING + 1))).toBeUndefined();
    expect(checkSourceLimits(indentedList(MAX_NESTING + 1, '1.'))).toBeUndefined();
    expect(parsePolicy(indentedList(MAX_NESTING + 1)).findings).toMatchObject([
      { ruleId: 'nesting-too-deep', place: { start: { line: MAX_NESTING + 1 } } },
    ]);
  });

  it('does not count indentation without a marker, thematic breaks or text that only looks like a marker', () => {
    expect(checkSourceLimits(`${' '.repeat(600)}ingesprongen tekst`)).toBeUndefined();
    expect(checkSourceLimits(`${'- '.repeat(400)}\n`)).toBeUndefined(); // a thematic break, however long
    expect(checkSourceLimits('1.1 Doel van dit protocol\n2021. Een jaartal')).toBeUndefined();
  });

  it(`refuses a paragraph with more than ${MAX_MARKS_PER_PARAGRAPH} formatting marks, pointing at its first line`, () => {
    const finding = checkSourceLimits(`# Titel\n\nIntro.\n\n${'*a'.repeat(MAX_MARKS_PER_PARAGRAPH + 1)}\n`);
    expect(finding).toMatchObject({
      ruleId: 'unreadable-markdown',
      fatal: true,
      place: { start: { line: 5, column: 1 } },
    });
    expect(checkSourceLimits(`${'*a'.repeat(MAX_MARKS_PER_PARAGRAPH)}\n`)).toBeUndefined();
  });

  it('counts marks per paragraph: list items, table rows and code blocks each start afresh', () => {
    const bold = '**vet**'; // four marks
    const rows = MAX_MARKS_PER_PARAGRAPH / 4 + 10;
    expect(checkSourceLimits(Array.from({ length: rows }, () => `- ${bold}`).join('\n'))).toBeUndefined();
    expect(
      checkSourceLimits(['| a |', '| - |', ...Array.from({ length: rows }, () => `| ${bold} |`)].join('\n')),
    ).toBeUndefined();
    expect(checkSourceLimits(`\`\`\`\n${'*'.repeat(MAX_MARKS_PER_PARAGRAPH * 2)}\n\`\`\`\n`)).toBeUndefined();
    expect(checkSourceLimits(Array.from({ length: rows }, () => bold).join('\n'))?.ruleId).toBe('unreadable-markdown');
  });

  it('refuses a table whose header row has no | past its length, at the header, and no table written with pipes', () => {
    const table = (header: string, delimiter: string, row: string, length: number) =>
      `# Titel\n\nIntro.\n\n${header}\n${delimiter}\n${row.repeat(Math.ceil(length / row.length))}\nNa de tabel.\n`;
    for (const [delimiter, row] of [
      ['-|', 'rij|\n'],
      ['|-', '|rij\n'],
      ['|---|', '|rij|\n'],
    ]) {
      const finding = checkSourceLimits(table('Kop', delimiter as string, row as string, MAX_PIPELESS_TABLE_LENGTH));
      expect(finding).toMatchObject({
        ruleId: 'unreadable-markdown',
        messageId: 'unreadable-markdown.table-too-long',
        fatal: true,
        place: { start: { line: 5, column: 1 } },
      });
      expect(checkSourceLimits(table('Kop', delimiter as string, row as string, 16 * 1024))).toBeUndefined();
    }
    expect(checkSourceLimits(table('| Kop |', '|---|', '| rij |\n', 4 * MAX_PIPELESS_TABLE_LENGTH))).toBeUndefined();
    // A blank line ends the table: another one after it counts afresh.
    const half = table('Kop', '-|', 'rij|\n', (MAX_PIPELESS_TABLE_LENGTH * 2) / 3);
    expect(checkSourceLimits(`${half}\n${half}`)).toBeUndefined();
  });

  it('makes parsePolicy return at once with the finding (and fmt, approve and diff refuse fatal findings)', () => {
    const started = performance.now();
    const { findings, policy } = parsePolicy(`---\nid: x\n---\n\n${'*a'.repeat(500_000)}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.fatal).toBe(true);
    expect(policy.sections).toEqual([]);
  });
});
