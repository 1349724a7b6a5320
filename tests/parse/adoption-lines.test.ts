// The words of the lines that state a policy's adoption are data (templates/import/adoption-lines.yaml, read by
// src/parse/adoption-lines.ts): the Dutch ones as the English ones, so a sector edits a list, not the code. No reader
// of such lines under src/import spells a Dutch word of a step taken itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepOf } from '../../src/import/approvals.js';
import { adoptionLineWords, phrasesPattern } from '../../src/parse/adoption-lines.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { sourceFiles } from '../support/source-files.js';

/** The words of a step taken that only the data file may spell. */
const STEP_TAKEN = /\b(?:vastgesteld|ingestemd|geadviseerd|goedgekeurd|bekrachtigd|aldus)\b/iu;

/** A source file's code: its lines without the comments ("// …", " * …"). */
const codeLines = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*\*|\*)/u.test(line));

describe('the adoption lines’ words', () => {
  it('are read from the data file, Dutch and English', () => {
    const words = adoptionLineWords();
    expect(words.nl.steps.vaststelling).toContain('vastgesteld');
    expect(words.nl.adopted).toEqual(['vastgesteld']);
    expect(words.en.adopted).toContain('adopted');
    expect(words.nonAdopting).toContain('ouderraad');
  });

  it('are spelt in no pattern of the import’s code', () => {
    const spelt = sourceFiles(join(PROJECT_ROOT, 'src', 'import')).flatMap((file) =>
      codeLines(file)
        .filter((line) => STEP_TAKEN.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(spelt).toEqual([]);
  });

  it('name each step a cell or a line opens with, as the data lists them', () => {
    for (const [step, phrases] of Object.entries(adoptionLineWords().nl.steps))
      for (const phrase of phrases) expect(stepOf(`${phrase} GMR`), phrase).toBe(step);
  });
});

describe('phrasesPattern', () => {
  it('reads a `*` as one word or none, and any spacing between words', () => {
    const meeting = new RegExp(`^(?:${phrasesPattern(['in de * vergadering van'])})$`, 'iu');
    expect(meeting.test('in de vergadering van')).toBe(true);
    expect(meeting.test('in de  buitengewone vergadering van')).toBe(true);
    expect(meeting.test('in de extra buitengewone vergadering van')).toBe(false);
  });
});
