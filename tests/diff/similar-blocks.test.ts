// Issue 16, noise: similar blocks are matched by order and context before content. When several old clauses look
// like several new ones (two contact tables that differ in a few cells, the same list of rules for pupils and for
// staff, a boilerplate "[Vervallen]" under many articles), their words cannot say which is which; where they stand
// can: under the same heading path, between the same matched clauses, next to the same neighbours. Each case here
// was written by hand before src/diff/order-context.ts existed, and each reported false "moved" entries then.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange, PolicyDiff } from '../../src/diff/types.js';
import { parsePolicy } from '../../src/parse/index.js';

const diffOf = (before: string, after: string): PolicyDiff =>
  diffPolicies(parsePolicy(before, { path: 'old.md' }).policy, parsePolicy(after, { path: 'new.md' }).policy);

/** Each change as "kinds: old line → new line", the way a reader checks a diff against the two files. */
const summary = (changes: readonly ClauseChange[]): string[] =>
  changes.map((change) => `${change.kinds.join('+')}: ${change.old?.line ?? '-'} → ${change.new?.line ?? '-'}`);

const noMoves = (diff: PolicyDiff): void => {
  expect(diff.changes.filter((change) => change.kinds.includes('moved'))).toEqual([]);
  expect(diff.summary.moved).toBe(0);
};

describe('two contact tables that look alike', () => {
  const table = (rows: string[][]): string =>
    ['| Functie | Naam | Telefoon |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  const ROWS = [
    ['Vertrouwenspersoon', 'mevrouw A. de Vries', '010-1234567'],
    ['Klachtencoördinator', 'de heer B. Jansen', '010-1234568'],
    ['Privacy officer', 'mevrouw C. Bakker', '010-1234569'],
  ];
  const withNumber = (row: number, number: string): string[][] =>
    ROWS.map((cells, at) => (at === row ? [...cells.slice(0, 2), number] : cells));
  // The internal and the external contacts of a school with two locations: each location has its own
  // "Contact" subsection, and both started with the same table.
  const policy = (internal: string[][], external: string[][]): string =>
    `# Klachtenregeling\n\n## Locatie Noord\n\nDe locatie Noord staat aan de Dorpsstraat.\n\n### Contact\n\n${table(internal)}\n\n## Locatie Zuid\n\nDe locatie Zuid staat aan de Kerklaan.\n\n### Contact\n\n${table(external)}\n\n## Termijnen\n\nWij reageren binnen vijf werkdagen.\n`;

  it('one phone number changes in each table: each table modified where it stands', () => {
    const diff = diffOf(policy(ROWS, ROWS), policy(withNumber(0, '010-7654321'), withNumber(2, '010-7654329')));
    noMoves(diff);
    expect(summary(diff.changes)).toEqual(['modified: 9 → 9', 'modified: 21 → 21']);
  });

  it('one phone number changes in one table: the other table is no change', () => {
    const diff = diffOf(policy(ROWS, ROWS), policy(withNumber(1, '010-7654328'), ROWS));
    noMoves(diff);
    expect(summary(diff.changes)).toEqual(['modified: 9 → 9']);
  });
});

