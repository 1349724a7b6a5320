// The overview's article column (src/report/site/index-entries.ts): an 8-article protocol of 27 clauses reads
// "Artikelen 8", not 27 (issue 69 item 5); a policy without sections counts its top-level clauses.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { articleCount } from '../../../src/report/site/index-entries.js';
import { allClauses } from '../../../src/model/walk.js';

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
