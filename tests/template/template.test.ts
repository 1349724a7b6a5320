import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordMessage } from '../../src/io/messages.js';
import { isClausemarkError } from '../../src/model/errors.js';
import { allClauses } from '../../src/model/walk.js';
import { requireValues, resolveValues } from '../../src/template/instance.js';
import { markerOf } from '../../src/template/markers.js';
import { templateFromSource } from '../../src/template/template.js';
import { CURRENT_FILE, positionOf, v10, v11, V1_0_FILE, V1_1_FILE } from './support.js';

const ids = (template: ReturnType<typeof v10>): string[] => allClauses(template.policy).map(({ clause }) => clause.id);

function problemsOf(body: string, frontmatter = ''): string[] {
  const source = `---\nid: sector-x\ntitle: X\norganisation: Sector\nversion: "1.0"\nvariables:\n  organisation:\n    description: Naam\n${frontmatter}---\n\n# X\n\n## A {#a}\n\n${body}\n`;
  return templateFromSource(source, 'x.md').problems.map(
    (problem) => `${problem.place?.start.line}:${problem.place?.start.column} ${wordMessage(problem)}`,
  );
}

describe('the shipped sector template', () => {
  it('is usable: no problems, every clause has an id, variables declared with descriptions', () => {
    for (const template of [v10(), v11()]) {
      expect(template.problems).toEqual([]);
      expect(allClauses(template.policy).every(({ clause }) => !clause.synthetic)).toBe(true);
      for (const declaration of template.declarations.values())
        expect(declaration.description.length).toBeGreaterThan(10);
    }
    expect(v10().ref).toEqual({ id: 'sector-social-media', version: '1.0' });
    expect(v11().ref).toEqual({ id: 'sector-social-media', version: '1.1' });
  });

  it('keeps the current version as a released copy in versions/', () => {
    expect(readFileSync(CURRENT_FILE, 'utf8')).toBe(readFileSync(V1_1_FILE, 'utf8'));
  });

  it('marks clauses locked, required (the default) and optional', () => {
    const template = v11();
    expect(markerOf(template.markers, 'mdw.twijfel')).toBe('locked');
    expect(markerOf(template.markers, 'alle.beeld-toestemming')).toBe('locked');
    expect(markerOf(template.markers, 'inl.kansen')).toBe('optional');
    expect(markerOf(template.markers, 'mr.sancties')).toBe('required');
  });

  it('changes between 1.0 and 1.1 as the upgrade demo needs: added, removed and modified clauses', () => {
    const old = ids(v10());
    const now = ids(v11());
    expect(now.filter((id) => !old.includes(id))).toEqual(['alle.instellingen', 'alle.datalek', 'mdw.accounts']);
    expect(old.filter((id) => !now.includes(id))).toEqual(['slot.evaluatie']);
    expect([...v11().declarations.keys()]).toContain('privacyOfficer');
  });

  it('names the first use of a variable without a value, at its line and column in the template', () => {
    const template = v10();
    const resolved = resolveValues(template, {});
    expect(resolved.missing.map((use) => use.name)).toEqual(Array(resolved.missing.length).fill('organisation'));
    let message = '';
    try {
      requireValues(template, resolved);
    } catch (error) {
      expect(isClausemarkError(error)).toBe(true);
      message = isClausemarkError(error) ? error.format() : '';
    }
    expect(message).toContain(
      `${V1_0_FILE}:${positionOf(readFileSync(V1_0_FILE, 'utf8'), '{{organisation}}')}: variable "organisation" has no value`,
    );
    expect(message).toContain('--set organisation=');
  });
});

describe('template problems', () => {
  it('reports variables that are not declared, with a suggestion', () => {
    expect(problemsOf('{#a.1} Welkom bij {{organisatie}}.')).toEqual([
      '15:19 variable "organisatie" is used but not declared under variables:',
    ]);
  });

  it('refuses helpers, blocks, paths and triple braces: a template holds text, not logic', () => {
    expect(problemsOf('{#a.1} Een {{{organisation}}}.')).toEqual([
      '15:12 `{{{organisation}}}` has three braces; values are always filled in as plain text',
    ]);
    expect(problemsOf('{#a.1} Een {{school.naam}}.')).toEqual(['15:12 `{{school.naam}}` is not a variable name']);
    expect(problemsOf('{#a.1} Een {{upper organisation}}.')).toEqual([
      '15:12 `{{upper …}}` calls a helper; a sector template has only {{name}} variables',
    ]);
    expect(problemsOf('{#a.1} Een {{> partial}}.')[0]).toMatch(/^15:12 a partial/);
  });

  it('reports a syntax error where Handlebars stopped', () => {
    const problems = problemsOf('{#a.1} Een\n\n{#a.2} Twee {{organisation');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('17:13 template syntax error: the text ends inside an unfinished {{…}}');
  });

  it('lets a comment and an escaped brace through', () => {
    expect(problemsOf('{#a.1} Een {{! toelichting voor de sector }}\\{{letterlijk}} {{organisation}}.')).toEqual([]);
  });

  it('reports markers naming a section or an unknown clause, and a clause marked twice', () => {
    const problems = problemsOf(
      '{#a.1} Een.',
      'clauses:\n  locked:\n    - a\n    - a.1\n  optional:\n    - a.1\n    - a.9\n',
    );
    expect(problems).toEqual([
      '11:7 "a" is a section; markers apply to clauses',
      '14:7 clause "a.1" is marked twice (locked and optional)',
      '15:7 clauses.optional names "a.9", which is not a clause ID in this template',
    ]);
  });
});
