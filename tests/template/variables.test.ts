import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClausemarkError } from '../../src/model/errors.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { instantiate } from '../../src/template/instance.js';
import { templateFromSource } from '../../src/template/template.js';
import { wordMessage } from '../../src/io/messages.js';
import { markdownValue, parseAssignments, valueProblem } from '../../src/template/variables.js';

// A value lands mid-sentence, at the start of a paragraph clause, at the start of a list item's text and at the
// start of a continuation line (where "#", ">" or "1." would open a block if not escaped).
const TEMPLATE = `---
id: sector-x
title: X
organisation: Sector
version: "1.0"
variables:
  value:
    description: Een waarde
---

# X

## A {#a}

{#a.mid} Voor {{value}} geldt dit.

{#a.start} {{value}}

1. {#a.item} {{value}}
2. {#a.lines} Eerste regel
{{value}}
`;

const template = templateFromSource(TEMPLATE, 'x.md');
const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

function structureOf(values: Record<string, string>) {
  const { policy } = instantiate(template, values);
  return {
    clauses: allClauses(policy).map(({ clause }) => clause.id),
    sections: allSections(policy).map((section) => section.id),
    texts: Object.fromEntries(allClauses(policy).map(({ clause }) => [clause.id, clause.text])),
  };
}

describe('values filled into Markdown', () => {
  const reference = structureOf({ value: 'iets' });

  it('never change the structure and always read back as exactly the value', () => {
    const line = fc
      .string({
        unit: fc.constantFrom(
          '#',
          '>',
          '-',
          '+',
          '*',
          '_',
          '`',
          '[',
          ']',
          '(',
          ')',
          '<',
          '>',
          '{',
          '}',
          '|',
          '~',
          '!',
          '&',
          ';',
          '1',
          '.',
          ' ',
          'a',
          'é',
          'ĳ',
          '\\',
          '=',
          ':',
        ),
        minLength: 1,
        maxLength: 24,
      })
      .filter((value) => valueProblem(value) === undefined);
    fc.assert(
      fc.property(line, (value) => {
        const filled = structureOf({ value });
        expect(filled.clauses).toEqual(reference.clauses);
        expect(filled.sections).toEqual(reference.sections);
        const expected = normal(value);
        expect(filled.texts['a.mid']).toBe(`Voor ${expected} geldt dit.`);
        expect(filled.texts['a.start']).toBe(expected);
        expect(filled.texts['a.item']).toBe(expected);
        expect(normal(filled.texts['a.lines'] ?? '')).toBe(normal(`Eerste regel ${expected}`));
      }),
      { numRuns: 400 },
    );
  });

  it('escape what would start a heading, a marker, a link or HTML', () => {
    expect(markdownValue('# Kop')).toBe('\\# Kop');
    expect(markdownValue('{#evil} [klik](https://x.nl) <b>')).toBe('\\{\\#evil\\} \\[klik\\](https://x.nl) \\<b\\>');
    expect(markdownValue('1. Eerste')).toBe('1\\. Eerste');
    expect(markdownValue('&amp; en & meer')).toBe('\\&amp; en & meer');
    expect(markdownValue('PR & Communicatie')).toBe('PR & Communicatie');
  });

  it('are refused when they are not one line of text', () => {
    // The problem is a phrase of templates/messages/en.yaml, worded where it is said.
    const worded = (value: string) => wordMessage({ messageId: valueProblem(value) ?? 'none' });
    expect(valueProblem('twee\nregels')).toBe('bad-variable-value.several-lines');
    expect(worded('twee\nregels')).toContain('one line');
    expect(worded('  ')).toBe('is empty');
    expect(worded('bel\u0007')).toContain('control character');
    expect(valueProblem('Stichting Allure')).toBeUndefined();
  });
});

describe('--set name=value', () => {
  const declarations = template.declarations;
  const failure = (assignments: string[]): string => {
    try {
      parseAssignments(assignments, declarations, 'x.md');
    } catch (error) {
      if (isClausemarkError(error)) return error.format();
      throw error;
    }
    return '';
  };

  it('reads declared variables', () => {
    expect(parseAssignments(['value=Stichting = Allure'], declarations, 'x.md')).toEqual({
      value: 'Stichting = Allure',
    });
  });

  it('refuses an undeclared variable, naming the argument and the declared ones', () => {
    expect(failure(['valeu=x'])).toBe(
      '--set valeu=x: the template does not declare a variable "valeu"\n  fix: the variables of x.md are value; check the spelling, or declare it under variables: in the template',
    );
  });

  it('refuses a malformed, repeated or multi-line assignment', () => {
    expect(failure(['value'])).toContain('--set value: a --set value must be written name=value');
    expect(failure(['value=a', 'value=b'])).toContain('"value" is set twice');
    expect(failure(['value=a\nb'])).toContain('spans several lines');
  });
});
