// An approval table's header words are data (templates/import/approval-tables.yaml, src/parse/approval-tables.ts):
// import reads a table's columns by them (src/import/meta.ts approvalColumns), and an edit log by its `edits` words.
import { describe, expect, it } from 'vitest';
import { approvalColumns } from '../../src/import/meta.js';
import { approvalTableWords } from '../../src/parse/approval-tables.js';

describe("an approval table's header words", () => {
  it('are read from the data file, lower case', () => {
    const words = approvalTableWords();
    expect([...words.date]).toEqual(['datum', 'date']);
    expect(words.name.has('door')).toBe(true);
    expect(words.role.has('orgaan')).toBe(true);
    expect(words.step.has('stap')).toBe(true);
    expect(words.edits.has('versienummer')).toBe(true);
  });

  it('find the columns of a header row, Dutch or English, a colon after a word or not', () => {
    expect(approvalColumns(['Versie', 'Datum:', 'Naam', 'Functie'])).toEqual({ date: 1, name: 2, role: 3, step: -1 });
    expect(approvalColumns(['Step', 'Date', 'Name', 'Role'])).toEqual({ date: 1, name: 2, role: 3, step: 0 });
    expect(approvalColumns(['Datum', 'Door', 'Orgaan'])).toEqual({ date: 0, name: 1, role: 2, step: -1 });
    expect(approvalColumns(['Datum', 'Onderwerp'])).toBeUndefined();
  });
});
