// fmt with a template's IDs: a school copy without IDs gets, for every clause and section the aligner finds in the
// template, the template's own ID (the rest get IDs made from their words as usual), losslessly; afterwards the
// deviation register matches every clause by ID and says the same as it did by content.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { templateIdsFor } from '../../src/template/adopt.js';
import { deviationsOf } from '../../src/template/deviations.js';
import { OWN_PARAGRAPH, parse, v11, wordCopy } from './support.js';

describe('template IDs written into a copy without them', () => {
  const source = wordCopy();
  const result = formatSource(source, { path: 'casparus.md', ids: (policy) => templateIdsFor(v11(), policy) });
  const policy = parse(result.output);

  it("gives each matched clause and section the template's ID, and the school's own clause an ID of its words", () => {
    const ids = allClauses(policy).map(({ clause }) => clause.id);
    const template = allClauses(v11().policy).map(({ clause }) => clause.id);
    expect(new Set(ids.filter((id) => template.includes(id)))).toEqual(
      new Set(template.filter((id) => id !== 'mr.dossier')),
    );
    expect(ids).toContain('mdw.pers');
    expect(ids).not.toContain('mr.dossier');
    const own = allClauses(policy).find(({ clause }) => clause.text === OWN_PARAGRAPH);
    expect(own?.clause.synthetic).toBe(false);
    expect(template).not.toContain(own?.clause.id);
    const sectionIds = allSections(policy)
      .filter((section) => section.depth > 0)
      .map((section) => section.id);
    expect(sectionIds).toEqual([
      'inleiding',
      'uitgangspunten',
      'reikwijdte',
      'alle',
      'medewerkers',
      'maatregelen',
      'slot',
    ]);
  });

  it('after which the register matches every template clause by ID and reports the same deviations', () => {
    const register = deviationsOf(v11(), policy);
    expect(
      register.clauses.filter((clause) => clause.status !== 'dropped').every((clause) => clause.matchedBy === 'id'),
    ).toBe(true);
    const byContent = deviationsOf(v11(), parse(source));
    const summary = (clauses: typeof register.clauses) =>
      clauses.map((clause) => [clause.id, clause.status, clause.violation ?? null]);
    expect(summary(register.clauses)).toEqual(summary(byContent.clauses));
    expect(register.counts).toEqual(
      byContent.counts === undefined ? undefined : { ...byContent.counts, unexplained: register.counts.unexplained },
    );
  });

  it('changes no clause text and no heading', () => {
    const before = parse(source);
    const texts = (document: typeof policy) => allClauses(document).map(({ clause }) => clause.text);
    const headings = (document: typeof policy) =>
      allSections(document).map((section) => [section.depth, section.title]);
    expect(texts(policy)).toEqual(texts(before));
    expect(headings(policy)).toEqual(headings(before));
  });
});