describe('two similar lists of rules in different sections', () => {
  const RULES = [
    'Gebruik je telefoon alleen in de pauze.',
    'Meld pesten altijd bij de mentor.',
    "Plaats geen foto's van anderen zonder toestemming.",
  ];
  const list = (items: string[]): string => items.map((item) => `- ${item}`).join('\n');
  const policy = (pupils: string[], staff: string[]): string =>
    `# Gedragscode\n\n## Leerlingen\n\n### Regels\n\n${list(pupils)}\n\n## Medewerkers\n\n### Regels\n\n${list(staff)}\n`;

  it('one rule edited in each list: both modified in place, nothing moved', () => {
    const pupils = RULES.map((rule) => rule.replace('in de pauze', 'in de grote pauze'));
    const staff = RULES.map((rule) => rule.replace('bij de mentor', 'bij de teamleider'));
    const diff = diffOf(policy(RULES, RULES), policy(pupils, staff));
    noMoves(diff);
    expect(summary(diff.changes)).toEqual(['modified: 7 → 7', 'modified: 16 → 16']);
    // And the other way round.
    const back = diffOf(policy(pupils, staff), policy(RULES, RULES));
    noMoves(back);
    expect(summary(back.changes)).toEqual(['modified: 7 → 7', 'modified: 16 → 16']);
  });

  it('the same rule edited differently in each list', () => {
    const pupils = RULES.map((rule) => rule.replace('in de pauze', 'in de grote pauze'));
    const staff = RULES.map((rule) => rule.replace('in de pauze.', 'in de pauze of na schooltijd.'));
    const diff = diffOf(policy(RULES, RULES), policy(pupils, staff));
    noMoves(diff);
    expect(summary(diff.changes)).toEqual(['modified: 7 → 7', 'modified: 15 → 15']);
  });
});

describe('the same boilerplate under several articles, no headings (a law as plain text)', () => {
  const law = (articles: [string, string][]): string =>
    `# Boek 2\n\n${articles.map(([title, text]) => `${title}\n\n${text}`).join('\n\n')}\n`;

  it('an article that came into force and a new article not yet in force: no boilerplate moves', () => {
    const before = law([
      ['Artikel 1', 'De vereniging heeft een bestuur.'],
      ['Artikel 2', '[Dit onderdeel is nog niet in werking getreden]'],
      ['Artikel 3', 'De leden vergaderen ten minste eenmaal per jaar.'],
      ['Artikel 4', '[Dit onderdeel is nog niet in werking getreden]'],
    ]);
    const after = law([
      ['Artikel 1', 'De vereniging heeft een bestuur.'],
      ['Artikel 1a', '[Dit onderdeel is nog niet in werking getreden]'],
      ['Artikel 2', 'Het bestuur bestaat uit ten minste drie natuurlijke personen.'],
      ['Artikel 3', 'De leden vergaderen ten minste eenmaal per jaar.'],
      ['Artikel 4', '[Dit onderdeel is nog niet in werking getreden]'],
    ]);
    const diff = diffOf(before, after);
    noMoves(diff);
    // "Artikel 1a" and its boilerplate are new; article 2's boilerplate made way for its text.
    expect(summary(diff.changes)).toEqual(['added: - → 7', 'added: - → 9', 'removed: 9 → -', 'added: - → 13']);
  });
});

describe('similar neighbours in one list keep their order', () => {
  const policy = (items: string[]): string =>
    `# Regels\n\n## Gebruik\n\nDeze regels gelden op school.\n\n${items.map((item) => `- ${item}`).join('\n')}\n\n## Slot\n\nDe directeur beslist.\n`;

  it('two rules that each took words from the other are each modified, not swapped', () => {
    const before = policy([
      'Leerlingen mogen hun telefoon gebruiken in de aula tijdens de pauze.',
      'Leerlingen mogen hun laptop gebruiken in de mediatheek tijdens de pauze.',
    ]);
    const after = policy([
      'Leerlingen mogen hun telefoon en laptop gebruiken in de mediatheek tijdens de pauze.',
      'Leerlingen mogen hun laptop gebruiken in de aula tijdens de pauze en na school.',
    ]);
    for (const diff of [diffOf(before, after), diffOf(after, before)]) {
      noMoves(diff);
      expect(summary(diff.changes)).toEqual(['modified: 7 → 7', 'modified: 8 → 8']);
    }
  });

  it('a rule that really moved to the end of the list is still moved', () => {
    const rules = [
      'Leerlingen zetten hun telefoon uit tijdens toetsen.',
      'Medewerkers beantwoorden berichten van ouders binnen twee werkdagen.',
      'Ouders melden ziekte voor half negen bij de administratie.',
    ];
    const [first = '', ...rest] = rules;
    const diff = diffOf(policy(rules), policy([...rest, first]));
    expect(diff.changes.map((change) => change.kinds)).toEqual([['moved']]);
  });
});
