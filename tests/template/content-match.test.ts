// A Dutch school's copy of the sector template as it comes back from Word: no clause IDs, every heading a level
// deeper, a few edits, a clause moved and one of the school's own paragraphs (from the Allure seed policy) added.
// The deviation register must still name each template clause by its ID and lock level and report what the school
// did with it, with no false "required clause dropped"; and the same once fmt has given the copy IDs of its own.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { renderMarkdown, renderText } from '../../src/render/deviations/index.js';
import { deviationRegister, deviationsOf, type ClauseDeviation } from '../../src/template/deviations.js';
import { OWN_PARAGRAPH, parse, v11, wordCopy } from './support.js';

const byId = (clauses: readonly ClauseDeviation[], id: string): ClauseDeviation | undefined =>
  clauses.find((clause) => clause.id === id);

function expectRegister(source: string): void {
  const policy = parse(source);
  expect(policy.sections.every((section) => section.depth >= 2)).toBe(true);
  const result = deviationsOf(v11(), policy);
  const notVerbatim = result.clauses
    .filter((clause) => clause.status !== 'verbatim' || clause.moved)
    .map((clause) => [clause.id, clause.marker, clause.status, clause.violation ?? null, clause.moved === true]);
  expect(notVerbatim).toEqual([
    ['up.respect', 'locked', 'modified', 'locked-modified', false],
    ['alle.kennis-delen', 'required', 'modified', null, false],
    ['mdw.pers', 'optional', 'verbatim', null, true],
    ['mr.dossier', 'required', 'dropped', 'required-dropped', false],
  ]);
  expect(byId(result.clauses, 'alle.kennis-delen')?.words?.filter((word) => word.op !== 'equal')).toEqual([
    { op: 'insert', text: ' Denk aan lesmateriaal.' },
  ]);
  expect(result.additions.map((addition) => addition.text)).toEqual([OWN_PARAGRAPH]);
  expect(result.counts).toMatchObject({ dropped: 1, modified: 2, added: 1, violations: 2 });
}

describe('deviations of a school copy without the template IDs', () => {
  it('finds every template clause by content, a heading level deeper, with IDs and lock levels', () => {
    const source = wordCopy();
    expect(source).not.toMatch(/\{#/);
    expectRegister(source);
  });

  it('gives the same register once fmt has given the copy IDs of its own', () => {
    const formatted = formatSource(wordCopy(), { path: 'casparus.md' }).output;
    expect(formatted).toMatch(/\{#/);
    expect(formatted).not.toContain('{#up.respect}');
    expectRegister(formatted);
  });

  it('shows the moved clause in the overview of every format', () => {
    const register = deviationRegister(v11(), [parse(wordCopy())]);
    const overviewRow = (text: string) => text.split('\n').find((line) => line.includes('mdw.pers')) ?? '';
    expect(overviewRow(renderText(register))).toContain('= ↕');
    expect(overviewRow(renderMarkdown(register))).toContain('= ↕');
  });
});
