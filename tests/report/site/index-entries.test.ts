// The overview's article column (src/report/site/index-entries.ts): an 8-article protocol of 27 clauses reads
// "Artikelen 8", not 27 (issue 69 item 5); a policy without sections counts its top-level clauses. Its adoption
// column counts only the steps given for this very text, and none for a text not adopted.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { articleCount, indexEntry } from '../../../src/report/site/index-entries.js';
import { allClauses } from '../../../src/model/walk.js';
import { approvalHash } from '../../../src/model/fingerprint.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { loadSiteWords } from '../../../src/wording/site-words.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const article = (n: number) => [
  `## Artikel ${n} {#a${n}}`,
  '',
  ...[1, 2, 3].map((c) => `${c}. {#a${n}.c${c}} Bepaling ${c} van artikel ${n}.`),
  '',
];

describe('the overview counts articles', () => {
  it('counts the eight articles of a protocol of 27 clauses', () => {
    const lines = ['# Protocol', '', ...Array.from({ length: 8 }, (_, i) => article(i + 1)).flat()];
    lines.push('4. {#a8.c4} Nog een bepaling.', '', '- {#a8.c5} Met een punt.', '- {#a8.c6} En nog een.', '');
    const { policy } = parsePolicy(lines.join('\n'));
    expect(allClauses(policy)).toHaveLength(27);
    expect(articleCount(policy)).toBe(8);
  });

  it('counts the articles a regulation types, at any level, and not the chapters between them', () => {
    const regulation = [
      '# Klachtenregeling',
      '## Hoofdstuk 1 Algemeen',
      '### Artikel 1 Begrippen',
      'Klacht: ongenoegen.',
      '### Artikel 2 Klachtrecht',
      'Ieder kan klagen.',
      '## Hoofdstuk 2 Behandeling',
      '### Artikel 4 Termijn',
      'Binnen zes weken.',
    ].join('\n\n');
    expect(articleCount(parsePolicy(regulation).policy)).toBe(3);
  });

  it('counts the clauses of a policy without sections, and no unnumbered foreword', () => {
    expect(articleCount(parsePolicy('# Regel\n\n1. {#a} Een.\n2. {#b} Twee.\n').policy)).toBe(2);
    const foreword = '# Regel\n\n## Voorwoord {#voorwoord .unnumbered}\n\nTekst.\n\n## Doel {#doel}\n\nTekst.\n';
    expect(articleCount(parsePolicy(foreword).policy)).toBe(1);
  });
});

describe("the overview's adoption column", () => {
  const words = loadSiteWords('nl', { root: PROJECT_ROOT });
  const labels = loadLabels('nl', { root: PROJECT_ROOT });
  const GIVEN = [
    '  - { date: 2025-03-12, asked: 2025-02-03, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR }',
    '  - { date: 2025-03-26, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
  ];
  const policy = (status: string, approvals: string[], text = 'Een klacht wordt behandeld.') =>
    parsePolicy(
      [
        '---',
        'id: klachtenregeling',
        'title: Klachtenregeling',
        'organisation: Stichting Het Anker',
        'version: "2.0"',
        `status: ${status}`,
        'lang: nl',
        'approvals:',
        ...approvals,
        '---',
        '',
        '## Doel {#doel}',
        '',
        `1. {#doel.een} ${text}`,
        '',
      ].join('\n'),
      { path: 'policies/anker/klachtenregeling.md' },
    ).policy;
  const cell = (of: ReturnType<typeof policy>) =>
    indexEntry(of, { words, labels, lang: 'nl' }, { page: 'x.html', diffs: [] }).approvals;

  it('gives the day of the adoption and how many steps were given for this text', () => {
    expect(cell(policy('approved', GIVEN))).toBe('26 maart 2025 (2 stappen)');
    expect(cell(policy('approved', GIVEN.slice(1)))).toBe('26 maart 2025 (1 stap)');
  });

  it('counts no approval given for other words: a text changed after its adoption is not adopted', () => {
    const hash = approvalHash(policy('approved', GIVEN));
    const recorded = GIVEN.map((row) => row.replace(' }', `, hash: "${hash}" }`));
    expect(cell(policy('approved', recorded))).toBe('26 maart 2025 (2 stappen)');
    expect(cell(policy('approved', recorded, 'Een klacht wordt niet behandeld.'))).toBe('nog niet vastgesteld');
  });

  it('counts no step only asked, and no adoption of a text not marked adopted', () => {
    const asked = ['  - { asked: 2026-11-02, name: L. de Wit, role: Voorzitter MR, step: instemming, body: MR }'];
    expect(cell(policy('proposed', asked))).toBe('nog niet vastgesteld');
    expect(cell(policy('proposed', GIVEN.slice(0, 1)))).toBe('nog niet vastgesteld');
  });
});
