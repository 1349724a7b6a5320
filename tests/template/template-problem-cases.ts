// Sector templates that each have problems of one kind, for tests/template/template-problems.test.ts: every problem a
// template's own definition can have (src/template/handlebars.ts, markers.ts, variables.ts, template.ts) is made by
// one of them.

/** A template with `frontmatter` lines added to a minimal one and `body` as its first section's text. */
function template(body: string, frontmatter = '', head = 'id: sector-x\nversion: "1.0"\n'): string {
  return `---\n${head}title: X\norganisation: Sector\nvariables:\n  organisation:\n    description: Naam\n${frontmatter}---\n\n# X\n\n## A {#a}\n\n{#a.1} ${body}\n\n{#a.2} Twee.\n`;
}

export const CASES: Record<string, string> = {
  'text ending inside braces': `${template('Een.')}\n{#a.3} Drie {{organisation\n`,
  'a parse error': template('Een {{organisation}} {{}} twee.'),
  'a block': template('Een {{#if organisation}}ja{{/if}}.'),
  'a partial': template('Een {{> partial}}.'),
  'a decorator': template('Een {{* decorator}}.'),
  'a helper': template('Een {{upper organisation}}.'),
  'a path': template('Een {{school.naam}}.'),
  'three braces': template('Een {{{organisation}}}.'),
  'markers not a mapping': template('Een.', 'clauses: locked\n'),
  'a bad default marker': template('Een.', 'clauses:\n  default: frozen\n'),
  'not a marker': template('Een.', 'clauses:\n  frozen:\n    - a.1\n'),
  'marker not a list': template('Een.', 'clauses:\n  locked: a.1\n'),
  'a section marked, an unknown clause, twice marked': template(
    'Een.',
    'clauses:\n  locked:\n    - a\n    - a.1\n  optional:\n    - a.1\n    - a.9\n',
  ),
  'variables not a mapping':
    '---\nid: sector-x\nversion: "1.0"\ntitle: X\norganisation: Sector\nvariables: [a]\nclauses:\n  locked: [a.1]\n---\n\n# X\n\n## A {#a}\n\n{#a.1} Een.\n',
  'bad declarations': template(
    'Een {{organisation}}.',
    '  Bad_name:\n    description: x\n  single: waarde\n  bare:\n    default: iets\n  extra:\n    description: x\n    kind: tekst\n  multi:\n    description: x\n    default: ""\n',
  ),
  'no id and no version': template('Een.', 'clauses:\n  locked: [a.1]\n', ''),
  'undeclared, with and without a guess': template('Een {{organisatie}} en {{wie}}.'),
};
