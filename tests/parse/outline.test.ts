// Issue 26 item 3: lettered and roman outlines typed into paragraphs are nested clauses, each item its own clause:
// strongdm/comply's `a.` groups with `i.` items indented four spaces (an indented code block to CommonMark), and a
// Dutch regulation of another shape (`A.` parts over numbered lists, `(a)` clauses over `(i)` items).
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { outlineMarker } from '../../src/parse/outline-markers.js';

/** Each clause as "depth text" with its children under it, in order. */
function outline(clauses: readonly Clause[], into: string[] = []): string[] {
  for (const clause of clauses) {
    into.push(`${'  '.repeat(clause.depth)}${clause.text}`);
    outline(clause.children, into);
  }
  return into;
}

const COMPLY = [
  'name: Access Onboarding and Termination Policy',
  'acronym: AOTP',
  '---',
  '# Purpose and Scope',
  '',
  'a. This policy applies to all full-time and part-time employees and contractors.',
  '',
  '# Policy',
  '',
  'a. *During onboarding:*',
  '',
  '    i. Hiring Manager informs HR upon hire of a new employee.',
  '',
  '    i. The owner of each resource reviews and approves account creation and the ',
  'associated permissions. ',
  '',
  '    i. IT works with the owner of each resource to set up the user.',
  '',
  'a. *During offboarding:*',
  '',
  '    i. IT terminates access within five business days from receipt of notification.',
  '',
].join('\n');

const REGLEMENT = [
  '# Toelatingsreglement',
  '',
  '## Toelating',
  '',
  'A. Aanmelding',
  '',
  '1. De ouders melden de leerling aan bij de school.',
  '2. De school bevestigt de aanmelding binnen tien werkdagen.',
  '',
  'B. Plaatsing',
  '',
  '1. De directeur beslist over plaatsing.',
  '',
  '## Schorsing',
  '',
  '(a) De directeur kan een leerling schorsen:',
  '',
  '(i) bij ernstig wangedrag;',
  '',
  '(ii) bij herhaald ongeoorloofd verzuim.',
  '',
  '(b) Een schorsing duurt ten hoogste een week.',
  '',
  'J. de Vries is voorzitter van de commissie.',
  '',
].join('\n');

describe('lettered and roman outlines', () => {
  it('reads comply-style `a.` groups with indented `i.` items as nested clauses, one per item', () => {
    const { policy, findings } = parsePolicy(`---\n${COMPLY}`);
    expect(findings).toEqual([]);
    const section = policy.sections.find((s) => s.title === 'Policy');
    expect(outline(section?.clauses ?? [])).toEqual([
      'a. During onboarding:',
      '  i. Hiring Manager informs HR upon hire of a new employee.',
      '  i. The owner of each resource reviews and approves account creation and the associated permissions.',
      '  i. IT works with the owner of each resource to set up the user.',
      'a. During offboarding:',
      '  i. IT terminates access within five business days from receipt of notification.',
    ]);
    const [onboarding] = section?.clauses ?? [];
    // Stable ids under the group, and positions in the file (the item starts after its four spaces).
    expect(onboarding?.children.map((clause) => clause.id)).toEqual(['policy.1.1', 'policy.1.2', 'policy.1.3']);
    const start = onboarding?.children[1]?.position.start;
    expect(start).toMatchObject({ line: 15, column: 5 });
    expect(policy.source.slice(start?.offset, (start?.offset ?? 0) + 12)).toBe('i. The owner');
  });

  it('reads `A.` parts over numbered lists and `(a)`/`(i)` clauses as nested clauses', () => {
    const { policy } = parsePolicy(REGLEMENT);
    const [toelating, schorsing] = policy.sections;
    expect(outline(toelating?.clauses ?? [])).toEqual([
      'A. Aanmelding',
      '  De ouders melden de leerling aan bij de school.',
      '  De school bevestigt de aanmelding binnen tien werkdagen.',
      'B. Plaatsing',
      '  De directeur beslist over plaatsing.',
    ]);
    expect(outline(schorsing?.clauses ?? [])).toEqual([
      '(a) De directeur kan een leerling schorsen:',
      '  (i) bij ernstig wangedrag;',
      '  (ii) bij herhaald ongeoorloofd verzuim.',
      '(b) Een schorsing duurt ten hoogste een week.',
      // An initial is no outline: "J." opens no level.
      'J. de Vries is voorzitter van de commissie.',
    ]);
  });

  it('keeps an indented code block that is code', () => {
    const { policy } = parsePolicy('# Handleiding\n\n## Installatie\n\na. Voer uit:\n\n    npm install clausemark\n');
    const [clause] = policy.sections[0]?.clauses ?? [];
    expect(clause?.children).toEqual([]);
    expect(clause?.content.map((block) => block.type)).toEqual(['paragraph', 'code']);
  });

  it('tells a letter i after h from a roman i', () => {
    expect(outlineMarker('i. tekst')).toMatchObject({ kind: 'roman', value: 1 });
    expect(outlineMarker('i. tekst', () => true)).toMatchObject({ kind: 'alpha', value: 9 });
    expect(outlineMarker('(iv) tekst')).toMatchObject({ kind: 'roman', form: '()', value: 4 });
    expect(outlineMarker('Dr. Jansen')).toBeUndefined();
    expect(outlineMarker('mid. tekst')).toBeUndefined();
  });
});
